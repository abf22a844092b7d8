/**
 * Coalesces work into one animation frame: any number of mutations, scrolls and events in a
 * frame cost one evaluation (or one cheaper re-position) at most.
 */
export function createFrameScheduler(win: Window, work: { evaluate(): void; position(): void }) {
  let frame = 0;
  let needsEvaluate = false;
  const run = () => {
    frame = 0;
    if (needsEvaluate) {
      needsEvaluate = false;
      work.evaluate();
    } else {
      work.position();
    }
  };
  const request = () => {
    if (!frame) frame = win.requestAnimationFrame(run);
  };
  return {
    evaluate(): void {
      needsEvaluate = true;
      request();
    },
    position: request,
    /** An evaluation is already due this frame: further changes need no sorting. */
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
