import type { Page } from 'playwright-core';

/**
 * Reaction, measured inside the page: performance.now() right after the change, and again in a
 * MutationObserver callback when the expected element carries data-aliexit-target. The test
 * process's own latency is not in the figure.
 */
type Change = 'insert-header' | 'remove-header' | 'route-security' | 'route-explainer';

export async function react(page: Page, change: Change, expected: string): Promise<number> {
  return page.evaluate(
    ({ change, expected }) =>
      new Promise<number>((resolve, reject) => {
        const feed = (window as unknown as { __feed?: { header?: Element } }).__feed;
        let start = 0;
        // No named inner functions: tsx would wrap them in a helper the page does not have.
        const observer = new MutationObserver(() => {
          const marked = document.querySelector('[data-aliexit-target]');
          if (marked?.getAttribute('data-aliexit-target') !== expected) return;
          const elapsed = performance.now() - start;
          observer.disconnect();
          clearTimeout(timeout);
          resolve(elapsed);
        });
        observer.observe(document.documentElement, {
          subtree: true,
          attributes: true,
          attributeFilter: ['data-aliexit-target'],
        });
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no highlight of ${expected} after ${change}`));
        }, 5000);
        start = performance.now();
        if (change === 'insert-header' && feed?.header) document.body.prepend(feed.header);
        if (change === 'route-security' || change === 'route-explainer') {
          const view = change === 'route-security' ? 'security' : 'index.html';
          history.pushState({}, '', `/p/account-delete/${view}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }
      }),
    { change, expected },
  );
}

/** Until the guide has let go of the removed header (it unmarks what left the page). */
export async function removeHeader(page: Page): Promise<void> {
  await page.evaluate(() => {
    const header = (window as unknown as { __feed?: { header?: Element } }).__feed?.header;
    header?.remove();
  });
  await page.waitForFunction(() => {
    const header = (window as unknown as { __feed?: { header?: Element } }).__feed?.header;
    return header !== undefined && !header.querySelector('[data-aliexit-target]');
  });
}

/**
 * The site header appears on a page that had nothing to point at: its item for the current step
 * (the sign-in item, or the account item a step later) lights up.
 */
export async function insertionTrials(
  page: Page,
  trials: number,
  expected = 'sign-in',
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < trials; i++) {
    times.push(await react(page, 'insert-header', expected));
    await page.waitForTimeout(60);
    await removeHeader(page);
    await page.waitForTimeout(60);
  }
  return times;
}

/**
 * The deletion app changes route (history.pushState, then its own re-render): to the security
 * check (the next step's option lights up) and back (the way back to the route lights up).
 */
export async function routeTrials(page: Page, trials: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < trials; i++) {
    const forward = i % 2 === 0;
    times.push(
      await react(
        page,
        forward ? 'route-security' : 'route-explainer',
        forward ? 'verification-method' : 'delete-your-account',
      ),
    );
    await page.waitForTimeout(80);
  }
  return times;
}

/**
 * Opening the popup: first contentful paint of the page, which is the checklist (the popup draws
 * nothing until progress is read, then everything at once; checked here).
 */
export async function popupPaint(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector('[data-step-id]');
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const observer = new PerformanceObserver((list) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (!paint) return;
          observer.disconnect();
          resolve(paint.startTime);
        });
        observer.observe({ type: 'paint', buffered: true });
        setTimeout(() => reject(new Error('no first contentful paint')), 5000);
      }),
  );
}
