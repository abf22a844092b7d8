import type { Correction } from '../corrections/types';

/**
 * The user's corrections as report lines: what their site showed instead of what the guide
 * expected. Only the description's own fixed words (core/corrections/vocabulary.ts) and numbers.
 * tests/replica/from-report.ts reads these lines back.
 */
export function formatCorrections(corrections: readonly Correction[]): string {
  if (corrections.length === 0) return '';
  return [
    'corrections:',
    ...corrections.map(({ kind, guide, page, phase, language, control }) =>
      [
        `  ${kind} ${guide} on ${page} phase ${phase} lang ${language}:`,
        `role=${control.role ?? '-'}`,
        `tag=${control.tag}`,
        `parent=${control.parentTag}`,
        `index=${control.index}/${control.siblings}`,
        `parent-index=${control.parentIndex}`,
        `region=${control.region}`,
        `href=${control.href ?? '-'}`,
        `label=${control.labelMatched ? 'yes' : 'no'}`,
        `stems=${control.stems.join(',') || '-'}`,
      ].join(' '),
    ),
  ].join('\n');
}
