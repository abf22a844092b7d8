/**
 * Turns a tester's "Copy a report" text (core/report/format.ts) back into a page: the skeleton's
 * tags, roles, input types and class prefixes (given a stand-in hash), at the report's host and
 * path. A report from the field becomes a fixture for the detectors and the locator.
 */

export interface ReportPage {
  readonly url: string;
  /** The element the report marked with `<- here`, if any. */
  readonly spot: Element | null;
}

const LINE = /^(\s*)([a-z][a-z0-9-]*)((?:\.[\w-]+)*)((?:\[[a-z]+=[a-z0-9-]+\])*)(\s+<- here)?$/;

export function reportUrl(report: string): string {
  const host = /^host: (.+)$/m.exec(report)?.[1] ?? 'www.aliexpress.com';
  const path = /^path: (.+)$/m.exec(report)?.[1] ?? '/';
  return `https://${host}${path}`;
}

/** Builds the report's skeleton into `doc`'s body (which it replaces). */
export function buildReportPage(doc: Document, report: string): ReportPage {
  // The skeleton ends where the user's corrections begin (core/report/corrections.ts).
  const skeleton = (report.split('\nskeleton:\n')[1] ?? '').split('\ncorrections:\n')[0] ?? '';
  const body = doc.createElement('body');
  const stack: { depth: number; element: Element }[] = [];
  let spot: Element | null = null;
  for (const line of skeleton.split('\n')) {
    const match = LINE.exec(line);
    if (!match) continue; // "… 3 more"
    const [, indent = '', tag = 'div', classes = '', attributes = '', here] = match;
    const depth = indent.length / 2;
    const element = tag === 'body' ? body : doc.createElement(tag);
    const names = classes.split('.').filter(Boolean);
    // A module class's stem gets a hash again, as a build would give it.
    const withHash = names.map((name) => (name.includes('--') ? `${name}--r3p0rt` : name));
    if (withHash.length > 0) element.setAttribute('class', withHash.join(' '));
    for (const [, name = '', value = ''] of attributes.matchAll(/\[([a-z]+)=([a-z0-9-]+)\]/g)) {
      element.setAttribute(name, value);
    }
    // A report keeps no link targets; a link on the page had one, and so is a link (role) here.
    if (tag === 'a') element.setAttribute('href', '#');
    if (here) spot = element;
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= depth) stack.pop();
    const parent = stack[stack.length - 1]?.element ?? body;
    if (element !== body) parent.append(element);
    stack.push({ depth, element });
  }
  doc.body.replaceWith(body);
  return { url: reportUrl(report), spot };
}

/** A correction as the report writes it (core/report/corrections.ts): what the user showed. */
export interface ReportedCorrection {
  readonly kind: 'showed' | 'rejected';
  readonly guide: string;
  readonly page: string;
  readonly phase: number;
  readonly language: string;
  /** The description's fields, as written (role=link tag=a …). */
  readonly fields: Readonly<Record<string, string>>;
}

const CORRECTION_LINE =
  /^ {2}(showed|rejected) ([a-z-]+) on ([a-z-]+) phase (\d+) lang ([a-z]+): (.*)$/;

export function reportCorrections(report: string): ReportedCorrection[] {
  const section = report.split('\ncorrections:\n')[1] ?? '';
  return section.split('\n').flatMap((line) => {
    const match = CORRECTION_LINE.exec(line);
    if (!match) return [];
    const [, kind, guide = '', page = '', phase = '0', language = 'en', rest = ''] = match;
    const fields = Object.fromEntries(
      rest.split(' ').map((pair) => pair.split('=') as [string, string]),
    );
    return [
      {
        kind: kind === 'rejected' ? 'rejected' : 'showed',
        guide,
        page,
        phase: Number(phase),
        language,
        fields,
      },
    ];
  });
}

/**
 * The report as a replica page: the skeleton rebuilt, and the element the report marks
 * `<- here` (the user's own pick, when the guide ran with it) carrying
 * `data-replica-target="<step>"` like every replica target. Its words are not in any report:
 * a comment says where to write what the tester saw.
 */
export function reportPageHtml(doc: Document, report: string): string {
  const page = buildReportPage(doc, report);
  const showed = reportCorrections(report).find((correction) => correction.kind === 'showed');
  if (page.spot && showed) {
    page.spot.setAttribute('data-replica-target', showed.guide);
    page.spot.append(
      doc.createComment(' what the site shows here (words from the tester), if a label is wrong '),
    );
  }
  return `<!doctype html>\n<!-- from a tester's report: ${page.url} -->\n${doc.documentElement.outerHTML}\n`;
}

/** The test a report becomes: the guide, without the user's correction, finds what they showed. */
export function reportTestSource(name: string, report: string): string {
  const showed = reportCorrections(report).find((correction) => correction.kind === 'showed');
  if (!showed) throw new Error('the report holds no element the user showed');
  return `import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { guideFindsReportTarget } from '../../replica/from-report-check';

// Made by tests/replica/from-report.ts from a tester's report: it fails until the step model
// (a label in core/labels/, or the target in core/steps/targets.ts) finds what the user showed.
it('finds what the user showed for "${showed.guide}" on the ${showed.page} page', () => {
  // From the repository's root, where vitest runs (a URL from import.meta.url is no file URL
  // under the unit project's jsdom, and readFileSync refuses it).
  const html = readFileSync('tests/replica/reports/${name}.html', 'utf8');
  const dom = new JSDOM(html, { url: ${JSON.stringify(reportUrl(report))} });
  expect(guideFindsReportTarget(dom.window.document, ${JSON.stringify(showed.guide)})).toBe(true);
});
`;
}
