import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectPages } from '../../core/pages';
import { labelsFor, pageLanguage } from '../../core/labels';
import { PageSnapshot } from '../../core/locate/snapshot';
import { INITIAL_PROGRESS, complete, start } from '../../core/progress/state';
import { browserMajor, formatReport } from '../../core/report/format';
import { inspectPage } from '../../core/report/inspect';
import { ROUTE } from '../../core/steps/route';
import type { StepId } from '../../core/steps/types';
import { buildReportPage, reportUrl } from '../replica/from-report';
import { locate } from '../../core/locate/locate';
import { targets } from '../../core/steps/targets';
import { loadReplicaPage, replicaState, replicaUrl } from '../replica/views';
import { isVisibleWithoutLayout } from './replica-page';
import { NEVER_IN_A_REPORT, PERSONAL, personalPath, plantPersonalData } from './planted-data';

const VERSIONS = { extension: '0.1.0', browser: 'Chrome 131' };

function at(id: StepId) {
  const index = ROUTE.findIndex((step) => step.id === id);
  const previous = ROUTE[index - 1];
  return previous ? complete(start(INITIAL_PROGRESS), previous.id) : start(INITIAL_PROGRESS);
}

function replicaDocument(name: string, query = '') {
  const state = replicaState(name);
  const url = replicaUrl(state) + query;
  const dom = new JSDOM('', { url });
  loadReplicaPage(dom.window.document, state);
  return { doc: dom.window.document, url: new URL(url) };
}

function reportOf(doc: Document, url: URL, step: StepId): string {
  return formatReport(inspectPage(doc, url, at(step), isVisibleWithoutLayout), VERSIONS);
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
      const { doc, url } = replicaDocument(name, `?orderId=${PERSONAL.order}#${PERSONAL.email}`);
      plantPersonalData(doc);
      for (const report of [reportOf(doc, url, step), reportOf(doc, personalPath(url), step)]) {
        for (const secret of NEVER_IN_A_REPORT) {
          expect(report.toLowerCase(), `${name}: ${secret}\n${report}`).not.toContain(secret);
        }
      }
      const report = reportOf(doc, url, step);
      // Still useful: it says where the target is and what surrounds it.
      expect(report).toContain('<- here');
      expect(report).toMatch(/^extension: 0\.1\.0$/m);
      expect(report).toMatch(/^browser: Chrome 131$/m);
    });
  }

  it('keeps class prefixes without their build hash', () => {
    const { doc, url } = replicaDocument('settings');
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

describe('a report turned back into a replica page', () => {
  const cases: [string, StepId, string][] = [
    ['settings', 'delete-account', 'settings'],
    // The one-screen form: its .login-submit survives a skeleton (the two-step email screen's
    // Continue is known by its label and aria-label, which a report never carries).
    ['login-classic', 'sign-in', 'login'],
    ['account', 'settings', 'account'],
  ];
  for (const [name, step, kind] of cases) {
    it(`is recognised as the same page: ${kind}`, () => {
      const { doc, url } = replicaDocument(name);
      const report = reportOf(doc, url, step);
      const dom = new JSDOM('<!doctype html><html><body></body></html>');
      const page = buildReportPage(dom.window.document, report);
      const rebuilt = new JSDOM(dom.serialize(), { url: page.url });
      const rebuiltDoc = rebuilt.window.document;
      const snapshot = new PageSnapshot(rebuiltDoc, new URL(page.url), isVisibleWithoutLayout);
      const labels = labelsFor(pageLanguage(rebuiltDoc, snapshot.url.hostname));
      expect([...detectPages(snapshot, labels)]).toContain(kind);
      expect(page.spot).not.toBeNull();
    });
  }

  it('rebuilds what the locator finds by structure: the code boxes', () => {
    // The code page is recognised by its Verify button's words, which no report carries: a
    // tester adds them by hand. The boxes themselves come back from the skeleton alone.
    const { doc, url } = replicaDocument('code-entry');
    const report = reportOf(doc, url, 'verification-code');
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: reportUrl(report) });
    buildReportPage(dom.window.document, report);
    const snapshot = new PageSnapshot(dom.window.document, url, isVisibleWithoutLayout);
    expect(locate(snapshot, targets.codeBoxes, labelsFor('en'))).not.toBeNull();
  });
});
