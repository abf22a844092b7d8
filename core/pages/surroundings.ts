import { HEADER_REGIONS, POPOVER_REGIONS, targets } from '../steps/targets';
import type { Evidence, SurroundingDetector } from './detector';
import { fromControl, fromRegion, fromTopBand } from './evidence';
import { inPortal, locate } from '../locate/locate';

/** The header region's evidence, or (a redesign named none) the control's place in the top band. */
function orTopBand(region: readonly Evidence[], band: readonly Evidence[]): readonly Evidence[] {
  return region.length > 0 ? region : band;
}

/**
 * The header offers "Sign in / Register" [src:header-texts]; the URL can be anything. (Mobile web's Account
 * tab looks the same signed in or out: there, the login page it leads to takes over.)
 */
export const signedOut: SurroundingDetector = {
  kind: 'signed-out',
  sort: 'surrounding',
  read: (snapshot, labels) => {
    const control = fromControl(snapshot, targets.headerSignIn, labels, 'Sign in / Register');
    if (control.length === 0) return [];
    return [
      ...control,
      ...orTopBand(
        fromRegion(snapshot, [...HEADER_REGIONS, 'header'], 'site header'),
        fromTopBand(snapshot, targets.headerSignIn, labels, 'in the top band'),
      ),
      // As the signed-in header has no Sign in / Register: a redesign keeps this, not the ids.
      ...(locate(snapshot, targets.accountItem, labels) === null
        ? [{ sort: 'absence' as const, weight: 1, what: 'no Account item' }]
        : []),
    ];
  },
  samples: { pages: ['home-signed-out', 'home-signed-out-menu'] },
};

/**
 * A signed-in page: the header's account item says "Account" and not "Sign in / Register"; on
 * mobile web, an Account tab that links to the account page.
 */
export const header: SurroundingDetector = {
  kind: 'header',
  sort: 'surrounding',
  read: (snapshot, labels) => {
    if (locate(snapshot, targets.headerSignIn, labels) !== null) return [];
    const item = fromControl(snapshot, targets.accountItem, labels, 'Account item');
    const found =
      item.length > 0 ? item : fromControl(snapshot, targets.accountLink, labels, 'Account tab');
    if (found.length === 0) return [];
    return [
      ...found,
      ...orTopBand(
        fromRegion(
          snapshot,
          [...HEADER_REGIONS, 'header', '[role="banner"]', 'nav'],
          'site header',
        ),
        fromTopBand(snapshot, targets.accountItem, labels, 'in the top band'),
      ),
      { sort: 'absence', weight: 1, what: 'no Sign in / Register' },
    ];
  },
  samples: { pages: ['home-signed-in', 'account', 'settings', 'm-home-signed-in'] },
};

/** The account popover is open: a visible Settings entry inside a popover [src:account-menu-markup] among others. */
export const accountMenu: SurroundingDetector = {
  kind: 'account-menu',
  sort: 'surrounding',
  read: (snapshot, labels) => {
    const found = locate(snapshot, targets.settingsInMenu, labels);
    if (!found) return [];
    const region = found.region ?? found.element.closest('ul, [role="menu"]') ?? found.element;
    const entries = region.querySelectorAll('a[href], [role="menuitem"]').length;
    return [
      { sort: 'control', weight: found.confidence === 'high' ? 2 : 1, what: 'Settings entry' },
      ...(found.element.closest(POPOVER_REGIONS.join(',')) || inPortal(found.element)
        ? [{ sort: 'landmark' as const, weight: 1, what: 'popover' }]
        : []),
      ...(entries >= 3 ? [{ sort: 'labels' as const, weight: 1, what: 'a menu of entries' }] : []),
    ];
  },
  samples: { pages: ['home-signed-in-menu', 'account-menu-on-account'] },
};
