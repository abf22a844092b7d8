import { APP_ROUTE, type AppStepId } from '../app-route';
import { BEFORE_YOU_DELETE, type CheckId, type CheckItem } from '../before-you-delete';
import type { Progress } from './state';

/** The two lists the user ticks by hand, kept in catalogue order whatever the ticking order. */
export function setCheck(progress: Progress, id: CheckId, ticked: boolean): Progress {
  const next = toggled(progress.beforeYouDelete, id, ticked);
  const beforeYouDelete = BEFORE_YOU_DELETE.map((item) => item.id).filter((i) => next.has(i));
  return { ...progress, beforeYouDelete };
}

export function setAppStep(progress: Progress, id: AppStepId, ticked: boolean): Progress {
  const next = toggled(progress.appRoute, id, ticked);
  const appRoute = APP_ROUTE.map((step) => step.id).filter((i) => next.has(i));
  return { ...progress, appRoute };
}

/** "Before you delete" items not ticked yet, in catalogue order. */
export function uncheckedItems(progress: Progress): readonly CheckItem[] {
  return BEFORE_YOU_DELETE.filter((item) => !progress.beforeYouDelete.includes(item.id));
}

function toggled<T>(list: readonly T[], id: T, on: boolean): Set<T> {
  const set = new Set(list);
  if (on) set.add(id);
  else set.delete(id);
  return set;
}
