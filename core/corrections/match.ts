import type { LabelSet } from '../labels/types';
import { roleOf } from '../locate/roles';
import type { ControlDescription } from './types';
import { describeControl } from './describe';
import { sameDescription } from './same';

/**
 * The elements of the page a description fits exactly, role first. A correction never matches a
 * control of another role, tag or region; two alike controls differ in their place.
 */
export function elementsDescribed(
  doc: Document,
  control: ControlDescription,
  labels: LabelSet,
): Element[] {
  const tag = control.tag === 'other' ? '*' : control.tag;
  return [...(doc.body?.querySelectorAll(tag) ?? [])].filter(
    (element) =>
      (roleOf(element) ?? null) === control.role &&
      sameDescription(describeControl(element, labels), control),
  );
}

/** Whether the page still has a control of the described role and tag at all. */
export function hasControlOfRole(doc: Document, control: ControlDescription): boolean {
  const tag = control.tag === 'other' ? '*' : control.tag;
  return [...(doc.body?.querySelectorAll(tag) ?? [])].some(
    (element) => (roleOf(element) ?? null) === control.role,
  );
}
