import type { CDPSession, Page } from 'playwright-core';

/** Main-thread time of one page over a window, from the browser's own counters (seconds → ms). */
export interface WindowMetrics {
  readonly script: number;
  readonly task: number;
  readonly layout: number;
  readonly style: number;
  /** Animation frames the page itself drew in the window (its own rAF loop). */
  readonly frames: number;
}

type Counters = Record<string, number>;

async function counters(cdp: CDPSession): Promise<Counters> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

async function frames(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __feed?: { frames: number } }).__feed?.frames ?? 0,
  );
}

/**
 * Reads the page's counters at the start and end of a window. ScriptDuration is the sensitive
 * figure; TaskDuration saturates when the page keeps the main thread busy (docs/performance.md).
 */
export async function measureWindow(
  page: Page,
  cdp: CDPSession,
  durationMs: number,
): Promise<WindowMetrics> {
  const startFrames = await frames(page);
  const before = await counters(cdp);
  await page.waitForTimeout(durationMs);
  const after = await counters(cdp);
  const endFrames = await frames(page);
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    script: delta('ScriptDuration'),
    task: delta('TaskDuration'),
    layout: delta('LayoutDuration'),
    style: delta('RecalcStyleDuration'),
    frames: endFrames - startFrames,
  };
}
