import type { ProgressChange, ProgressWriter } from './changes';
import { applyChange } from './changes';
import { updateProgress } from './storage';
import { parseProgress } from './validate';

type Send = (message: unknown) => Promise<unknown>;

/**
 * A content script's writer: the background applies the change, so changes from every tab are
 * applied one after another. Should the background not answer (the extension is being updated),
 * the tab writes itself rather than lose the user's step.
 */
export function writeViaBackground(send: Send): ProgressWriter {
  return async (change: ProgressChange) => {
    try {
      const answer = await send({ type: 'aliexit/progress', ...change });
      const parsed = parseProgress(answer);
      if (answer !== undefined && !parsed.repaired) return parsed.progress;
    } catch {
      // No background to answer: fall through.
    }
    return updateProgress(applyChange(change));
  };
}
