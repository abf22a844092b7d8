import { signal } from '@preact/signals';
import { forget, readCorrections, updateCorrections, watchCorrections } from './storage';
import type { Correction } from './types';

/** The popup's view of the stored corrections: the list, and Forget each / Forget all. */
export function createCorrectionsModel() {
  const list = signal<readonly Correction[]>([]);
  return {
    list,
    async connect(): Promise<() => void> {
      const unwatch = watchCorrections((corrections) => (list.value = corrections));
      list.value = (await readCorrections()).corrections;
      return unwatch;
    },
    forget: (index: number) =>
      updateCorrections((corrections) => forget(corrections, index)).then(
        (next) => (list.value = next),
      ),
    forgetAll: () => updateCorrections(() => []).then((next) => (list.value = next)),
  };
}

export type CorrectionsModel = ReturnType<typeof createCorrectionsModel>;
