import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { describeControl } from '../../core/corrections/describe';
import { attachLens, type CorrectionsLens } from '../../core/corrections/lens';
import type { Correction } from '../../core/corrections/types';
import { labelsFor } from '../../core/labels';
import { INITIAL_PROGRESS, complete, start } from '../../core/progress/state';
import { formatReport } from '../../core/report/format';
import { inspectPage } from '../../core/report/inspect';
import { ROUTE } from '../../core/steps/route';
import { reportCorrections, reportPageHtml, reportTestSource } from '../replica/from-report';
import { guideFindsReportTarget } from '../replica/from-report-check';
import { replicaState } from '../replica/views';
import { isVisibleWithoutLayout, replicaDocument } from './replica-page';

const STEP = 'delete-account';
const labels = labelsFor('en');
const progress = ROUTE.slice(
  0,
  ROUTE.findIndex((step) => step.id === STEP),
).reduce((done, step) => complete(done, step.id), start(INITIAL_PROGRESS));

/** A tester's report from the renamed settings page, after they showed AliExit the entry. */
function testersReport(): string {
  const { doc, url } = replicaDocument({ ...replicaState('settings'), flags: { relabel: [STEP] } });
  const target = doc.querySelector(`[data-replica-target="${STEP}"]`);
  if (!target) throw new Error('no target');
  const showed: Correction = {
    kind: 'showed',
    guide: STEP,
    page: 'settings',
    phase: 0,
    language: 'en',
    control: describeControl(target, labels),
  };
  const lens: CorrectionsLens = { showed: () => target, rejected: () => undefined };
  const inspection = inspectPage(
    doc,
    url,
    progress,
    isVisibleWithoutLayout,
    undefined,
    (snapshot) => attachLens(snapshot, lens),
  );
  expect(inspection.signals).toEqual(['correction']);
  return formatReport(inspection, { extension: '0.1.0', browser: 'Chrome 131' }, [showed]);
}

describe('a report with corrections, turned into a replica page and a test', () => {
  it('reads the corrections back from the report', () => {
    expect(reportCorrections(testersReport())).toEqual([
      expect.objectContaining({ kind: 'showed', guide: STEP, page: 'settings', phase: 0 }),
    ]);
  });

  it('marks what the user showed as the target; the test fails until a label finds it', () => {
    const report = testersReport();
    const html = reportPageHtml(
      new JSDOM('<!doctype html><html><body></body></html>').window.document,
      report,
    );
    const page = new JSDOM(html, { url: 'https://www.aliexpress.com/account/setting/index.html' });
    const doc = page.window.document;
    const target = doc.querySelector(`[data-replica-target="${STEP}"]`);
    expect(target?.localName).toBe('a');
    // The report carries no words of the page: the step model cannot find it yet.
    expect(guideFindsReportTarget(doc, STEP)).toBe(false);
    // The maintainer writes in what the tester saw (or fixes the label): then it passes.
    target?.append(doc.createTextNode('Delete account'));
    expect(guideFindsReportTarget(doc, STEP)).toBe(true);
  });

  it('writes a test that names the step, the page and the report address', () => {
    const source = reportTestSource('renamed-settings', testersReport());
    expect(source).toContain(`"${STEP}"`);
    expect(source).toContain('reports/renamed-settings.html');
    expect(source).toContain('https://www.aliexpress.com/account/setting/index.html');
  });

  it('writes a test that reads the page from where the command writes it', () => {
    // from-report-cli.ts writes tests/replica/reports/<name>.html; the test runs from the root.
    const name = 'from-report-unit-check';
    const page = `tests/replica/reports/${name}.html`;
    const html = reportPageHtml(
      new JSDOM('<!doctype html><html><body></body></html>').window.document,
      testersReport(),
    );
    mkdirSync('tests/replica/reports', { recursive: true });
    writeFileSync(page, html);
    try {
      const read = /readFileSync\('([^']+)', 'utf8'\)/.exec(
        reportTestSource(name, testersReport()),
      );
      expect(read?.[1]).toBeDefined();
      expect(readFileSync(read?.[1] ?? '', 'utf8')).toBe(html);
    } finally {
      rmSync(page);
    }
  });
});
