import type { Signal } from '@preact/signals';
import { ROUTE } from '../steps/route';
import { SIDE_GUIDES } from '../steps/side-guides';
import type { MessageKey } from '../steps/types';

/**
 * How frames share one page. The top frame draws the card; a child frame (a code widget or a
 * login form in an iframe) draws only when it holds the element itself, and says so, so that
 * the top frame steps aside meanwhile.
 */
export interface FrameLink {
  readonly isTop: boolean;
  /** Child frames: tell the top frame which guide this frame highlights, and the instruction. */
  report?(guide: string | null, instruction: string | null): void;
  /** Top frame: what child frames highlight right now. */
  readonly children?: Signal<readonly ChildShowing[]>;
}

/** A child frame's report: it highlights `guide`'s element; the top frame shows the card. */
export interface ChildShowing {
  readonly guide: string;
  readonly instruction: string;
  readonly frameUrl: string;
}

/** Instruction keys a child frame may name: those of the step model, nothing else. */
const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set(
  [...ROUTE, ...SIDE_GUIDES].flatMap((guide) => [
    guide.text.instruction,
    ...guide.placements.flatMap((placement) =>
      placement.phases.flatMap((phase) => (phase.instruction ? [phase.instruction] : [])),
    ),
  ]),
);

/**
 * The instruction the top frame shows for a child's report: the child's own when the step model
 * has it, else `fallback` (the report crossed the background, but it is still only a string).
 */
export function childInstruction(child: ChildShowing, fallback: MessageKey): MessageKey {
  return KNOWN_INSTRUCTIONS.has(child.instruction) ? (child.instruction as MessageKey) : fallback;
}

/** The child frame that highlights the guide shown here, or the user's current step. */
export function childShowing(
  children: readonly ChildShowing[] | undefined,
  guideId: string,
  currentStepId: string,
): ChildShowing | undefined {
  return children?.find((child) => child.guide === guideId || child.guide === currentStepId);
}

/**
 * A child frame's reports to the top frame, each sent once: an evaluation that finds the same
 * element again says nothing new. The top frame reports nothing.
 */
export function createReporter(frame: FrameLink) {
  let reported = '';
  return (guide: string | null, instruction: string | null = null): void => {
    const key = `${guide}:${instruction}`;
    if (frame.isTop || key === reported) return;
    reported = key;
    frame.report?.(guide, instruction);
  };
}

/**
 * The iframe showing `frameUrl` (same address, query aside), if this document has it. The page
 * writes the `src` attributes: one that does not parse matches nothing, and never throws.
 */
export function frameElementFor(doc: Document, frameUrl: string): Element | null {
  const wanted = withoutQuery(frameUrl);
  if (wanted === null) return null;
  for (const iframe of doc.querySelectorAll('iframe[src]')) {
    if (withoutQuery(iframe.getAttribute('src') ?? '', doc.baseURI) === wanted) return iframe;
  }
  return null;
}

/** The address without its query and fragment; null for one that does not parse. */
export function withoutQuery(href: string, base?: string): string | null {
  try {
    const url = new URL(href, base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return null;
  }
}
