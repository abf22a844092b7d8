/**
 * The replica's test switches, given as query parameters (replica.js also remembers them in sessionStorage
 * and carries them on the links it follows, so a walk keeps them from page to page).
 *
 *   replica_build=2            every CSS-module class gets another hash (HTML, stylesheet and replica.js)
 *   replica_rerender=MS        settings + deletion views replace #root's subtree every MS ms (browser only)
 *   replica_code_iframe=1      the code view shows the code widget in an iframe from render-accounts.
 *   replica_absent=ID[,ID]     elements marked as "absent-able" for these step ids are left out
 *   replica_login=iframe       signed-out links lead to www/p/ug-login-page/login.html (login form in an iframe)
 *   replica_relabel=ID[,ID]    these steps' targets say words no label knows (a release renamed them)
 *   replica_decoy=ID[,ID]      a decoy that says these steps' words comes first (the guide points at it)
 *   replica_decoys=1           every page carries decoys.ts's look-alikes (notice bar, cookie dialog, help chips…)
 *   replica_csp=strict         pages come with a strict Content-Security-Policy (scripts from the page's own
 *                              origin and inline only): the guide module must still load
 *   replica_wording=2          the deletion pages in other words (same layout and roles, custom ARIA controls:
 *                              a role="button" div, role="radio" methods, a role="checkbox" sentence, an
 *                              icon-only Back button): a copy-writing pass the guide must survive
 *   replica_redesign=1         a front-end rebuild (redesign-build.ts): every class word and id renamed, the
 *                              account, settings and deletion URLs moved; texts and roles kept
 *
 * None of this exists on the real site.
 */
export interface ReplicaFlags {
  /** CSS-module build number; 1 (or absent) = the hashes in the source files. */
  build?: number;
  /** Re-render period in ms (browser only; jsdom pages are static). */
  rerender?: number;
  codeIframe?: boolean;
  /** Step ids whose target is left out. */
  absent?: string[];
  loginIframe?: boolean;
  /** A strict Content-Security-Policy header on every page. */
  strictCsp?: boolean;
  /** The deletion pages' second wording (account-delete-views.reworded.html). */
  reworded?: boolean;
  /** Step ids whose target's words are changed beyond recognition. */
  relabel?: string[];
  /** Step ids with a decoy, saying the target's words, before the real target. */
  decoy?: string[];
  /** Look-alikes of the route's controls on every page (decoys.ts). */
  decoys?: boolean;
  /** The front-end rebuild of redesign-build.ts: other class words, ids and URLs. */
  redesign?: boolean;
}

export const FLAG_PARAMS = [
  'replica_build',
  'replica_rerender',
  'replica_code_iframe',
  'replica_absent',
  'replica_login',
  'replica_csp',
  'replica_wording',
  'replica_relabel',
  'replica_decoy',
  'replica_decoys',
  'replica_redesign',
] as const;

export function flagsFromQuery(query: URLSearchParams): ReplicaFlags {
  const flags: ReplicaFlags = {};
  const build = Number(query.get('replica_build'));
  if (Number.isInteger(build) && build > 1) flags.build = build;
  const rerender = Number(query.get('replica_rerender'));
  if (Number.isInteger(rerender) && rerender > 0) flags.rerender = rerender;
  if (query.get('replica_code_iframe') === '1') flags.codeIframe = true;
  const absent = (query.get('replica_absent') ?? '').split(',').filter((id) => id !== '');
  if (absent.length > 0) flags.absent = absent;
  if (query.get('replica_login') === 'iframe') flags.loginIframe = true;
  if (query.get('replica_csp') === 'strict') flags.strictCsp = true;
  if (query.get('replica_wording') === '2') flags.reworded = true;
  const relabel = idList(query.get('replica_relabel'));
  if (relabel.length > 0) flags.relabel = relabel;
  const decoy = idList(query.get('replica_decoy'));
  if (decoy.length > 0) flags.decoy = decoy;
  if (query.get('replica_decoys') === '1') flags.decoys = true;
  if (query.get('replica_redesign') === '1') flags.redesign = true;
  return flags;
}

function idList(value: string | null): string[] {
  return (value ?? '').split(',').filter((id) => id !== '');
}

/** The flags as query parameters (only those that are set), e.g. "replica_build=2". */
export function flagsToQuery(flags: ReplicaFlags): string {
  const query = new URLSearchParams();
  if (flags.build !== undefined && flags.build > 1) query.set('replica_build', String(flags.build));
  if (flags.rerender !== undefined) query.set('replica_rerender', String(flags.rerender));
  if (flags.codeIframe === true) query.set('replica_code_iframe', '1');
  if (flags.absent !== undefined && flags.absent.length > 0)
    query.set('replica_absent', flags.absent.join(','));
  if (flags.loginIframe === true) query.set('replica_login', 'iframe');
  if (flags.strictCsp === true) query.set('replica_csp', 'strict');
  if (flags.reworded === true) query.set('replica_wording', '2');
  if (flags.relabel !== undefined && flags.relabel.length > 0)
    query.set('replica_relabel', flags.relabel.join(','));
  if (flags.decoy !== undefined && flags.decoy.length > 0)
    query.set('replica_decoy', flags.decoy.join(','));
  if (flags.decoys === true) query.set('replica_decoys', '1');
  if (flags.redesign === true) query.set('replica_redesign', '1');
  return query.toString();
}

/** `path` with the flags appended to its query string (before any #hash). */
export function withFlags(path: string, flags: ReplicaFlags): string {
  const extra = flagsToQuery(flags);
  if (extra === '') return path;
  const hashAt = path.indexOf('#');
  const base = hashAt === -1 ? path : path.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : path.slice(hashAt);
  return `${base}${base.includes('?') ? '&' : '?'}${extra}${hash}`;
}
