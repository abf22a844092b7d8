/** About one frame: evaluations closer together than this wait for the next animation frame. */
const FRAME_MS = 16;

/**
 * Coalesces work into one animation frame: any number of mutations, scrolls and events in a
 * frame cost one evaluation (or one cheaper re-position) at most. A change on the page that may
 * bring a target is looked at sooner, right after the task that made it (a microtask: the other
 * observers of the same change have spoken by then), unless an evaluation ran less than a frame
 * ago: the user sees the highlight one frame earlier, and a page changing in every task still
 * pays for one evaluation a frame.
 */
export function createFrameScheduler(win: Window, work: { evaluate(): void; position(): void }) {
  let frame = 0;
  let needsEvaluate = false;
  let soon = false;
  let lastEvaluation = -Infinity;
  const evaluateNow = () => {
    needsEvaluate = false;
    lastEvaluation = win.performance.now();
    work.evaluate();
  };
  const run = () => {
    frame = 0;
    if (needsEvaluate) evaluateNow();
    else work.position();
  };
  const request = () => {
    if (!frame) frame = win.requestAnimationFrame(run);
  };
  return {
    evaluate(): void {
      needsEvaluate = true;
      request();
    },
    /** The page changed in a way that may matter: look after this task, or in the next frame. */
    evaluateSoon(): void {
      needsEvaluate = true;
      if (soon) return;
      if (win.performance.now() - lastEvaluation < FRAME_MS) return request();
      soon = true;
      queueMicrotask(() => {
        soon = false;
        if (needsEvaluate) evaluateNow();
      });
    },
    position: request,
    /** An evaluation is already due: further changes need no sorting. */
    get evaluationPending(): boolean {
      return needsEvaluate;
    },
    cancel(): void {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      needsEvaluate = false;
    },
  };
}
