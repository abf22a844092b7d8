import type { Correction } from '../corrections/types';
import { formatCorrections } from './corrections';
import type { Inspection } from './inspection';

export interface Versions {
  readonly extension: string;
  /** "Chrome 131", "Firefox 128": the browser and its major version only. */
  readonly browser: string;
}

/** The browser's name and major version from a user agent string; nothing else of it. */
export function browserMajor(userAgent: string): string {
  const firefox = /Firefox\/(\d+)/.exec(userAgent);
  if (firefox) return `Firefox ${firefox[1]}`;
  const chrome = /Chrom(?:e|ium)\/(\d+)/.exec(userAgent);
  return chrome ? `Chrome ${chrome[1]}` : 'unknown';
}

/** The tester view's facts, one per line. */
export function formatInspection(inspection: Inspection): string {
  return [
    `host: ${inspection.host}`,
    `path: ${inspection.path}`,
    `page language: ${inspection.language}`,
    `page kinds: ${inspection.pages.join(', ') || 'none'}`,
    `current step: ${inspection.step}`,
    `guide shown: ${inspection.guide}`,
    `element: ${inspection.found ? 'found' : 'not found'}`,
    `signals: ${inspection.signals.join(', ') || '-'}`,
    `score: ${inspection.score ?? '-'} (${inspection.confidence ?? '-'})`,
    `detection: ${inspection.detectionMs} ms`,
  ].join('\n');
}

/** The whole report, exactly as it is shown and copied; the user's corrections last. */
export function formatReport(
  inspection: Inspection,
  versions: Versions,
  corrections: readonly Correction[] = [],
): string {
  return [
    'AliExit page report',
    `extension: ${versions.extension}`,
    `browser: ${versions.browser}`,
    formatInspection(inspection),
    'skeleton:',
    inspection.skeleton,
    ...(corrections.length > 0 ? [formatCorrections(corrections)] : []),
  ].join('\n');
}
