import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { en as englishLabels } from '../../core/labels/en';
import { CLOSING_STEP, DELETING_STEP, ROUTE } from '../../core/steps/route';
import { targets } from '../../core/steps/targets';
import { STEP_IDS } from '../../core/steps/types';
import { replicaStates, replicaVariantStates, decoyStates } from '../replica/views';
import { SIDE_GUIDES } from '../../core/steps/side-guides';
import { PAGE_KINDS } from '../../core/pages/kinds';

const messages: Record<string, { message: string }> = en;

describe('the step model', () => {
  it('has every step once, in the route order of docs/sources.md (route-desktop)', () => {
    expect(ROUTE.map((step) => step.id)).toEqual([...STEP_IDS]);
    expect(new Set(ROUTE.map((step) => step.id)).size).toBe(ROUTE.length);
  });

  it('gives every step a title, an instruction and a "Can\'t find it?" text', () => {
    for (const step of ROUTE) {
      const keys = [
        ...Object.values(step.text),
        ...step.placements.flatMap((p) => p.phases.map((f) => f.instruction)),
      ];
      for (const key of keys.filter((k) => k !== undefined)) {
        expect(messages[key]?.message.trim(), `${step.id}: ${key}`).toBeTruthy();
      }
    }
  });

  it('ends with one closing step, the last: not destructive, nothing to press, after the deletion', () => {
    const flagged = ROUTE.filter((step) => step.closing).map((step) => step.id);
    expect(flagged, 'steps flagged `closing` in core/steps/route.ts').toEqual([ROUTE.at(-1)?.id]);
    expect(CLOSING_STEP).toBe(ROUTE.at(-1));
    expect(CLOSING_STEP.destructive, CLOSING_STEP.id).toBeUndefined();
    expect(CLOSING_STEP.placements.flatMap((placement) => placement.phases)).toEqual([]);
    expect(DELETING_STEP?.destructive).toBe(true);
    expect(ROUTE.indexOf(DELETING_STEP ?? CLOSING_STEP)).toBeLessThan(ROUTE.indexOf(CLOSING_STEP));
  });

  it('tells every step but the closing one how to find its element', () => {
    for (const step of ROUTE.filter((s) => !s.closing)) {
      const phases = step.placements.flatMap((placement) => placement.phases);
      expect(phases.length, step.id).toBeGreaterThan(0);
    }
  });

  it('has a replica page for every page a step or a side guide happens on', () => {
    const states = [...replicaStates, ...replicaVariantStates, ...decoyStates];
    const covered = new Set<string>(states.flatMap((state) => state.pageKinds));
    for (const guide of [...ROUTE, ...SIDE_GUIDES]) {
      for (const placement of guide.placements) {
        expect(covered, `${guide.id}`).toContain(placement.page);
      }
    }
    for (const kind of PAGE_KINDS) expect(covered, kind).toContain(kind);
  });

  it('finishes every step but the closing one by something the user does or sees', () => {
    for (const step of ROUTE.filter((s) => !s.closing)) {
      const { pages = [], click, checked } = step.completion;
      expect(pages.length > 0 || click || checked, step.id).toBeTruthy();
    }
  });

  it("never offers to open a destructive step's page", () => {
    for (const step of ROUTE.filter((s) => s.destructive))
      expect(step.entry, step.id).toBeUndefined();
    expect(ROUTE.filter((s) => s.destructive).map((s) => s.id)).toEqual([
      'delete-your-account',
      'delete',
    ]);
  });

  it('says where each claim about the site comes from', () => {
    for (const step of ROUTE) {
      expect(step.provenance.note, step.id).toBeTruthy();
      if (step.entry) expect(step.entry.provenance.note, step.id).toBeTruthy();
    }
  });

  it('names only labels that the label sets have, each with its source', () => {
    for (const [name, spec] of Object.entries(targets)) {
      if ('label' in spec) expect(englishLabels[spec.label], name).toBeDefined();
    }
    for (const [key, label] of Object.entries(englishLabels)) {
      expect(label.phrases.length, key).toBeGreaterThan(0);
      expect(['confirmed', 'single-source', 'ours'], key).toContain(label.source);
    }
  });

  it('never names a full hashed class: only CSS-module prefixes', () => {
    // module--name--hash: a selector may end at "name--", never carry the build hash.
    const hashed = /--\w+--[A-Za-z0-9_]{4,}/;
    for (const [name, spec] of Object.entries(targets)) {
      const selectors = [
        ...('selectors' in spec ? spec.selectors : []),
        ...('within' in spec ? spec.within : []),
        ...('classPrefixes' in spec ? spec.classPrefixes : []),
      ];
      for (const selector of selectors) expect(selector, name).not.toMatch(hashed);
    }
  });
});
