import { storage } from 'wxt/utils/storage';
import { INITIAL_PROGRESS, type Progress } from './state';
import { PROGRESS_KEY } from './key';
import { parseProgress, type Parsed } from './validate';

/**
 * The one stored item. storage.local is shared by every tab and survives a restart. Versioned so
 * that a later shape can migrate the old one (add `3: (v2) => …` to `migrations`).
 * Version 2 added the two hand-ticked lists: "before you delete" and the mobile app route.
 */
export const PROGRESS_VERSION = 2;

export const progressItem = storage.defineItem<unknown>(`local:${PROGRESS_KEY}`, {
  fallback: INITIAL_PROGRESS,
  version: PROGRESS_VERSION,
  migrations: { 2: migrateV1 },
});

/** v1 → v2: the route is kept as it was; both new lists start unticked. Never throws. */
export function migrateV1(v1: unknown): unknown {
  if (typeof v1 !== 'object' || v1 === null || Array.isArray(v1)) return v1;
  return { ...v1, beforeYouDelete: [], appRoute: [] };
}

/** The stored progress, validated; a corrupt value is repaired in storage too. */
export async function readProgress(): Promise<Parsed> {
  const parsed = parseProgress(await progressItem.getValue());
  if (parsed.repaired) await progressItem.setValue(parsed.progress);
  return parsed;
}

/** Updates from this page, one after another: two quick ticks must not overwrite each other. */
let pending: Promise<unknown> = Promise.resolve();

/** Read, change, write: the change sees the latest stored value, not a stale copy. */
export function updateProgress(change: (progress: Progress) => Progress): Promise<Progress> {
  const run = pending.then(async () => {
    const { progress } = await readProgress();
    const next = change(progress);
    if (next !== progress) await progressItem.setValue(next);
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

export function watchProgress(onChange: (parsed: Parsed) => void): () => void {
  return progressItem.watch((value) => onChange(parseProgress(value)));
}
