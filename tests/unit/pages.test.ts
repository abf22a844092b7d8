import { describe, expect, it } from 'vitest';
import { labelsFor, pageLanguage } from '../../core/labels';
import { DETECTORS, readPage, type PageReading } from '../../core/pages';
import { HOLDS, urlMatches, type PageDetector } from '../../core/pages/detector';
import { MAIN_KINDS, type PageKind } from '../../core/pages/kinds';
import {
  replicaState,
  replicaStates,
  replicaVariantStates,
  type ReplicaSpec,
} from '../replica/views';
import { replicaSnapshot } from './replica-page';

function read(state: ReplicaSpec): PageReading {
  const snapshot = replicaSnapshot(state);
  return readPage(snapshot, labelsFor(pageLanguage(snapshot.doc, snapshot.url.hostname)));
}

const strength = (reading: PageReading, kind: PageKind) =>
  reading.readings.find((r) => r.kind === kind)?.strength ?? 0;

/** What a replica state truly is, in the reading's terms (what an iframe shows is its own page). */
function truth(state: ReplicaSpec): { main?: PageKind; around: PageKind[] } {
  const all = [...replicaStates, ...replicaVariantStates];
  const framed = new Set(all.find((other) => other.name === state.frame)?.pageKinds ?? []);
  const kinds = state.pageKinds.filter(
    (kind): kind is PageKind => kind !== 'not-covered' && !framed.has(kind),
  );
  const main = kinds.find((kind) => (MAIN_KINDS as readonly string[]).includes(kind));
  return { ...(main ? { main } : {}), around: kinds.filter((kind) => kind !== main) };
}

// refined-github's github-url-detection style: each detector's own samples are positives, every
// other detector's samples are negatives (unless that page is of both kinds).
describe("each detector on its own samples and on every other detector's", () => {
  for (const detector of DETECTORS) {
    it(`${detector.kind} holds on its sample pages`, () => {
      for (const name of detector.samples.pages) {
        expect(strength(read(replicaState(name)), detector.kind), name).toBeGreaterThanOrEqual(
          HOLDS,
        );
      }
    });

    it(`${detector.kind} does not hold on another detector's sample pages`, () => {
      const others = DETECTORS.filter((other) => other !== detector).flatMap(
        (other) => other.samples.pages,
      );
      for (const name of new Set(others)) {
        const state = replicaState(name);
        if ((state.pageKinds as string[]).includes(detector.kind)) continue;
        if (truth(state).main === undefined && detector.sort === 'main') continue;
        expect(read(state).kinds.has(detector.kind), name).toBe(false);
      }
    }, 120_000);

    if (detector.urls) {
      const urls = detector.urls;
      it(`${detector.kind}'s URL patterns match its sample URLs and no other detector's`, () => {
        for (const url of detector.samples.urls ?? [])
          expect(urlMatches(new URL(url), urls), url).toBe(true);
        const others = DETECTORS.filter((other: PageDetector) => other !== detector).flatMap(
          (other) => other.samples.urls ?? [],
        );
        for (const url of others) expect(urlMatches(new URL(url), urls), url).toBe(false);
      });
    }
  }
});

describe('every replica page, in every language and variant, is of its one main kind', () => {
  for (const state of [...replicaStates, ...replicaVariantStates]) {
    const { main, around } = truth(state);
    it(`${state.name} is ${main ?? 'unknown'} with ${around.join(' + ') || 'nothing'} around`, () => {
      const reading = read(state);
      expect(reading.main?.kind).toBe(main);
      expect(reading.around.map((r) => r.kind).sort()).toEqual([...around].sort());
    });
  }
});

describe('progress rests on proof', () => {
  const routePages = replicaStates.filter((state) => {
    const { main } = truth(state);
    return main !== undefined && !['home', 'orders', 'product'].includes(main);
  });
  for (const state of routePages) {
    it(`${state.name}: its main kind is proven from two sorts of evidence`, () => {
      const reading = read(state);
      expect(reading.main?.strong, JSON.stringify(reading.main?.evidence)).toBe(true);
    });
  }
});
