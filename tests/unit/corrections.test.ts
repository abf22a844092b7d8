import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeControl } from '../../core/corrections/describe';
import { attachLens, type CorrectionsLens, type Slot } from '../../core/corrections/lens';
import { elementsDescribed } from '../../core/corrections/match';
import { STALE_AFTER_MS, createCorrectionsSession } from '../../core/corrections/session';
import {
  CORRECTIONS_KEY,
  CORRECTIONS_VERSION,
  correctionsItem,
  readCorrections,
  updateCorrections,
  withRejected,
  withShowed,
} from '../../core/corrections/storage';
import type { Correction } from '../../core/corrections/types';
import { parseCorrections } from '../../core/corrections/validate';
import { evaluate } from '../../core/guide/evaluate';
import { labelsFor } from '../../core/labels';
import { PageSnapshot } from '../../core/locate/snapshot';
import { INITIAL_PROGRESS, complete, start } from '../../core/progress/state';
import { formatCorrections } from '../../core/report/corrections';
import { ROUTE } from '../../core/steps/route';
import { replicaState } from '../replica/views';
import type { ReplicaFlags } from '../replica/flags';
import { isVisibleWithoutLayout, replicaDocument } from './replica-page';
import { NEVER_IN_A_REPORT, PERSONAL, plantPersonalData } from './planted-data';

const labels = labelsFor('en');
const STEP = ROUTE.find((step) => step.id === 'delete-account');
if (!STEP) throw new Error('no delete-account step');
const SLOT: Slot = { guide: STEP.id, page: 'settings', phase: 0 };
const atStep = complete(start(INITIAL_PROGRESS), ROUTE[ROUTE.indexOf(STEP) - 1]?.id ?? 'sign-in');
// Every step before it done, so that the settings page's pointer is the step's own.
const progress = ROUTE.slice(0, ROUTE.indexOf(STEP)).reduce(
  (done, step) => complete(done, step.id),
  atStep,
);

function settingsPage(flags: ReplicaFlags = {}) {
  return replicaDocument({ ...replicaState('settings'), flags });
}

const realTarget = (doc: Document) => {
  const element = doc.querySelector(`[data-replica-target="${STEP.id}"]`);
  if (!element) throw new Error('no real target');
  return element;
};

function pointerWith(doc: Document, url: URL, lens?: CorrectionsLens) {
  const snapshot = new PageSnapshot(doc, url, isVisibleWithoutLayout);
  if (lens) attachLens(snapshot, lens);
  return evaluate(snapshot, labels, progress).pointer;
}

function correction(kind: Correction['kind'], element: Element): Correction {
  return { kind, ...SLOT, language: 'en', control: describeControl(element, labels) };
}

/** The guide session's own lens over these corrections, stored as the extension stores them. */
async function lensOf(doc: Document, corrections: readonly Correction[]): Promise<CorrectionsLens> {
  await updateCorrections(() => corrections);
  let loaded: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (loaded = resolve));
  const session = createCorrectionsSession(doc, () => loaded());
  await ready;
  return session.lens(labels);
}

describe('the replica flags the corrections are tested on', () => {
  it('relabel: the guide finds nothing and says so, and the step belongs on the page', () => {
    const { doc, url } = settingsPage({ relabel: [STEP.id] });
    const pointer = pointerWith(doc, url);
    expect(pointer.element).toBeNull();
    expect(pointer.expected).toBe(true);
    expect(pointer.slot).toEqual(SLOT);
  });

  it('decoy: the guide points at the decoy (a wrong element)', () => {
    const { doc, url } = settingsPage({ decoy: [STEP.id] });
    expect(pointerWith(doc, url).element?.getAttribute('data-replica-decoy')).toBe(STEP.id);
  });
});

