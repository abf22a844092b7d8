import { padBox, type Box } from '../../core/guide/geometry';

interface SpotlightProps {
  readonly target: Box;
  /** Other ways to do the same: cut out of the dim too, and outlined with dashes. */
  readonly alternatives: readonly Box[];
  readonly viewport: { readonly width: number; readonly height: number };
}

const RADIUS = 8;

/** A rounded rectangle as a sub-path, to be cut out of the dim with the even-odd rule. */
function roundedRect({ x, y, width, height }: Box): string {
  const r = Math.min(RADIUS, width / 2, height / 2);
  return (
    `M${x + r} ${y}h${width - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${height - 2 * r}` +
    `a${r} ${r} 0 0 1 -${r} ${r}h-${width - 2 * r}a${r} ${r} 0 0 1 -${r} -${r}` +
    `v-${height - 2 * r}a${r} ${r} 0 0 1 ${r} -${r}Z`
  );
}

/**
 * The ring and the dim, drawn by CSS anchored to the highlighted element (target-anchor.css
 * places it, overlay.css draws it): the browser keeps it on the element with no script.
 */
export function AnchoredRing() {
  return <div class="ring anchored" part="anchored-ring" aria-hidden="true" />;
}

/**
 * Where CSS cannot anchor (or other ways are outlined too): one SVG over the viewport: a light dim with a cut-out around the target and a ring on its
 * edge. It takes no pointer events, so every click reaches the page (the target included).
 */
export function Spotlight({ target, alternatives, viewport }: SpotlightProps) {
  const ring = padBox(target);
  const others = alternatives.map((box) => padBox(box));
  const { width, height } = viewport;
  const dim = [`M0 0H${width}V${height}H0Z`, roundedRect(ring), ...others.map(roundedRect)].join(
    ' ',
  );
  return (
    <svg
      class="spotlight"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      <path class="dim" d={dim} fill-rule="evenodd" />
      {others.map((box, index) => (
        <rect
          key={index}
          class="ring alternative"
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={RADIUS}
          ry={RADIUS}
        />
      ))}
      <rect
        class="ring"
        x={ring.x}
        y={ring.y}
        width={ring.width}
        height={ring.height}
        rx={RADIUS}
        ry={RADIUS}
      />
    </svg>
  );
}
