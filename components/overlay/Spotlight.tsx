import { padBox, type Box } from '../../core/guide/geometry';

interface SpotlightProps {
  readonly target: Box;
  readonly viewport: { readonly width: number; readonly height: number };
}

/**
 * One SVG over the viewport: a light dim with a cut-out around the target and a ring on its
 * edge. It takes no pointer events, so every click reaches the page (the target included).
 */
export function Spotlight({ target, viewport }: SpotlightProps) {
  const ring = padBox(target);
  const { width, height } = viewport;
  const radius = 8;
  const cutOut =
    `M0 0H${width}V${height}H0Z ` +
    `M${ring.x + radius} ${ring.y}h${ring.width - 2 * radius}a${radius} ${radius} 0 0 1 ${radius} ${radius}` +
    `v${ring.height - 2 * radius}a${radius} ${radius} 0 0 1 -${radius} ${radius}` +
    `h-${ring.width - 2 * radius}a${radius} ${radius} 0 0 1 -${radius} -${radius}` +
    `v-${ring.height - 2 * radius}a${radius} ${radius} 0 0 1 ${radius} -${radius}Z`;
  return (
    <svg
      class="spotlight"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      <path class="dim" d={cutOut} fill-rule="evenodd" />
      <rect
        class="ring"
        x={ring.x}
        y={ring.y}
        width={ring.width}
        height={ring.height}
        rx={radius}
        ry={radius}
      />
    </svg>
  );
}
