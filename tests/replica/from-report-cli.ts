/**
 * One command from a tester's report with corrections to a replica page and a failing test:
 *
 *   npx tsx tests/replica/from-report-cli.ts report.txt [name]
 *
 * writes tests/replica/reports/<name>.html (the page) and tests/unit/reports/<name>.test.ts
 * (fails until the step model finds what the user showed). See tests/replica/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { reportPageHtml, reportTestSource } from './from-report';

const [file, given] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx tests/replica/from-report-cli.ts <report.txt> [name]');
  process.exit(2);
}
const report = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
const name = (given ?? basename(file).replace(/\.[^.]+$/, '')).replace(/[^\w-]/g, '-');
const here = dirname(fileURLToPath(import.meta.url));
const dom = new JSDOM('<!doctype html><html><body></body></html>');
const page = join(here, 'reports', `${name}.html`);
const test = join(here, '..', 'unit', 'reports', `${name}.test.ts`);
mkdirSync(dirname(page), { recursive: true });
mkdirSync(dirname(test), { recursive: true });
writeFileSync(page, reportPageHtml(dom.window.document, report));
writeFileSync(test, reportTestSource(name, report));
console.log(`wrote ${page}\nwrote ${test}\nrun: npx vitest run --project unit ${test}`);
