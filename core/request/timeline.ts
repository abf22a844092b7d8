import type { Progress } from '../progress/state';
import { ROUTE } from '../steps/route';
import { STEP_IDS, type StepId } from '../steps/types';
import { isCalendarDate, type CalendarDate } from './calendar';
import type { LawId } from './laws';
import type { SentRequest } from './sent';
import { deadlineOf } from './status';

/**
 * "What I did": the day the route was started and the day each step was done. Dates and step
 * ids only: no page text, no name, no email, no time of day.
 */
export interface Timeline {
  readonly started: CalendarDate | null;
  readonly steps: Readonly<Partial<Record<StepId, CalendarDate>>>;
}

export const EMPTY_TIMELINE: Timeline = { started: null, steps: {} };

/**
 * The timeline after progress changed: a step the user has done keeps the first day it was
 * done; a step taken back (or a reset route) loses its date. A step passed over ("skipped") gets
 * none: the record never says a step happened that the user did not do.
 */
export function recordProgress(
  timeline: Timeline,
  progress: Progress,
  today: CalendarDate,
): Timeline {
  if (!progress.running) return sameTimeline(timeline, EMPTY_TIMELINE) ? timeline : EMPTY_TIMELINE;
  const steps: Partial<Record<StepId, CalendarDate>> = {};
  for (const step of ROUTE) {
    if (progress.outcomes[step.id] === 'done') steps[step.id] = timeline.steps[step.id] ?? today;
  }
  const next: Timeline = { started: timeline.started ?? today, steps };
  return sameTimeline(timeline, next) ? timeline : next;
}

function sameTimeline(a: Timeline, b: Timeline): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const STEPS: ReadonlySet<unknown> = new Set<StepId>(STEP_IDS);

export interface ParsedTimeline {
  readonly timeline: Timeline;
  readonly repaired: boolean;
}

/** Whatever storage holds, as a Timeline: anything that is not a known step's date is dropped. */
export function parseTimeline(raw: unknown): ParsedTimeline {
  if (raw === null || raw === undefined) return { timeline: EMPTY_TIMELINE, repaired: false };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { timeline: EMPTY_TIMELINE, repaired: true };
  const { started, steps, ...rest } = raw as Record<string, unknown>;
  let repaired = Object.keys(rest).length > 0;
  const validStarted = isCalendarDate(started) ? started : null;
  if (started !== null && validStarted === null) repaired = true;
  const validSteps: Partial<Record<StepId, CalendarDate>> = {};
  if (typeof steps === 'object' && steps !== null && !Array.isArray(steps)) {
    for (const [id, date] of Object.entries(steps)) {
      if (STEPS.has(id) && isCalendarDate(date)) validSteps[id as StepId] = date;
      else repaired = true;
    }
  } else {
    repaired = true;
  }
  return { timeline: { started: validStarted, steps: validSteps }, repaired };
}

/** One line of "What I did". */
export type TimelineEntry =
  | { readonly kind: 'started'; readonly date: CalendarDate }
  | { readonly kind: 'step'; readonly date: CalendarDate; readonly step: StepId }
  | { readonly kind: 'sent'; readonly date: CalendarDate; readonly law: LawId }
  | { readonly kind: 'deadline'; readonly date: CalendarDate; readonly law: LawId };

/** The route's dates and the request's, oldest first (same day: in the order things happen). */
export function timelineEntries(timeline: Timeline, sent: SentRequest | null): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  if (timeline.started) entries.push({ kind: 'started', date: timeline.started });
  for (const step of ROUTE) {
    const date = timeline.steps[step.id];
    if (date) entries.push({ kind: 'step', date, step: step.id });
  }
  if (sent) {
    entries.push({ kind: 'sent', date: sent.sentOn, law: sent.law });
    entries.push({ kind: 'deadline', date: deadlineOf(sent), law: sent.law });
  }
  // A stable sort: entries of one day keep the order above.
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
