import type { CDPSession } from 'playwright-core';

/** One Chromium trace event, as much of it as we read. */
interface TraceEvent {
  readonly name: string;
  readonly dur?: number;
  readonly args?: { readonly data?: { readonly url?: string } };
}

/**
 * Top-level script entries: a script evaluated (a content script injected, a module imported) or
 * a function called from the browser (an observer's callback, a listener, a frame callback).
 * Calls made by script are inside these, never counted twice.
 */
const SCRIPT_ENTRIES = new Set(['EvaluateScript', 'FunctionCall']);

/**
 * Main-thread script time the extension's own code ran while `during` ran, from a Chromium trace
 * (devtools.timeline): the sum of script entries whose script is one of `isOurs`'s paths. Unlike a
 * ratio of page totals, it does not move with the page's own work or the machine's noise; it
 * leaves out what the browser does for us outside script (creating mutation records, layout).
 */
export async function traceExtensionScript(
  cdp: CDPSession,
  isOurs: (path: string) => boolean,
  during: () => Promise<void>,
): Promise<number> {
  const events: TraceEvent[] = [];
  const collect = (chunk: { value: object[] }) => events.push(...(chunk.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline',
    transferMode: 'ReportEvents',
  });
  try {
    await during();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  let microseconds = 0;
  for (const event of events) {
    const url = event.args?.data?.url ?? '';
    if (!SCRIPT_ENTRIES.has(event.name) || !isExtensionUrl(url)) continue;
    if (isOurs(new URL(url).pathname)) microseconds += event.dur ?? 0;
  }
  return microseconds / 1000;
}

function isExtensionUrl(url: string): boolean {
  return url.startsWith('chrome-extension://');
}