describe('a correction as a ranked signal', () => {
  it('a control the user showed is found again on a fresh page, as the strongest signal', async () => {
    const first = settingsPage({ relabel: [STEP.id] });
    const showed = correction('showed', realTarget(first.doc));
    const again = settingsPage({ relabel: [STEP.id] });
    const pointer = pointerWith(again.doc, again.url, await lensOf(again.doc, [showed]));
    expect(pointer.element).toBe(realTarget(again.doc));
    expect(pointer.found?.signals).toEqual(['correction']);
    expect(pointer.confidence).toBe('high');
  });

  it('a rejected element is skipped: the next candidate is shown', async () => {
    const first = settingsPage({ decoy: [STEP.id] });
    const decoy = first.doc.querySelector('[data-replica-decoy]');
    if (!decoy) throw new Error('no decoy');
    const rejected = correction('rejected', decoy);
    const again = settingsPage({ decoy: [STEP.id] });
    expect(pointerWith(again.doc, again.url, await lensOf(again.doc, [rejected])).element).toBe(
      realTarget(again.doc),
    );
  });

  it('with nothing else to offer, a rejection leaves words, never another wrong element', async () => {
    const { doc, url } = settingsPage({ decoy: [STEP.id], relabel: [STEP.id] });
    const decoy = doc.querySelector('[data-replica-decoy]');
    if (!decoy) throw new Error('no decoy');
    const pointer = pointerWith(doc, url, await lensOf(doc, [correction('rejected', decoy)]));
    expect(pointer.element).toBeNull();
    expect(pointer.expected).toBe(true);
  });

  it('never matches a control of another role, even in the very same place', () => {
    const { doc } = settingsPage({ relabel: [STEP.id] });
    const link = realTarget(doc);
    const showed = correction('showed', link);
    expect(elementsDescribed(doc, showed.control, labels)).toEqual([link]);
    // The same link, now a button by its role (same tag, same place, same classes).
    link.setAttribute('role', 'button');
    expect(elementsDescribed(doc, showed.control, labels)).toEqual([]);
    link.removeAttribute('role');
    expect(elementsDescribed(doc, showed.control, labels)).toEqual([link]);
    // The same place now holds a button (and then a link turned into a plain text entry).
    const button = doc.createElement('button');
    button.className = link.className;
    button.append(...link.childNodes);
    link.replaceWith(button);
    expect(elementsDescribed(doc, showed.control, labels)).toEqual([]);
    const div = doc.createElement('div');
    div.className = button.className;
    button.replaceWith(div);
    expect(elementsDescribed(doc, showed.control, labels)).toEqual([]);
  });

  it('two controls that fit one description: neither is pointed at', async () => {
    const { doc, url } = settingsPage({ relabel: [STEP.id] });
    const showed = correction('showed', realTarget(doc));
    // The same section again, in a wrapper of its own: the description fits a control in each.
    const section = realTarget(doc).parentElement;
    const wrapper = doc.createElement('div');
    wrapper.append(section?.cloneNode(true) ?? '');
    section?.parentElement?.append(wrapper);
    expect(elementsDescribed(doc, showed.control, labels)).toHaveLength(2);
    expect(pointerWith(doc, url, await lensOf(doc, [showed])).element).toBeNull();
  });
});

describe('a pick that no longer finds anything', () => {
  it('is dropped once the page has had time to render and holds no control of its role', async () => {
    const { doc } = settingsPage({ relabel: [STEP.id] });
    const showed = correction('showed', realTarget(doc));
    await updateCorrections(() => [showed]);
    // A page of the same kind, rendered without a single link: the pick has nothing left.
    for (const link of doc.querySelectorAll('a')) link.replaceWith(...link.childNodes);
    let clock = 0;
    let loaded: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (loaded = resolve));
    const session = createCorrectionsSession(
      doc,
      () => loaded(),
      () => clock,
    );
    await ready;
    const lens = session.lens(labels);
    expect(lens.showed(SLOT)).toBeNull();
    // Still rendering, perhaps: kept for a while.
    clock = STALE_AFTER_MS - 1;
    expect(lens.showed(SLOT)).toBeNull();
    expect((await readCorrections()).corrections).toEqual([showed]);
    clock = STALE_AFTER_MS;
    lens.showed(SLOT);
    await expect.poll(async () => (await readCorrections()).corrections).toEqual([]);
    session.dispose();
  });

  it('is kept while the page still has a control of its role, even if it fits none', async () => {
    const { doc } = settingsPage({ relabel: [STEP.id] });
    const showed = correction('showed', realTarget(doc));
    await updateCorrections(() => [showed]);
    realTarget(doc).remove();
    let clock = 0;
    let loaded: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (loaded = resolve));
    const session = createCorrectionsSession(
      doc,
      () => loaded(),
      () => clock,
    );
    await ready;
    const lens = session.lens(labels);
    expect(lens.showed(SLOT)).toBeNull();
    clock = STALE_AFTER_MS * 10;
    expect(lens.showed(SLOT)).toBeNull();
    expect((await readCorrections()).corrections).toEqual([showed]);
    session.dispose();
  });
});

