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
  const skeleton = report.split('\nskeleton:\n')[1] ?? '';
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
    if (here) spot = element;
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= depth) stack.pop();
    const parent = stack[stack.length - 1]?.element ?? body;
    if (element !== body) parent.append(element);
    stack.push({ depth, element });
  }
  doc.body.replaceWith(body);
  return { url: reportUrl(report), spot };
}
