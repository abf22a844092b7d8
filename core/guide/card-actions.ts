import type { ProgressModel } from '../progress/model';
import type { OverlayActions, UserEvent } from './overlay-state';

/**
 * What the card's buttons do. The page can click them through the open shadow root (or press
 * Escape in the card) as often as it likes: an event the browser did not mark trusted changes
 * nothing. "Hide" goes through the model's writer (the background, from a tab), like every
 * other change a tab makes, so that it cannot overwrite a step another tab completed meanwhile.
 */
export function cardActions(model: Pick<ProgressModel, 'complete' | 'current' | 'hide'>) {
  const byUser = (event: UserEvent) => event.isTrusted === true;
  const actions: OverlayActions = {
    didThis: (event) => {
      if (byUser(event)) void model.complete(model.current.value.id);
    },
    hide: (event) => {
      if (byUser(event)) void model.hide();
    },
  };
  return actions;
}
