import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_BUILD } from './harness/firefox';

/** The Firefox builds we ship (MV2 only: see the README, "Firefox"). */
const FIREFOX_BUILDS = [FIREFOX_BUILD];

interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

interface LintReport {
  readonly errors: LintMessage[];
  readonly warnings: LintMessage[];
  readonly notices: LintMessage[];
}

/** web-ext lint (addons.mozilla.org's own linter, offline), as JSON. */
function webExtLint(dir: string): LintReport {
  const out = execFileSync(
    resolve('node_modules/.bin/web-ext'),
    ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
  );
  return JSON.parse(out) as LintReport;
}

/** The bundled code a warning points at. */
function codeAt(dir: string, { file, line, column }: LintMessage): string {
  if (!file || line === undefined || column === undefined) return '';
  const text = readFileSync(join(dir, file), 'utf8').split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - 60), column + 60);
}

describe.each(FIREFOX_BUILDS)('web-ext lint of %s', (dir) => {
  const report = webExtLint(dir);

  it('finds no error and no notice', () => {
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
  });

  it("warns only about Preact's innerHTML branch and the loader's import of our own module", () => {
    // Preact's renderer assigns innerHTML only for dangerouslySetInnerHTML ({__html}); ESLint
    // forbids both in our code, so that branch never runs. The content script imports the guide
    // module from the add-on's own files (runtime.getURL of a constant path), never from a page.
    // The README explains both.
    for (const warning of report.warnings) {
      expect(warning.code, warning.message).toBe('UNSAFE_VAR_ASSIGNMENT');
      const code = codeAt(dir, warning);
      if (warning.file === 'content-scripts/content.js' && /import/.test(warning.message)) {
        expect(code).toMatch(/import\(\w+\.default\.runtime\.getURL\(\w+\)\)/);
      } else {
        expect(code).toMatch(/\.innerHTML=\w+\.__html/);
      }
    }
  });
});
