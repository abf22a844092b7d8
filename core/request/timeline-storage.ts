import { storage } from 'wxt/utils/storage';
import type { Progress } from '../progress/state';
import { calendarDateOf } from './calendar';
import { EMPTY_TIMELINE, parseTimeline, recordProgress, type ParsedTimeline } from './timeline';

/** storage.local, written by the background only (it sees every change of progress). */
export const TIMELINE_KEY = 'timeline';
/** Version 1: `{ started, steps }`, dates only. */
export const TIMELINE_VERSION = 1;

export const timelineItem = storage.defineItem<unknown>(`local:${TIMELINE_KEY}`, {
  fallback: EMPTY_TIMELINE,
  version: TIMELINE_VERSION,
});

/** The stored timeline, validated; a corrupt value is repaired in storage. Never throws. */
export async function readTimeline(): Promise<ParsedTimeline> {
  let raw: unknown;
  try {
    raw = await timelineItem.getValue();
  } catch {
    raw = undefined;
  }
  const parsed = parseTimeline(raw);
  if (parsed.repaired) await timelineItem.setValue(parsed.timeline);
  return parsed;
}

/** Changes one after another: two quick steps must not overwrite each other's date. */
let pending: Promise<unknown> = Promise.resolve();

/** Dates the progress just stored (today, on the user's calendar). */
export function recordTimeline(progress: Progress, now: Date = new Date()): Promise<void> {
  const run = pending.then(async () => {
    const { timeline } = await readTimeline();
    const next = recordProgress(timeline, progress, calendarDateOf(now));
    if (next !== timeline) await timelineItem.setValue(next);
  });
  pending = run.catch(() => undefined);
  return run;
}

export function watchTimeline(onChange: (parsed: ParsedTimeline) => void): () => void {
  return timelineItem.watch((value) => onChange(parseTimeline(value)));
}
