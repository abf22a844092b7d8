import type { StepId } from '../steps/types';
import { complete, reopen, setVisible, type Progress } from './state';

/**
 * A change a content script asks for. Each tab has its own content script, and storage.local has
 * no transactions: two tabs that read, change and write at once would overwrite each other. So
 * tabs send their changes to the one background, which applies them one after another.
 */
export type ProgressChange =
  | { readonly change: 'complete' | 'reopen'; readonly step: StepId }
  // The card's "Hide" (or Esc): a tab may only hide the guide; showing it is the popup's.
  | { readonly change: 'hide' };

export function applyChange(change: ProgressChange): (p: Progress) => Progress {
  switch (change.change) {
    case 'complete':
      return (p) => complete(p, change.step);
    case 'reopen':
      return (p) => reopen(p, change.step);
    case 'hide':
      return (p) => (p.visible ? setVisible(p, false) : p);
  }
}

/** Where a model sends its changes: the background from a tab, storage itself elsewhere. */
export type ProgressWriter = (change: ProgressChange) => Promise<Progress>;
