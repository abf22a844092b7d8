import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE } from '../../core/steps/route';
import {
  replicaRewordedStates,
  replicaStates,
  replicaUrl,
  replicaVariantStates,
  type ReplicaSpec,
} from '../replica/views';
import { readChecklist, readMarked } from './harness/contract';
import { openSession, startGuideAt, type Session } from './harness/session';

/** The window sizes the card is placed in: a laptop, a small laptop, a phone. */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
  { width: 390, height: 844 },
] as const;

/**
 * Every page of the replica a guide can meet: the English route with its menu states, every
 * translated language, another build, the mobile web, the code widget and login iframes, the
 * privacy center, the legacy pages, the bot check, and the deletion pages in other words.
 */
const STATES: readonly ReplicaSpec[] = [
  ...replicaStates,
  ...replicaVariantStates,
  ...replicaRewordedStates,
];

/**
 * The route's step that happens on a state's page (the first one), read from ROUTE's placements;
 * a page the route never visits (privacy center, legacy pages, bot check) takes the route's first.
 */
function stepFor(state: ReplicaSpec): string {
  const kinds = state.pageKinds.filter((kind) => kind !== 'header');
  const on = (pageKinds: readonly string[]) =>
    ROUTE.find((s) => s.placements.some((p) => pageKinds.includes(p.page)));
  return (on(kinds) ?? on(state.pageKinds) ?? ROUTE[0])?.id ?? '';
}

/**
 * States the replica shows after a user's action on the page, not at a URL: the sign-in's later
 * screens, reached as a user does (an email typed, Continue pressed), and seen by what they show.
 */
const AFTER_CONTINUE: Readonly<Record<string, { email: string; shows: string }>> = {
  'login-password': { email: 'shopper@example.com', shows: '#fm-login-password' },
  'login-multiple': { email: 'multiple@example.com', shows: '.nfm-multiple-email-prompt' },
  'login-unknown': { email: 'unknown@example.com', shows: '[class*="login--unknown--"]' },
};

const MENU_TRIGGER = '[class*="my-account--menuItem--"]';
const MENU = '.comet-v2-popover';

/**
 * What the card covers of the way forward, read in the page: every focusable element of the
 * target's section (the header band, the menu popover or the app's #root around it) and the
 * page's action buttons (with no #root, the whole page's). The card must cover none of them.
 */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const card = document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card');
    if (!card) return ['(no card)'];
    const c = card.getBoundingClientRect();
    const target = document.querySelector('[data-aliexit-target]');
    const root = document.querySelector('#root') ?? document.body;
    // A target in a band outside the app (the mobile tab bar) has that band as its section.
    const section =
      target?.closest(
        '#_global_header_23_, .comet-v2-popover, [class*="my-account--menuBox--"], #root',
      ) ??
      target?.closest('header, nav, footer, [role="navigation"]') ??
      root;
    const focusable =
      'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"]), [role="button"], [role="checkbox"], [role="radio"]';
    const controls = new Set([
      ...section.querySelectorAll(focusable),
      ...root.querySelectorAll('button, [role="button"]'),
      ...(target ? [target] : []),
    ]);
    return [...controls]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        return c.left < r.right && r.left < c.right && c.top < r.bottom && r.top < c.bottom;
      })
      .map((el) => `${el.localName}: ${(el.textContent ?? '').trim().slice(0, 40)}`);
  });
}

