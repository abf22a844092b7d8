import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type Decision } from '../../core/guide/evaluate';
import { labelsFor } from '../../core/labels';
import { DETECTORS } from '../../core/pages';
import { INITIAL_PROGRESS, complete, start, type Progress } from '../../core/progress/state';
import { ROUTE } from '../../core/steps/route';
import { ACCOUNT_HREF, SETTINGS_HREF } from '../../core/steps/targets';
import type { StepId } from '../../core/steps/types';
import { redesignStates } from '../replica/redesign';
import { renderPage } from '../replica/render';
import { replicaStates, replicaUrl } from '../replica/views';
import { replicaSnapshot } from './replica-page';

const PRODUCT_DIRS = ['core', 'components', 'entrypoints'];

function productSources(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name))
        out.push({ file: full, text: readFileSync(full, 'utf8') });
    }
  };
  for (const dir of PRODUCT_DIRS) walk(dir);
  return out;
}

/**
 * Every class word and id the product's code names in a selector (a string literal holding
 * `#id`, `.class`, `[class*="word"]` or `[id^="word"]`), and its class prefixes: what a redesign
 * takes away from it.
 */
function knownWords() {
  const ids = new Set<string>();
  const classes = new Set<string>();
  const inClass = new Set<string>();
  const inId = new Set<string>();
  for (const { text } of productSources()) {
    for (const [, literal = ''] of text.matchAll(/'([^'\n]{2,200})'/g)) {
      if (!/^[\w\s\-#.[\]="*^$:(),>~+]+$/.test(literal)) continue;
      for (const [, id = ''] of literal.matchAll(/(?:^|[\s,>(]|[a-z\]])#([A-Za-z_][\w-]*)/g))
        ids.add(id);
      for (const [, word = ''] of literal.matchAll(/(?:^|[\s,>(]|[a-z\]])\.([A-Za-z_][\w-]*)/g))
        if (!/^(html?|com|us|ru)$/.test(word)) classes.add(word);
      for (const [, attr, word = ''] of literal.matchAll(/\[(class|id)[*^$]?="([^"]+)"/g))
        (attr === 'class' ? inClass : inId).add(word.toLowerCase());
    }
    for (const [, list = ''] of text.matchAll(/classPrefixes: \[([^\]]*)\]/g))
      for (const [, word = ''] of list.matchAll(/'([^']+)'/g)) inClass.add(word.toLowerCase());
  }
  return { ids, classes, inClass, inId };
}

/** Progress with the user on `id`: every step before it done. */
function at(id: StepId): Progress {
  const index = ROUTE.findIndex((step) => step.id === id);
  const previous = ROUTE[index - 1];
  return previous ? complete(start(INITIAL_PROGRESS), previous.id) : start(INITIAL_PROGRESS);
}

/** The element is the one the replica marks as this pointer's (a later phase: `<step>:<phase>`). */
function isRight(decision: Decision, element: Element): boolean {
  const { guide, instruction } = decision.pointer;
  const marks = element.getAttribute('data-replica-target')?.split(/\s+/) ?? [];
  const laterPhase = instruction !== guide.text.instruction;
  return marks.some((mark) => mark === guide.id || (laterPhase && mark.startsWith(`${guide.id}:`)));
}

describe('the redesign build (?replica_redesign=1)', () => {
  it('keeps no class word, id, URL or link target the product knows', { timeout: 60_000 }, () => {
    const known = knownWords();
    // The product knows some of each; a parse that found none would prove nothing.
    expect(known.ids.size).toBeGreaterThan(0);
    expect(known.classes.size).toBeGreaterThan(0);
    expect(known.inClass.size).toBeGreaterThan(0);
    const survivors: string[] = [];
    for (const state of redesignStates) {
      const doc = replicaSnapshot(state).doc;
      for (const element of doc.querySelectorAll('*')) {
        const id = element.id;
        const classValue = (element.getAttribute('class') ?? '').toLowerCase();
        const tokens = [...element.classList];
        if (id !== '' && known.ids.has(id)) survivors.push(`${state.name}: #${id}`);
        for (const word of known.inId)
          if (id.toLowerCase().includes(word)) survivors.push(`${state.name}: id*=${word}`);
        for (const token of tokens)
          if (known.classes.has(token)) survivors.push(`${state.name}: .${token}`);
        for (const word of known.inClass)
          if (classValue.includes(word)) survivors.push(`${state.name}: class*=${word}`);
        const href = element.getAttribute('href') ?? '';
        if (SETTINGS_HREF.test(href) || ACCOUNT_HREF.test(href))
          survivors.push(`${state.name}: href ${href}`);
      }
      for (const detector of DETECTORS) {
        if (detector.kind === 'login') continue; // the sign-in did not move
        if (
          (detector.urls ?? []).some((url) =>
            url.test(replicaUrl(state).replace(/^https:\/\//, '')),
          )
        )
          survivors.push(`${state.name}: the ${detector.kind} URL`);
      }
    }
    expect([...new Set(survivors)]).toEqual([]);
  });

  it('moved the account, settings and deletion pages: their old URLs answer 404', () => {
    const moved = replicaStates.filter((state) =>
      ['account', 'settings', 'delete-explainer', 'final-confirmation'].includes(state.name),
    );
    for (const state of moved) {
      const pathname = new URL(replicaUrl(state)).pathname;
      const redesigned = renderPage(state.host, pathname, {
        signedIn: true,
        flags: { redesign: true },
      });
      const usual = renderPage(state.host, pathname, { signedIn: true });
      expect(usual?.status, state.name).toBe(200);
      expect(redesigned, state.name).toBeNull();
    }
  });

  it("the product never reads the replica's own marks (data-replica-*)", () => {
    const readers = productSources().filter(({ text }) => /data-replica|replica_/.test(text));
    expect(readers.map(({ file }) => file)).toEqual([]);
  });

  it('every step on every redesigned page: never a wrong element, never a step it did not see', () => {
    const wrong: string[] = [];
    let found = 0;
    let placed = 0;
    for (const state of redesignStates) {
      const snapshot = replicaSnapshot(state);
      for (const step of ROUTE) {
        const progress = at(step.id);
        const decision = evaluate(snapshot, labelsFor('en'), progress);
        const element = decision.pointer.element;
        if (element && !isRight(decision, element))
          wrong.push(
            `${state.name} ${step.id}: <${element.localName}> for ${decision.pointer.guide.id}`,
          );
        // The destructive steps move only on the user's own press, never on a page seen.
        for (const seen of decision.seen)
          if (seen.destructive) wrong.push(`${state.name} ${step.id}: ${seen.id} inferred`);
        // The step this page is for (in the English replica): found, or said in words.
        const here = step.placements.some((p) => state.pageKinds.includes(p.page as never));
        if (!here || decision.pointer.guide.id !== step.id) continue;
        placed += 1;
        if (element) found += 1;
      }
    }
    console.log(
      `redesign in jsdom: ${found} of ${placed} (page, step) pairs found, the rest in words`,
    );
    expect(wrong).toEqual([]);
  }, 120_000);
});
