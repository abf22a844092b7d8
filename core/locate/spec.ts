import type { LabelKey } from '../labels/types';
import type { Role } from './roles';

/**
 * How to recognise one element, as ranked signals. No signal is trusted alone except the
 * stable selectors; never a full hashed class name, never a position.
 */
export interface TargetSpec {
  /** The label (in the page's language) that names the element: its accessible name or text. */
  readonly label?: LabelKey;
  /** Roles the element may have (explicit or implicit). Adds weight to a name or link match. */
  readonly roles?: readonly Role[];
  /** What a link's target looks like when it leads where the step goes. */
  readonly href?: RegExp;
  /** CSS-module prefixes (`my-account--menuItem`): the stable part before the build hash. */
  readonly classPrefixes?: readonly string[];
  /** Stable ids and attributes seen on the site (`#fm-login-id`, `.login-submit`). */
  readonly selectors?: readonly string[];
  /**
   * Look only inside these regions (a popover, a form). Defaults to the main content of the
   * page: never the header, bars, dialogs, widgets or reviews around it (regions.ts).
   */
  readonly within?: readonly string[];
  /**
   * Where to look when none of `within` exists (a redesign renamed them): the page's top band,
   * or a portal (a menu or popover laid over the page).
   */
  readonly fallback?: 'top-band' | 'portal';
  /** Several matches are one target (six code boxes): highlight their closest common container. */
  readonly group?: boolean;
  /** Signals a candidate must have, whatever its score (a link that is an account tab AND leads to login). */
  readonly requires?: readonly ('name' | 'href' | 'role')[];
}

/** Which signal found a candidate; shown to testers and kept in results for tests. */
export type Signal =
  | 'name'
  | 'partial-name'
  | 'role'
  | 'alike-options'
  | 'href'
  | 'class-prefix'
  | 'selector'
  /** A label in the page's top band on a box with the hand cursor (a plain div that acts). */
  | 'pointer'
  /** The user showed this control themselves (core/corrections). */
  | 'correction';