/** Waits until the card has been placed and the page has stopped moving it (false: no card). */
async function cardSettled(page: Page): Promise<boolean> {
  const placed = await page
    .waitForFunction(
      () => {
        const card = document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card');
        return card !== null && card !== undefined && card.getBoundingClientRect().x > -1000;
      },
      undefined,
      { timeout: 15_000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!placed) return false;
  await page.waitForFunction(() => !document.querySelector('.comet-v2-skeleton'));
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  return true;
}

/** The card's box, to tell that it moved with the page. */
async function cardBox(page: Page): Promise<string> {
  return page.evaluate(() => {
    const card = document.querySelector('aliexit-overlay')?.shadowRoot?.querySelector('.card');
    const r = card?.getBoundingClientRect();
    return r ? `${r.x},${r.y} ${r.width}x${r.height}` : '';
  });
}

/** Opens the header menu as a user does, by hovering the account item (a resize closes it). */
async function openMenu(page: Page): Promise<boolean> {
  const trigger = page.locator(MENU_TRIGGER).first();
  if (!(await trigger.isVisible())) return false;
  await page.mouse.move(0, 0);
  await trigger.hover();
  await page.waitForSelector(MENU, { state: 'visible' });
  return true;
}

describe('the card never covers the way forward, on every replica page', () => {
  let session: Session;
  let popup: Page;
  let page: Page;

  beforeAll(async () => {
    session = await openSession();
    popup = session.popup;
    page = await session.browser.context.newPage();
  });

  afterAll(async () => session?.close());

  /** The route set to `step` from the popup, with no AliExpress page open that could move it. */
  async function routeAt(step: string): Promise<void> {
    const checklist = await readChecklist(popup);
    const started = !(await popup.locator('[data-action="start"]').isVisible());
    if (started && checklist[step] === 'current') return;
    await page.goto('about:blank');
    await popup.click('[data-action="reset"]');
    await popup.waitForSelector('[data-action="start"]');
    await startGuideAt(popup, step);
  }

  /** Loads the state's page as its user would reach it: signed in or out, the menu opened. */
  async function open(state: ReplicaSpec): Promise<void> {
    if (state.signedIn) await session.signIn();
    else await session.browser.context.clearCookies();
    await page.goto(replicaUrl(state));
    // The page is the state's own, not a redirect (to the login, when signed out).
    const expected = new URL(replicaUrl(state));
    expect(new URL(page.url()).host + new URL(page.url()).pathname, state.name).toBe(
      expected.host + expected.pathname,
    );
    const after = state.view ? AFTER_CONTINUE[state.view] : undefined;
    if (after) {
      await page.fill('#fm-login-id', after.email);
      await page.click('[class*="login--continue--"]');
      await page.waitForSelector(after.shows, { state: 'visible' });
    }
  }

  it('at 1280x800, 1024x640 and 390x844, menus opened by hover', async () => {
    const covered: string[] = [];
    const notMoved: string[] = [];
    const menuOutOfReach: string[] = [];
    /** Pages where the guide draws no card at all: only those it does not cover (AliExpress Russia). */
    const noCard: string[] = [];
    const started = Date.now();
    let measured = 0;
    for (const step of [...new Set(STATES.map(stepFor))]) {
      for (const state of STATES.filter((s) => stepFor(s) === step)) {
        await routeAt(step);
        await page.setViewportSize(SIZES[0]);
        await open(state);
        const places = new Set<string>();
        // One load per page, resized through the three sizes: the card follows the re-layout.
        for (const size of SIZES) {
          await page.setViewportSize(size);
          if (state.popover && !(await openMenu(page)))
            menuOutOfReach.push(`${state.name} ${size.width}x${size.height}`);
          const where = `${state.name} ${size.width}x${size.height}`;
          if (!(await cardSettled(page))) {
            noCard.push(where);
            continue;
          }
          const marked = await readMarked(page);
          for (const control of await coveredControls(page))
            covered.push(`${where} (${marked.step}): ${control}`);
          places.add(await cardBox(page));
          measured++;
        }
        if (places.size === 1) notMoved.push(state.name);
      }
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    console.info(
      `placement: ${STATES.length} pages, ${measured} page sizes in ${seconds} s; ` +
        `menu out of reach: ${menuOutOfReach.join(', ') || 'none'}; ` +
        `no card: ${noCard.join(', ') || 'none'}; ` +
        `card in one place at all sizes: ${notMoved.join(', ') || 'none'}`,
    );
    expect(covered).toEqual([]);
    expect(noCard).toEqual(
      STATES.filter((s) => s.pageKinds.includes('not-covered')).flatMap((s) =>
        SIZES.map((size) => `${s.name} ${size.width}x${size.height}`),
      ),
    );
  }, 1_500_000);
});
