import { computed, signal } from '@preact/signals';
import { calendarDateOf, type CalendarDate } from './calendar';
import type { LawId } from './laws';
import type { SentRequest } from './sent';
import { requestStatus } from './status';
import { readSent, watchSent, writeSent } from './storage';
import { EMPTY_TIMELINE, timelineEntries, type Timeline } from './timeline';
import { readTimeline, watchTimeline } from './timeline-storage';

/**
 * The popup's view of the written request and the timeline: what is stored (a date and a law;
 * the dates of the route), never what the user types (that lives in the form's own state).
 */
export function createRequestModel(now: () => Date = () => new Date()) {
  const sent = signal<SentRequest | null>(null);
  const timeline = signal<Timeline>(EMPTY_TIMELINE);
  const today = signal<CalendarDate>(calendarDateOf(now()));
  const loaded = signal(false);

  return {
    sent,
    timeline,
    today,
    loaded,
    status: computed(() => (sent.value ? requestStatus(sent.value, today.value) : null)),
    entries: computed(() => timelineEntries(timeline.value, sent.value)),

    async connect(): Promise<() => void> {
      const stops = [
        watchSent((parsed) => (sent.value = parsed.sent)),
        watchTimeline((parsed) => (timeline.value = parsed.timeline)),
      ];
      const [stored, dates] = await Promise.all([readSent(), readTimeline()]);
      sent.value = stored.sent;
      timeline.value = dates.timeline;
      today.value = calendarDateOf(now());
      loaded.value = true;
      return () => stops.forEach((stop) => stop());
    },
    /** "I sent it": today's date and the law, nothing else. */
    async markSent(law: LawId): Promise<void> {
      today.value = calendarDateOf(now());
      const next: SentRequest = { sentOn: today.value, law };
      await writeSent(next);
      sent.value = next;
    },
    async forget(): Promise<void> {
      await writeSent(null);
      sent.value = null;
    },
  };
}

export type RequestModel = ReturnType<typeof createRequestModel>;
