import { computed, signal } from '@preact/signals';
import { APP_ROUTE, type AppStepId } from '../app-route';
import type { CheckId } from '../before-you-delete';
import { ROUTE } from '../steps/route';
import type { StepId } from '../steps/types';
import {
  ACTIONABLE_STEPS,
  INITIAL_PROGRESS,
  completedCount,
  currentStep,
  stepNumber,
  isFinished,
  reset,
  setVisible,
  start,
  statusOf,
  type Progress,
} from './state';
import { setAppStep, setCheck, uncheckedItems } from './checklists';
import { readProgress, updateProgress, watchProgress } from './storage';
import { applyChange, type ProgressWriter } from './changes';

/** The popup (one page, the user's own clicks) and the background write storage themselves. */
const writeHere: ProgressWriter = (change) => updateProgress(applyChange(change));

/**
 * Progress as signals, shared by the popup and the content script: state mirrors storage,
 * actions write storage (and so reach every tab), derived values are computed.
 */
export function createProgressModel(write: ProgressWriter = writeHere) {
  const progress = signal<Progress>(INITIAL_PROGRESS);
  const loaded = signal(false);
  const repaired = signal(false);

  const apply = (next: Progress) => {
    progress.value = next;
  };
  const act = (change: (p: Progress) => Progress) => updateProgress(change).then(apply);

  return {
    progress,
    loaded,
    repaired,
    current: computed(() => currentStep(progress.value)),
    /** "Step k of n": k, the one formula the popup and the card both show. */
    stepNumber: computed(() => stepNumber(progress.value)),
    done: computed(() => completedCount(progress.value)),
    total: ACTIONABLE_STEPS,
    finished: computed(() => isFinished(progress.value)),
    statuses: computed(() =>
      ROUTE.map((step) => ({ step, status: statusOf(progress.value, step.id) })),
    ),
    unchecked: computed(() => uncheckedItems(progress.value)),
    appDone: computed(() => progress.value.appRoute.length),
    appTotal: APP_ROUTE.length,

    /** Loads the stored progress and follows changes made elsewhere; returns the unsubscribe. */
    async connect(): Promise<() => void> {
      const unwatch = watchProgress((parsed) => apply(parsed.progress));
      const parsed = await readProgress();
      apply(parsed.progress);
      repaired.value = parsed.repaired;
      loaded.value = true;
      return unwatch;
    },
    start: () => act(start),
    reset: () => act(reset),
    setVisible: (visible: boolean) => act((p) => setVisible(p, visible)),
    complete: (id: StepId) => write({ change: 'complete', step: id }).then(apply),
    reopen: (id: StepId) => write({ change: 'reopen', step: id }).then(apply),
    /** The card's Hide: through the writer, so that a tab's hide cannot undo another tab's step. */
    hide: () => write({ change: 'hide' }).then(apply),
    setCheck: (id: CheckId, ticked: boolean) => act((p) => setCheck(p, id, ticked)),
    setAppStep: (id: AppStepId, ticked: boolean) => act((p) => setAppStep(p, id, ticked)),
  };
}

export type ProgressModel = ReturnType<typeof createProgressModel>;
