import type { ControlDescription } from './types';

/** Two descriptions of one control: every field alike (the stems sorted, as stored). */
export function sameDescription(a: ControlDescription, b: ControlDescription): boolean {
  return (
    a.role === b.role &&
    a.tag === b.tag &&
    a.parentTag === b.parentTag &&
    a.index === b.index &&
    a.siblings === b.siblings &&
    a.parentIndex === b.parentIndex &&
    a.region === b.region &&
    a.href === b.href &&
    a.labelMatched === b.labelMatched &&
    a.stems.length === b.stems.length &&
    a.stems.every((stem, index) => b.stems[index] === stem)
  );
}