describe('stored corrections', () => {
  const sample = () => correction('showed', realTarget(settingsPage().doc));

  it('survive a round trip, and storage holds nothing until there is one', async () => {
    expect(await fakeBrowser.storage.local.get(CORRECTIONS_KEY)).toEqual({});
    expect(await readCorrections()).toEqual({ corrections: [], repaired: false });
    await updateCorrections((list) => withShowed(list, sample()));
    expect((await readCorrections()).corrections).toEqual([sample()]);
    await updateCorrections(() => []);
    expect(await fakeBrowser.storage.local.get(CORRECTIONS_KEY)).toEqual({});
  });

  it('a corrupt value is repaired in storage, never fatal', async () => {
    await fakeBrowser.storage.local.set({ [CORRECTIONS_KEY]: 'garbage' });
    expect(await readCorrections()).toEqual({ corrections: [], repaired: true });
    expect(await fakeBrowser.storage.local.get(CORRECTIONS_KEY)).toEqual({});
  });

  it('a damaged value keeps its valid entries and drops the rest', async () => {
    const good = sample();
    const withText = { ...good, control: { ...good.control, text: PERSONAL.name } };
    const badStem = { ...good, control: { ...good.control, stems: ['user--jane--doe123'] } };
    const badRole = { ...good, control: { ...good.control, role: 'jane' } };
    const badPage = { ...good, page: 'orders-of-jane' };
    await fakeBrowser.storage.local.set({
      [CORRECTIONS_KEY]: [good, withText, badStem, badRole, badPage, 42, null],
      [`${CORRECTIONS_KEY}$`]: { v: CORRECTIONS_VERSION },
    });
    expect(await readCorrections()).toEqual({ corrections: [good], repaired: true });
    expect(await correctionsItem.getValue()).toEqual([good]);
  });

  it('a value written before the item had a version is read as version 1 and validated', async () => {
    // WXT counts a value without its `$` meta as version 1: the item's migrations start there.
    const good = sample();
    await fakeBrowser.storage.local.set({ [CORRECTIONS_KEY]: [good, { kind: 'showed' }] });
    await correctionsItem.migrate();
    expect(await readCorrections()).toEqual({ corrections: [good], repaired: true });
  });

  it('a value from a later version (the extension downgraded) is validated, not fatal', async () => {
    const good = sample();
    await fakeBrowser.storage.local.set({
      [CORRECTIONS_KEY]: [good, { ...good, kind: 'showed-twice' }],
      [`${CORRECTIONS_KEY}$`]: { v: CORRECTIONS_VERSION + 1 },
    });
    await expect(correctionsItem.migrate()).rejects.toThrow();
    expect(await readCorrections()).toEqual({ corrections: [good], repaired: true });
  });

  it('showing a control withdraws its rejection; rejecting it withdraws the pick', () => {
    const showed = sample();
    const rejected = { ...showed, kind: 'rejected' as const };
    expect(withShowed([rejected], showed)).toEqual([showed]);
    expect(withRejected([showed], rejected)).toEqual([rejected]);
  });
});

describe('corrections carry nothing personal', () => {
  it('holds none of the data planted in the page, in storage or in the report', () => {
    for (const flags of [{}, { relabel: [STEP.id] }, { decoy: [STEP.id] }] as ReplicaFlags[]) {
      const { doc } = settingsPage(flags);
      plantPersonalData(doc);
      const controls = [realTarget(doc), ...doc.querySelectorAll('a, button, input, div')];
      const corrections = controls.flatMap((element) => [
        correction('showed', element),
        correction('rejected', element),
      ]);
      for (const entry of corrections) expect(parseCorrections([entry]).repaired).toBe(false);
      const text = `${JSON.stringify(corrections)}\n${formatCorrections(corrections)}`;
      for (const secret of NEVER_IN_A_REPORT) {
        expect(text.toLowerCase(), secret).not.toContain(secret);
      }
    }
  });
});
