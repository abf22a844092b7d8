import type { LawId } from './laws';

/** EU members and the three other EEA states, where the GDPR applies (ISO 3166 codes). */
const EEA = new Set(
  (
    'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE ' + 'IS LI NO'
  ).split(' '),
);

/** Languages spoken (almost) only inside the EU: a tag without a region still tells. */
const EU_LANGUAGES = new Set(
  'bg cs da de el et fi ga hr hu it lt lv mt nl pl ro sk sl sv'.split(' '),
);

function fromRegion(region: string): LawId | null {
  if (EEA.has(region)) return 'gdpr';
  if (region === 'GB') return 'uk-gdpr';
  if (region === 'BR') return 'lgpd';
  // "US" does not say California: the CCPA is not preset for everyone in the US.
  return null;
}

/**
 * A first guess at where the user lives, from the browser's UI language and the user's
 * preferred languages ("de-AT", "pt-BR", "en-GB"): the first tag with a region decides; else a
 * language of the EU alone; else "somewhere else". The user can always change it.
 */
export function presetLaw(tags: readonly string[]): LawId {
  for (const tag of tags) {
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(tag.replace(/_/g, '-'));
    } catch {
      continue;
    }
    if (locale.region) return fromRegion(locale.region) ?? 'plain';
  }
  for (const tag of tags) {
    const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (EU_LANGUAGES.has(language)) return 'gdpr';
  }
  return 'plain';
}
