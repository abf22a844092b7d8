import { storage } from 'wxt/utils/storage';
import { INITIAL_PROGRESS, type Progress } from './state';
import { PROGRESS_KEY, PROGRESS_VERSION } from './key';
import { parseProgress, type Parsed } from './validate';

/**
 * The one stored item. storage.local is shared by every tab and survives a restart. Versioned so
 * that a later shape can migrate the old one (key.ts).
 */
export { PROGRESS_VERSION };

/** The item's key: storage.local, under PROGRESS_KEY. */
const ITEM_KEY = `local:${PROGRESS_KEY}` as const;

export const progressItem = storage.defineItem<unknown>(ITEM_KEY, {
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
  const parsed = parseProgress(await storedValue());
  if (parsed.repaired) await progressItem.setValue(parsed.progress);
  return parsed;
}

/** Where WXT keeps an item's version: beside the value, under the key with a `$`. */
const VERSION_KEY = `${ITEM_KEY}$` as const;

/**
 * The stored value in one round trip: the value and its version are read together, and a value
 * of this version (or none) is used as it is. `progressItem.getValue()` first waits for the
 * item's migration check, a read of its own, and then reads again: two round trips to the
 * browser, which the popup would pay before it can draw anything. A value stored by an older
 * version goes through the item, which migrates it first.
 */
async function storedValue(): Promise<unknown> {
  const [value, meta] = await storage.getItems([ITEM_KEY, VERSION_KEY]);
  if (value?.value == null) return progressItem.fallback;
  if (isCurrentVersion(meta?.value)) return value.value;
  return progressItem.getValue();
}

function isCurrentVersion(meta: unknown): boolean {
  return typeof meta === 'object' && meta !== null && 'v' in meta && meta.v === PROGRESS_VERSION;
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
