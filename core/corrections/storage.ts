import { storage } from 'wxt/utils/storage';
import type { Correction } from './types';
import { parseCorrections, type ParsedCorrections } from './validate';
import { sameDescription } from './same';

/**
 * The user's corrections, in storage.local beside progress: versioned so that a later shape of
 * the description migrates the old one, validated on every read, repaired when corrupt.
 */
export const CORRECTIONS_KEY = 'corrections';
/**
 * Version 1 is the first shape (types.ts). A later shape adds `2: (v1) => …` to the item's
 * migrations; a migration that cannot read an entry drops it (the guide falls back to words).
 */
export const CORRECTIONS_VERSION = 1;

export const correctionsItem = storage.defineItem<unknown>(`local:${CORRECTIONS_KEY}`, {
  fallback: [],
  version: CORRECTIONS_VERSION,
  migrations: {},
});

/** The stored corrections, validated; a corrupt value is repaired in storage too. */
export async function readCorrections(): Promise<ParsedCorrections> {
  const parsed = parseCorrections(await correctionsItem.getValue());
  if (parsed.repaired) await writeCorrections(parsed.corrections);
  return parsed;
}

/** An empty list is no item at all: storage holds nothing of corrections until there is one. */
async function writeCorrections(corrections: readonly Correction[]): Promise<void> {
  if (corrections.length === 0) await correctionsItem.removeValue();
  else await correctionsItem.setValue(corrections);
}

let pending: Promise<unknown> = Promise.resolve();

/** Read, change, write, one change after another (two quick clicks must not overwrite). */
export function updateCorrections(
  change: (corrections: readonly Correction[]) => readonly Correction[],
): Promise<readonly Correction[]> {
  const run = pending.then(async () => {
    const { corrections } = await readCorrections();
    const next = parseCorrections(change(corrections)).corrections;
    if (next !== corrections) await writeCorrections(next);
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

export function watchCorrections(onChange: (corrections: readonly Correction[]) => void) {
  return correctionsItem.watch((value) => onChange(parseCorrections(value).corrections));
}

/** Same step, same page kind, same phase: one correction of a kind replaces another. */
export function sameSlot(a: Correction, b: Correction): boolean {
  return a.guide === b.guide && a.page === b.page && a.phase === b.phase;
}

/**
 * The user showed a control: it replaces an earlier pick for the slot, and a rejection of the
 * same control for the slot is withdrawn (the user says it is the one after all).
 */
export function withShowed(list: readonly Correction[], showed: Correction): Correction[] {
  return [
    ...list.filter(
      (entry) =>
        !sameSlot(entry, showed) ||
        (entry.kind === 'rejected' && !sameDescription(entry.control, showed.control)),
    ),
    showed,
  ];
}

/** The user said "That's not it": kept once; a pick of that same control is withdrawn. */
export function withRejected(list: readonly Correction[], rejected: Correction): Correction[] {
  return [
    ...list.filter(
      (entry) => !(sameSlot(entry, rejected) && sameDescription(entry.control, rejected.control)),
    ),
    rejected,
  ];
}

export function forget(list: readonly Correction[], index: number): Correction[] {
  return list.filter((_, at) => at !== index);
}
