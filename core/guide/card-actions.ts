import type { ProgressModel } from '../progress/model';
import type { OverlayActions, UserEvent } from './overlay-state';

/** Show me, That's not it and Cancel: the guide's pick mode and corrections (core/guide/correcting.ts). */
export interface CorrectingActions {
  showMe(): void;
  notIt(): void;
  cancelPick(): void;
}

/**
 * What the card's buttons do. The page can click them through the open shadow root (or press
 * Escape in the card) as often as it likes: an event the browser did not mark trusted changes
 * nothing. "Hide" goes through the model's writer (the background, from a tab), like every
 * other change a tab makes, so that it cannot overwrite a step another tab completed meanwhile.
 */
export function cardActions(
  model: Pick<ProgressModel, 'complete' | 'current' | 'hide'>,
  correcting: CorrectingActions,
) {
  const byUser = (event: UserEvent) => event.isTrusted === true;
  const actions: OverlayActions = {
    showMe: (event) => {
      if (byUser(event)) correcting.showMe();
    },
    notIt: (event) => {
      if (byUser(event)) correcting.notIt();
    },
    cancelPick: (event) => {
      if (byUser(event)) correcting.cancelPick();
    },
    didThis: (event) => {
      if (byUser(event)) void model.complete(model.current.value.id);
    },
    hide: (event) => {
      if (byUser(event)) void model.hide();
    },
  };
  return actions;
}
