import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_SETS, labelsFor } from '../../core/labels';
import type { LabelKey } from '../../core/labels/types';
import { labelWords, mayHold, wordsPattern } from '../../core/locate/text';
import { SITE_LANGUAGES } from '../../core/site/languages';
import type { TargetSpec } from '../../core/locate/spec';
import { targets } from '../../core/steps/targets';

const KEYS = Object.keys(LABEL_SETS.en) as LabelKey[];

/** The labels a target names (core/steps/targets.ts): the locator reads `labels[spec.label]`. */
const byTargets = new Set<string>(
  (Object.values(targets) as TargetSpec[]).flatMap((spec) => (spec.label ? [spec.label] : [])),
);

/**
 * The labels a page detector reads (core/pages/*.ts: `labels.<key>`, headings and marks). Read
 * from the source: a detector reads a label only on the page it is about, so no one page would
 * show them all. A key read another way (`labels[key]`) would be reported as unused: loud, not
 * silent.
 */
const detectorFiles = readdirSync('core/pages').filter((file) => file.endsWith('.ts'));
const byDetectors = new Map<string, string[]>();
for (const file of detectorFiles) {
  for (const [, key] of readFileSync(`core/pages/${file}`, 'utf8').matchAll(/\blabels\.(\w+)/g)) {
    if (key) byDetectors.set(key, [...(byDetectors.get(key) ?? []), file]);
  }
}

describe('every label', () => {
  it('is read by a target or a page detector (else it only costs the mutation filter work)', () => {
    const unused = KEYS.filter((key) => !byTargets.has(key) && !byDetectors.has(key));
    expect(
      unused,
      `label keys no target (core/steps/targets.ts) and no detector (core/pages) reads: ` +
        `${unused.join(', ')}. Remove each from LabelKey (core/labels/types.ts) and from all ` +
        `${SITE_LANGUAGES.length} label files (core/labels/<lang>.ts), or read it.`,
    ).toEqual([]);
  });

  it('that a detector or a target names exists in the label sets', () => {
    const known = new Set<string>(KEYS);
    const unknown = [...byDetectors.keys()].filter((key) => !known.has(key));
    expect(unknown, 'labels.<key> in core/pages with no such label').toEqual([]);
  });
});

/**
 * The code step's label is read as a heading only. A phrase of the bare word ("Code") would make
 * every text holding it (a coupon code, a barcode, "Use code SAVE10") wake the guide's mutation
 * filter, and fit a banner headed "Code". The word for "code" in each language that had it.
 */
const BARE_CODE: Readonly<Record<string, string>> = {
  en: 'code',
  de: 'code',
  fr: 'code',
  nl: 'code',
  es: 'código',
  pt: 'código',
  it: 'codice',
  id: 'kode',
  pl: 'kod',
  tr: 'kod',
  ru: 'код',
  he: 'קוד',
  ar: 'الرمز',
  vi: 'mã',
};

describe('the code heading label', () => {
  it('is no bare "code": a coupon line wakes no label word, in any language', () => {
    for (const [lang, word] of Object.entries(BARE_CODE)) {
      const set = labelsFor(lang);
      const banner = `Coupon ${word} SAVE10`;
      const phrases = set.verificationCode.phrases.map((phrase) => phrase.toLowerCase());
      expect(phrases, `${lang}: verificationCode`).not.toContain(word);
      const words = labelWords(set.verificationCode);
      expect(
        mayHold(banner, wordsPattern(words)),
        `${lang}: "${banner}" holds a word of verificationCode (${words.join(', ')})`,
      ).toBe(false);
    }
  });
});
