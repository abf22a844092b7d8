import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/guide/evaluate';
import { en } from '../../core/labels/en';
import { readPage, type PageReading } from '../../core/pages';
import type { PageKind } from '../../core/pages/kinds';
import { ROUTE } from '../../core/steps/route';
import { labelsFor } from '../../core/labels';
import { PageSnapshot } from '../../core/locate/snapshot';
import { browserMajor, formatReport } from '../../core/report/format';
import { inspectPage } from '../../core/report/inspect';
import type { StepId } from '../../core/steps/types';
import { buildReportPage, reportUrl } from '../replica/from-report';
import { locate } from '../../core/locate/locate';
import { targets } from '../../core/steps/targets';
import { replicaState } from '../replica/views';
import { isVisibleWithoutLayout, progressAt, replicaDocument } from './replica-page';
import { NEVER_IN_A_REPORT, PERSONAL, personalPath, plantPersonalData } from './planted-data';

const VERSIONS = { extension: '0.1.0', browser: 'Chrome 131' };

function reportOf(doc: Document, url: URL, step: StepId): string {
  return formatReport(inspectPage(doc, url, progressAt(step), isVisibleWithoutLayout), VERSIONS);
}

describe('a copied report', () => {
  const cases: [string, StepId][] = [
    ['settings', 'delete-account'],
    ['security-check', 'verification-method'],
    ['code-entry', 'verification-code'],
    ['final-confirmation', 'confirm'],
    ['home-signed-in-menu', 'settings'],
  ];
  for (const [name, step] of cases) {
    it(`holds nothing personal planted in the ${name} page`, () => {
      const { doc, url } = replicaDocument(
        replicaState(name),
        `?orderId=${PERSONAL.order}#${PERSONAL.email}`,
      );
      plantPersonalData(doc);
      const report = reportOf(doc, url, step);
      for (const text of [report, reportOf(doc, personalPath(url), step)]) {
        for (const secret of NEVER_IN_A_REPORT) {
          expect(text.toLowerCase(), `${name}: ${secret}\n${text}`).not.toContain(secret);
        }
      }
      // Still useful: it says where the target is and what surrounds it.
      expect(report).toContain('<- here');
      expect(report).toMatch(/^extension: 0\.1\.0$/m);
      expect(report).toMatch(/^browser: Chrome 131$/m);
    });
  }

  it('keeps class prefixes without their build hash', () => {
    const { doc, url } = replicaDocument(replicaState('settings'));
    const report = reportOf(doc, url, 'delete-account');
    expect(report).toMatch(/account-setting--item\b/);
    expect(report).not.toMatch(/--[\w-]*\d[\w-]*(\s|$|\.|\[)/);
  });

  it('names the browser by its major version only', () => {
    const chrome =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36';
    expect(browserMajor(chrome)).toBe('Chrome 131');
    expect(
      browserMajor('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'),
    ).toBe('Firefox 128');
  });
});

/** The report's skeleton rebuilt as a page, at the report's own address or at `address`. */
function rebuiltPage(report: string, address = reportUrl(report)) {
  const doc = new JSDOM('<!doctype html><html><body></body></html>', { url: address }).window
    .document;
  const { spot } = buildReportPage(doc, report);
  const snapshot = new PageSnapshot(doc, new URL(address), isVisibleWithoutLayout);
  return { snapshot, spot, reading: readPage(snapshot, labelsFor('en')) };
}

/** The sorts of evidence the page's main kind rests on. */
const sortsOf = (reading: PageReading) => new Set(reading.main?.evidence.map((e) => e.sort));

describe('a report turned back into a replica page', () => {
  it('is recognised as the same page from its skeleton alone, at an address that says nothing: login', () => {
    // The one-screen form: its .login-submit survives a skeleton (the two-step email screen's
    // Continue is known by its label and aria-label, which a report never carries).
    const { doc, url } = replicaDocument(replicaState('login-classic'));
    const { reading } = rebuiltPage(
      reportOf(doc, url, 'sign-in'),
      'https://www.aliexpress.com/p/report/index.html',
    );
    expect(reading.main?.kind).toBe('login');
    expect(sortsOf(reading)).toContain('control');
  });

  // A skeleton keeps no words, and these pages are proven by their words: rebuilt, they rest on
  // the address alone until the maintainer writes in the words the tester saw (the README's
  // recipe). Then the guide points at the very element the report marked.
  const byWords: [string, StepId, PageKind][] = [
    ['settings', 'delete-account', 'settings'],
    ['account', 'settings', 'account'],
  ];
  for (const [name, stepId, kind] of byWords) {
    it(`points the guide at the reported element once the words the tester saw are in: ${kind}`, () => {
      const { doc, url } = replicaDocument(replicaState(name));
      const report = reportOf(doc, url, stepId);
      const before = rebuiltPage(report);
      expect([...sortsOf(before.reading)].sort()).toEqual(['absence', 'url']);

      const step = ROUTE.find((s) => s.id === stepId);
      const label = step?.placements.find((p) => p.page === kind)?.phases[0]?.find.label;
      if (!before.spot || !label) throw new Error(`${name}: no spot or no label in the report`);
      before.spot.textContent = en[label].phrases[0] ?? '';
      const after = new PageSnapshot(
        before.snapshot.doc,
        before.snapshot.url,
        isVisibleWithoutLayout,
      );
      const reading = readPage(after, en);
      expect(reading.main?.kind).toBe(kind);
      expect(sortsOf(reading)).toContain('control');
      expect(evaluate(after, en, progressAt(stepId)).pointer.element).toBe(before.spot);
    });
  }

  it('rebuilds what the locator finds by structure: the code boxes', () => {
    // The code page is recognised by its Verify button's words, which no report carries: a
    // tester adds them by hand. The boxes themselves come back from the skeleton alone.
    const { doc, url } = replicaDocument(replicaState('code-entry'));
    const report = reportOf(doc, url, 'verification-code');
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: reportUrl(report) });
    buildReportPage(dom.window.document, report);
    const snapshot = new PageSnapshot(dom.window.document, url, isVisibleWithoutLayout);
    expect(locate(snapshot, targets.codeBoxes, labelsFor('en'))).not.toBeNull();
  });
});
