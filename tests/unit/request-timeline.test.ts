import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { timelineSummary } from '../../components/popup/WhatIDid';
import { INITIAL_PROGRESS, complete, reopen, reset, start } from '../../core/progress/state';
import { updateProgress, watchProgress } from '../../core/progress/storage';
import { isCalendarDate, type CalendarDate } from '../../core/request/calendar';
import {
  EMPTY_TIMELINE,
  parseTimeline,
  recordProgress,
  timelineEntries,
} from '../../core/request/timeline';
import { readTimeline, recordTimeline } from '../../core/request/timeline-storage';
import { ROUTE } from '../../core/steps/route';
import { STEP_IDS } from '../../core/steps/types';

const date = (value: string) => value as CalendarDate;
const [first, second, third] = ROUTE.map((step) => step.id);
if (!first || !second || !third) throw new Error('the route has fewer than three steps');

async function settled(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

afterEach(() => vi.useRealTimers());

describe('"What I did": a timeline of dates only', () => {
  it('dates the start and each step done, keeping the first day a step was done', () => {
    const started = start(INITIAL_PROGRESS);
    let timeline = recordProgress(EMPTY_TIMELINE, started, date('2027-01-02'));
    expect(timeline).toEqual({ started: '2027-01-02', steps: {} });
    timeline = recordProgress(timeline, complete(started, first), date('2027-01-03'));
    timeline = recordProgress(
      timeline,
      complete(complete(started, first), second),
      date('2027-01-05'),
    );
    expect(timeline).toEqual({
      started: '2027-01-02',
      steps: { [first]: '2027-01-03', [second]: '2027-01-05' },
    });
  });

  it('gives no date to a step passed over, and drops a step taken back', () => {
    // Done the third step straight away: the two before it are "skipped", not done.
    const progress = complete(start(INITIAL_PROGRESS), third);
    const timeline = recordProgress(EMPTY_TIMELINE, progress, date('2027-01-02'));
    expect(Object.keys(timeline.steps)).toEqual([third]);
    const back = recordProgress(timeline, reopen(progress, third), date('2027-01-03'));
    expect(back.steps).toEqual({});
    expect(recordProgress(timeline, reset(), date('2027-01-03'))).toEqual(EMPTY_TIMELINE);
  });

  it('keeps only known steps and real dates from storage', () => {
    const parsed = parseTimeline({
      started: '2027-01-02',
      steps: { [first]: '2027-01-03', [second]: 'Your code is 123456', 'not-a-step': '2027-01-04' },
      email: 'someone@example.org',
    });
    expect(parsed).toEqual({
      timeline: { started: '2027-01-02', steps: { [first]: '2027-01-03' } },
      repaired: true,
    });
    expect(parseTimeline('garbage')).toEqual({ timeline: EMPTY_TIMELINE, repaired: true });
    expect(parseTimeline(undefined)).toEqual({ timeline: EMPTY_TIMELINE, repaired: false });
  });

  it('stores dates and step ids only, whichever way progress changes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 2, 10));
    const stop = watchProgress((parsed) => void recordTimeline(parsed.progress));
    await updateProgress(start);
    await settled();
    for (const step of ROUTE.slice(0, 3)) {
      await updateProgress((p) => complete(p, step.id));
      await settled();
    }
    stop();
    const { timeline: stored } = await fakeBrowser.storage.local.get('timeline');
    const { started, steps, ...rest } = stored as Record<string, unknown>;
    expect(rest).toEqual({});
    expect(isCalendarDate(started)).toBe(true);
    const entries = Object.entries(steps as object);
    expect(entries.length).toBe(3);
    for (const [id, value] of entries) {
      expect(STEP_IDS).toContain(id);
      expect(isCalendarDate(value)).toBe(true);
    }
  });

  it('repairs a corrupt stored timeline, never fails on it', async () => {
    await fakeBrowser.storage.local.set({ timeline: ['not', 'a', 'timeline'] });
    expect(await readTimeline()).toEqual({ timeline: EMPTY_TIMELINE, repaired: true });
    expect((await fakeBrowser.storage.local.get('timeline')).timeline).toEqual(EMPTY_TIMELINE);
  });

  it('lists the route, the request and its deadline in date order, in the summary', () => {
    const entries = timelineEntries(
      { started: date('2027-01-02'), steps: { [first]: date('2027-01-02') } },
      { sentOn: date('2027-01-10'), law: 'ccpa' },
    );
    expect(entries.map((entry) => [entry.kind, entry.date])).toEqual([
      ['started', '2027-01-02'],
      ['step', '2027-01-02'],
      ['sent', '2027-01-10'],
      ['deadline', '2027-02-24'],
    ]);
    const summary = timelineSummary(entries).split('\n');
    expect(summary[0]).toMatch(/^What I did/);
    // Every line after the heading starts with the date: nothing else is in the record.
    for (const line of summary.slice(1)) expect(line).toMatch(/^- \d{4}-\d{2}-\d{2}: /);
    expect(summary).toContain('- 2027-01-10: sent a written request (CCPA § 1798.105)');
    expect(summary).toContain("- 2027-02-24: deadline for AliExpress's answer");
  });

  it('calls a day of our own choosing a reminder, not a deadline', () => {
    const entries = timelineEntries(EMPTY_TIMELINE, { sentOn: date('2027-01-10'), law: 'plain' });
    expect(timelineSummary(entries).split('\n').slice(1)).toEqual([
      '- 2027-01-10: sent a written request (no specific law)',
      "- 2027-02-09: AliExit's reminder (our own choice)",
    ]);
  });
});
