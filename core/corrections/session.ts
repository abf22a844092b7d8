import type { LabelSet } from '../labels/types';
import type { CorrectionsLens, Slot } from './lens';
import { describeControl } from './describe';
import { elementsDescribed, hasControlOfRole } from './match';
import { sameDescription } from './same';
import {
  readCorrections,
  sameSlot,
  updateCorrections,
  watchCorrections,
  withRejected,
  withShowed,
} from './storage';
import type { Correction } from './types';

/**
 * How long a stored pick may find nothing on a page of its kind (a late page still rendering)
 * before it is dropped: then the page has no control of that role left.
 */
export const STALE_AFTER_MS = 2500;

/**
 * The corrections while the guide runs on a page: the stored ones (followed as they change:
 * "Forget" in the popup reaches the page at once) and the elements picked or rejected here,
 * which stay valid only as long as their stored correction does.
 */
export function createCorrectionsSession(
  doc: Document,
  onChange: () => void,
  now: () => number = Date.now,
) {
  let stored: readonly Correction[] = [];
  const here = new Map<Correction, Element>();
  const unmatchedSince = new Map<Correction, number>();
  const set = (list: readonly Correction[]) => {
    stored = list;
    for (const correction of here.keys()) {
      if (!stored.some((entry) => same(entry, correction))) here.delete(correction);
    }
    onChange();
  };
  const unwatch = watchCorrections(set);
  void readCorrections().then(({ corrections }) => set(corrections));

  const inSlot = (slot: Slot, kind: Correction['kind']) =>
    stored.filter(
      (entry) =>
        entry.kind === kind &&
        entry.guide === slot.guide &&
        entry.page === slot.page &&
        entry.phase === slot.phase,
    );

  /** The element a correction means on this page: the one picked here, or its one match. */
  const elementFor = (correction: Correction, labels: LabelSet): Element | null => {
    for (const [made, element] of here) {
      if (same(made, correction) && element.isConnected) return element;
    }
    const matches = elementsDescribed(doc, correction.control, labels);
    // Two controls fit the description: pointing at either could be wrong.
    return matches.length === 1 ? (matches[0] ?? null) : null;
  };

  const dropIfStale = (correction: Correction) => {
    if (hasControlOfRole(doc, correction.control)) return unmatchedSince.delete(correction);
    const since = unmatchedSince.get(correction) ?? now();
    unmatchedSince.set(correction, since);
    if (now() - since < STALE_AFTER_MS) return;
    unmatchedSince.delete(correction);
    void updateCorrections((list) => list.filter((entry) => !same(entry, correction)));
  };

  return {
    lens(labels: LabelSet): CorrectionsLens {
      return {
        showed(slot) {
          const correction = inSlot(slot, 'showed').at(-1);
          if (!correction) return null;
          const element = elementFor(correction, labels);
          if (element) unmatchedSince.delete(correction);
          else dropIfStale(correction);
          return element;
        },
        rejected(slot) {
          const rejections = inSlot(slot, 'rejected');
          if (rejections.length === 0) return undefined;
          const elements = rejections.flatMap((rejection) => [
            ...[...here].filter(([made]) => same(made, rejection)).map(([, element]) => element),
            ...elementsDescribed(doc, rejection.control, labels),
          ]);
          return (candidate) => elements.some((element) => overlaps(candidate, element));
        },
      };
    },

    /** The user showed `element` for the slot (a trusted pick), or said it is not it. */
    correct(
      kind: Correction['kind'],
      slot: Slot,
      element: Element,
      language: string,
      labels: LabelSet,
    ) {
      const correction: Correction = {
        kind,
        guide: slot.guide,
        page: slot.page,
        phase: slot.phase,
        language,
        control: describeControl(element, labels),
      };
      here.set(correction, element);
      stored = (kind === 'showed' ? withShowed : withRejected)(stored, correction);
      onChange();
      return updateCorrections((list) =>
        (kind === 'showed' ? withShowed : withRejected)(list, correction),
      );
    },

    dispose(): void {
      unwatch();
      here.clear();
    },
  };
}

/**
 * A candidate that is, holds or sits inside a rejected element is rejected too: the section
 * around a wrong link is no better an answer than the link.
 */
export function overlaps(candidate: Element, rejected: Element): boolean {
  return candidate.contains(rejected) || rejected.contains(candidate);
}

function same(a: Correction, b: Correction): boolean {
  return a.kind === b.kind && sameSlot(a, b) && sameDescription(a.control, b.control);
}

export type CorrectionsSession = ReturnType<typeof createCorrectionsSession>;
