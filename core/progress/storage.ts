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

/** Where WXT keeps an item's version: beside the value, under the key with a `$`. */
const VERSION_KEY = `${ITEM_KEY}$` as const;

const defineProgressItem = () =>
  storage.defineItem<unknown>(ITEM_KEY, {
    fallback: INITIAL_PROGRESS,
    version: PROGRESS_VERSION,
    migrations: { 2: migrateV1 },
  });

let defined: Promise<ReturnType<typeof defineProgressItem>> | undefined;

/**
 * The WXT item, defined only once its stored version is sane. WXT reads the version as soon as
 * an item is defined and migrates from it at once: a future version throws ("downgrade") on
 * every load and leaves the item unmigrated; a version such as -1e6 runs a million migration
 * steps (and one below -2³² throws). So the version is checked first, and one that no AliExit
 * wrote (not an integer from 1 to this version) is reset to this version: the value is then
 * read as it is and validated (parseProgress), keeping what is valid of it.
 */
function item(): Promise<ReturnType<typeof defineProgressItem>> {
  return (defined ??= repairVersion().then(defineProgressItem));
}

async function repairVersion(): Promise<void> {
  const meta = await storage.getItem<unknown>(VERSION_KEY);
  if (meta !== null && !isKnownVersion(meta)) await resetVersion(meta);
}

function resetVersion(meta: unknown): Promise<void> {
  const rest = isRecord(meta) ? meta : {};
  return storage.setItem(VERSION_KEY, { ...rest, v: PROGRESS_VERSION });
}

/** A version some AliExit wrote: an integer from 1 to this one. */
function isKnownVersion(meta: unknown): boolean {
  if (!isRecord(meta)) return false;
  const { v } = meta;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= PROGRESS_VERSION;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored item, for writes and reads that must see a migrated value. */
export const progressItem = {
  fallback: INITIAL_PROGRESS,
  getValue: async (): Promise<unknown> => (await item()).getValue(),
  setValue: async (value: unknown): Promise<void> => (await item()).setValue(value),
  /** Runs the migrations again (tests: a value written after the item was defined). */
  migrate: async (): Promise<void> => {
    await repairVersion();
    await (await item()).migrate();
  },
  watch: (onChange: (value: unknown) => void): (() => void) =>
    storage.watch<unknown>(ITEM_KEY, (value) => onChange(value ?? INITIAL_PROGRESS)),
};

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
  // A version no AliExit wrote: reset it, and let validation keep what is valid of the value.
  if (meta?.value != null && !isKnownVersion(meta.value)) {
    await resetVersion(meta.value);
    return value.value;
  }
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
