/**
 * Where progress is stored: the key in storage.local. Its own file so that the content script's
 * loader can read it without bundling the storage item, its migrations and validation.
 */
export const PROGRESS_KEY = 'progress';
