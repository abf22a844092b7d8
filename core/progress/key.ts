/**
 * Where progress is stored: the key in storage.local, and the version of its shape. Their own
 * file so that the content script's loader (and the benchmark, in Node) can use them without
 * bundling the storage item, its migrations and validation.
 */
export const PROGRESS_KEY = 'progress';

/**
 * Version 2 added the two hand-ticked lists: "before you delete" and the mobile app route.
 * A later shape adds `3: (v2) => …` to the item's migrations (storage.ts).
 */
export const PROGRESS_VERSION = 2;
