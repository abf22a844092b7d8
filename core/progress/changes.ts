import type { StepId } from '../steps/types';
import { complete, reopen, type Progress } from './state';

/**
 * A change a content script asks for. Each tab has its own content script, and storage.local has
 * no transactions: two tabs that read, change and write at once would overwrite each other. So
 * tabs send their changes to the one background, which applies them one after another.
 */
export interface ProgressChange {
  readonly change: 'complete' | 'reopen';
  readonly step: StepId;
}

export function applyChange({ change, step }: ProgressChange): (p: Progress) => Progress {
  return change === 'complete' ? (p) => complete(p, step) : (p) => reopen(p, step);
}

/** Where a model sends its changes: the background from a tab, storage itself elsewhere. */
export type ProgressWriter = (change: ProgressChange) => Promise<Progress>;
