import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * docs/sources.md is where every fact about AliExpress comes from. A tag `[src:<id>]` anywhere in
 * the repository must name one of its entries, every entry must say its source, date and
 * confidence, and nothing may point at notes or trackers outside the repository.
 */
const SOURCES = readFileSync('docs/sources.md', 'utf8');
const ENTRY = /^### ([a-z0-9-]+)$/gm;
const TAG = /\[src:([a-z0-9-]+)\]/g;
/** The old bare confidence tags (a C, 1 or I in brackets) said how sure, but not who says so. */
const BARE_TAG = /(^|[\s(])\[(C|1|I)(, [\w -]+)?\]/;
/** Files and trackers a reader of this repository does not have. */
const OUTSIDE =
  /deletion-flow\.md|aliexpress-facts\.md|shared\/notes|\.\.\/shared|\bissues? #?\d+\b/i;
const FIELDS = ['Fact', 'Source', 'Date', 'Confidence'] as const;

const entries = new Map(
  [...SOURCES.matchAll(ENTRY)].map((match, index, all) => [
    match[1] ?? '',
    SOURCES.slice(match.index, all[index + 1]?.index ?? SOURCES.length),
  ]),
);

/** Every text file git tracks, but the lock file (names of packages, not claims). */
const trackedTexts = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((file) => file && !/\.(png|jpe?g|ico|zip)$/.test(file) && file !== 'package-lock.json')
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));

function lines(test: (line: string) => boolean): string[] {
  return trackedTexts.flatMap(({ file, text }) =>
    text
      .split('\n')
      .flatMap((line, index) => (test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
  );
}

describe('docs/sources.md', () => {
  it('gives every entry its fact, source, date and confidence', () => {
    expect(entries.size).toBeGreaterThan(0);
    for (const [id, body] of entries) {
      for (const field of FIELDS) expect(body, `${id}: ${field}`).toContain(`- **${field}**:`);
    }
  });

  it('names each entry once', () => {
    const ids = [...SOURCES.matchAll(ENTRY)].map((match) => match[1]);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('has an entry for every [src:…] tag in the repository', () => {
    const unknown = trackedTexts.flatMap(({ file, text }) =>
      [...text.matchAll(TAG)].flatMap((match) =>
        entries.has(match[1] ?? '') ? [] : [`${file}: [src:${match[1]}]`],
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('leaves no bare confidence tag without its source', () => {
    expect(lines((line) => BARE_TAG.test(line))).toEqual([]);
  });

  it('is what the repository points at, never notes or trackers outside it', () => {
    expect(lines((line) => OUTSIDE.test(line))).toEqual([]);
  });
});
