import { storage } from 'wxt/utils/storage';
import { parseSent, type ParsedSent, type SentRequest } from './sent';

/** storage.local: shared by the popup and the background, kept across restarts. */
export const SENT_KEY = 'writtenRequest';
/** Version 1: `{ sentOn, law }` or nothing. A later shape adds a migration here. */
export const SENT_VERSION = 1;

export const sentItem = storage.defineItem<unknown>(`local:${SENT_KEY}`, {
  fallback: null,
  version: SENT_VERSION,
});

/** The stored request, validated; a corrupt value is removed from storage. Never throws. */
export async function readSent(): Promise<ParsedSent> {
  let raw: unknown;
  try {
    raw = await sentItem.getValue();
  } catch {
    raw = undefined;
  }
  const parsed = parseSent(raw);
  if (parsed.repaired) await writeSent(parsed.sent);
  return parsed;
}

/** Stores exactly a date and a law (built field by field: nothing else can ride along). */
export async function writeSent(sent: SentRequest | null): Promise<void> {
  if (sent === null) await sentItem.removeValue();
  else await sentItem.setValue({ sentOn: sent.sentOn, law: sent.law });
}

export function watchSent(onChange: (parsed: ParsedSent) => void): () => void {
  return sentItem.watch((value) => onChange(parseSent(value)));
}
