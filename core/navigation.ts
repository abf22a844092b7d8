import { DEFAULT_ORIGIN, isAliExpressUrl, shopOriginOf } from './site/hosts';
import { currentIndex, type Progress } from './progress/state';
import { ROUTE } from './steps/route';

export interface TabLike {
  readonly id?: number;
  readonly windowId?: number;
  readonly url?: string;
  readonly lastAccessed?: number;
}

export type Navigation =
  | { readonly kind: 'focus'; readonly tabId: number; readonly windowId?: number }
  | { readonly kind: 'open'; readonly url: string };

/**
 * Where "Continue" takes the user. A step reached by plain navigation opens its page (or focuses
 * a tab already there). A later step can only be reached through the site's own flow, so the
 * user's latest AliExpress tab is focused; with none, the last navigable page of the route
 * opens. Destructive pages are never opened: they have no entry.
 */
export function continueTarget(progress: Progress, tabs: readonly TabLike[]): Navigation {
  const index = currentIndex(progress);
  const step = ROUTE[index];
  const aliTabs = tabs
    .filter(
      (tab): tab is TabLike & { readonly id: number } =>
        tab.id !== undefined && isAliExpressUrl(tab.url),
    )
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  // The account hosts (sign-in, privacy center, …) are no place to continue from: the shop's.
  const origin = shopOriginOf(aliTabs[0]?.url ?? DEFAULT_ORIGIN) ?? DEFAULT_ORIGIN;

  if (step?.entry) {
    const url = new URL(step.entry.path, origin).href;
    const there = aliTabs.find((tab) => stripQuery(tab.url) === stripQuery(url));
    return there ? focus(there) : { kind: 'open', url };
  }
  const latest = aliTabs[0];
  if (latest) return focus(latest);
  const lastEntry = ROUTE.slice(0, index)
    .reverse()
    .find((s) => s.entry)?.entry;
  return { kind: 'open', url: new URL(lastEntry?.path ?? '/', DEFAULT_ORIGIN).href };
}

function focus(tab: TabLike & { readonly id: number }): Navigation {
  return {
    kind: 'focus',
    tabId: tab.id,
    ...(tab.windowId === undefined ? {} : { windowId: tab.windowId }),
  };
}

function stripQuery(url: string | undefined): string {
  if (!url) return '';
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}
