import { createProgressModel } from '../../core/progress/model';

/**
 * The popup's progress, connected as soon as this module runs. main.tsx imports it first, so
 * progress is being read from storage while the rest of the popup's code is still evaluated:
 * the first paint waits for that read.
 */
export const model = createProgressModel();
void model.connect();
