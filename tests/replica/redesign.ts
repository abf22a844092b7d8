/**
 * The replica's states in the redesign (?replica_redesign=1, redesign-build.ts): every English
 * route state of views.ts under its moved URL, with the same kinds (the pages are the same pages
 * to a user). Kept out of views.ts: the redesign is one switch over the same sources.
 */
import { withFlags } from './flags.js';
import { redesignPaths, redesignView } from './redesign-build.js';
import { replicaStates, type ReplicaSpec } from './views.js';

/** The redesign's switch, as a state's flags and on its path. */
export const REDESIGN_FLAGS = { redesign: true } as const;

/** An English state as the redesign serves it: the moved path, the renamed view, the switch. */
export function inRedesign(spec: ReplicaSpec): ReplicaSpec {
  return {
    ...spec,
    name: `${spec.name}+redesign`,
    path: withFlags(redesignPaths(spec.path), REDESIGN_FLAGS),
    ...(spec.view !== undefined ? { view: redesignView(spec.view) } : {}),
    flags: REDESIGN_FLAGS,
  };
}

/** Every route state of the desktop site, redesigned. */
export const redesignStates: readonly ReplicaSpec[] = replicaStates.map(inRedesign);

/** The redesigned state made from the English state of this name (throws when there is none). */
export function redesignState(name: string): ReplicaSpec {
  const found = redesignStates.find((state) => state.name === `${name}+redesign`);
  if (!found) throw new Error(`replica: no redesign state "${name}"`);
  return found;
}
