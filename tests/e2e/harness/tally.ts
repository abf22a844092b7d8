import { expectHighlight, readMarked } from './contract';
import type { BrowserPage } from './in-page';

/**
 * What the guide did for each step of a walk, counted per page as the walk meets it: found (the
 * ring on the element the replica marks for that step), explained in words (no ring, the card
 * says what to look for) or wrong (a ring on another element). Nothing here is a literal count:
 * the figures are what the browser showed.
 */
export type Outcome = 'found' | 'explained' | 'wrong';

export interface Tally {
  /** Expects the highlight (expectHighlight) and counts what the page showed, even on failure. */
  see(page: BrowserPage, where: string, step: string, replicaMark?: string): Promise<void>;
  /** One line per page: `<browser> <page>: found/explained/wrong a/b/c`. */
  lines(): string[];
  counts(): ReadonlyMap<string, Readonly<Record<Outcome, number>>>;
}

export function createTally(browser: string): Tally {
  const rows = new Map<string, Record<Outcome, number>>();
  const add = (where: string, outcome: Outcome) => {
    const row = rows.get(where) ?? { found: 0, explained: 0, wrong: 0 };
    row[outcome] += 1;
    rows.set(where, row);
  };
  return {
    async see(page, where, step, replicaMark = step) {
      try {
        await expectHighlight(page, step, replicaMark);
        add(where, 'found');
      } catch (error) {
        const marked = await readMarked(page);
        add(where, marked.count === 0 ? 'explained' : 'wrong');
        throw error;
      }
    },
    lines: () =>
      [...rows].map(
        ([where, row]) =>
          `${browser} ${where}: found/explained/wrong ${row.found}/${row.explained}/${row.wrong}`,
      ),
    counts: () => rows,
  };
}
