import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_SETS } from '../../core/labels';
import type { LabelKey } from '../../core/labels/types';
import { SITE_LANGUAGE_CODES } from '../../core/site/languages';
import { ROUTE } from '../../core/steps/route';
import { SIDE_GUIDES } from '../../core/steps/side-guides';
import type { Guide } from '../../core/steps/types';

/**
 * The README's recipes ("Add or fix a step", "Add a language", "A label changed on the site")
 * promise that a place left out fails a test naming it. These are the checks that no compiler
 * error already gives (tsc names a missing STEP_IDS entry, LabelKey, label in a label set, or
 * English message), each failing with the file to change.
 */

const LOCALES = 'public/_locales';
const FOLDERS = readdirSync(LOCALES).filter((name) => statSync(join(LOCALES, name)).isDirectory());
const CATALOGUES = new Map(
  FOLDERS.map((folder) => [
    folder,
    JSON.parse(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8')) as Record<
      string,
      unknown
    >,
  ]),
);

/** Every replica HTML file, read once: the pages a correct guide is tested against. */
function htmlUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlUnder(path);
    return name.endsWith('.html') ? [readFileSync(path, 'utf8')] : [];
  });
}
const REPLICA = htmlUnder('tests/replica/site').join('\n');

function textKeys(guide: Guide): string[] {
  return [
    ...Object.values(guide.text),
    ...guide.placements.flatMap((placement) =>
      placement.phases.flatMap((phase) => (phase.instruction ? [phase.instruction] : [])),
    ),
    ...('ask' in guide && typeof guide.ask === 'string' ? [guide.ask] : []),
  ];
}

function labelKeys(guide: Guide): LabelKey[] {
  return guide.placements.flatMap((placement) => [
    ...(placement.when?.label ? [placement.when.label] : []),
    ...placement.phases.flatMap((phase) =>
      [phase.find, ...(phase.alternatives ?? [])].flatMap((spec) =>
        spec.label ? [spec.label] : [],
      ),
    ),
  ]);
}

describe.each([...ROUTE, ...SIDE_GUIDES].map((guide) => ({ id: guide.id, guide })))(
  'the "Add or fix a step" recipe, for $id',
  ({ id, guide }) => {
    it('has its texts in every UI catalogue', () => {
      const missing = FOLDERS.flatMap((folder) =>
        textKeys(guide)
          .filter((key) => CATALOGUES.get(folder)?.[key] === undefined)
          .map((key) => `${LOCALES}/${folder}/messages.json: "${key}"`),
      );
      expect(missing, `${id}: add these messages`).toEqual([]);
    });

    it("has its targets' labels in every label set", () => {
      const missing = SITE_LANGUAGE_CODES.flatMap((code) =>
        labelKeys(guide)
          .filter((key) => !(LABEL_SETS[code][key]?.phrases.length ?? 0))
          .map((key) => `core/labels/${code}.ts: ${key}`),
      );
      expect(missing, `${id}: add these labels`).toEqual([]);
    });

    it('is marked on a replica page wherever it points at something', () => {
      const points = guide.placements.some((placement) => placement.phases.length > 0);
      if (!points) return expect(guide.placements.length, `${id}: no page`).toBeGreaterThan(0);
      expect(
        REPLICA.includes(`data-replica-target="${id}"`),
        `${id}: no page under tests/replica/site marks the element a correct guide highlights ` +
          `(data-replica-target="${id}"); add one, and its state to tests/replica/views.ts`,
      ).toBe(true);
    });
  },
);

describe('the "Add a language" recipe', () => {
  it('registers every label file in core/labels/index.ts and core/site/languages.ts', () => {
    const files = readdirSync('core/labels')
      .map((name) => /^([a-z]{2})\.ts$/.exec(name)?.[1])
      .filter((code): code is string => code !== undefined);
    const registered = new Set<string>(Object.keys(LABEL_SETS));
    const listed = new Set<string>(SITE_LANGUAGE_CODES);
    const unregistered = files.filter((code) => !registered.has(code) || !listed.has(code));
    expect(
      unregistered.map((code) => `core/labels/${code}.ts`),
      'label files that are no site language: list each in core/site/languages.ts and in ' +
        'LABEL_SETS (core/labels/index.ts)',
    ).toEqual([]);
  });
});

describe('the "A label changed on the site" recipe', () => {
  it('leaves docs/labels.md as scripts/label-sources.ts prints it from core/labels/en.ts', () => {
    const rows = (markdown: string) =>
      markdown
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .map((line) => line.split('|').map((cell) => cell.trim()));
    const printed = execFileSync('npx', ['tsx', 'scripts/label-sources.ts'], { encoding: 'utf8' });
    expect(
      rows(readFileSync('docs/labels.md', 'utf8')),
      'docs/labels.md is stale: run `npx tsx scripts/label-sources.ts > docs/labels.md` and ' +
        '`npx prettier --write docs/labels.md`',
    ).toEqual(rows(printed));
  }, 30_000);
});
