import { ROLES, type Role } from '../locate/roles';
import { PAGE_KINDS } from '../pages/kinds';
import type { Correction, ControlDescription } from './types';
import { HREF_SHAPE_NAMES, KNOWN_STEMS, LANGUAGES, REGIONS, TAG_NAMES } from './vocabulary';

export interface ParsedCorrections {
  readonly corrections: readonly Correction[];
  /** The stored value held something else too, and has been replaced by its valid part. */
  readonly repaired: boolean;
}

/** More than this many corrections is no user's doing: the oldest are dropped. */
export const MAX_CORRECTIONS = 40;
const GUIDE_ID = /^[a-z][a-z-]{1,40}$/;

/**
 * Whatever storage holds, read into valid corrections: an entry with a word outside the fixed
 * vocabulary, or any field more or less, is dropped. Never throws.
 */
export function parseCorrections(raw: unknown): ParsedCorrections {
  if (raw === null || raw === undefined) return { corrections: [], repaired: false };
  if (!Array.isArray(raw)) return { corrections: [], repaired: true };
  const corrections = raw.flatMap((entry) => parseCorrection(entry) ?? []).slice(-MAX_CORRECTIONS);
  return { corrections, repaired: corrections.length !== raw.length };
}

function parseCorrection(raw: unknown): Correction | undefined {
  if (!hasExactly(raw, ['kind', 'guide', 'page', 'phase', 'language', 'control'])) return undefined;
  const control = parseControl(raw.control);
  if (
    (raw.kind !== 'showed' && raw.kind !== 'rejected') ||
    typeof raw.guide !== 'string' ||
    !GUIDE_ID.test(raw.guide) ||
    !oneOf(PAGE_KINDS, raw.page) ||
    !smallInteger(raw.phase) ||
    !oneOf(LANGUAGES, raw.language) ||
    !control
  )
    return undefined;
  return {
    kind: raw.kind,
    guide: raw.guide,
    page: raw.page,
    phase: raw.phase,
    language: raw.language,
    control,
  };
}

const CONTROL_KEYS = [
  'role',
  'tag',
  'parentTag',
  'stems',
  'index',
  'siblings',
  'parentIndex',
  'region',
  'href',
  'labelMatched',
] as const;

function parseControl(raw: unknown): ControlDescription | undefined {
  if (!hasExactly(raw, CONTROL_KEYS)) return undefined;
  const { role, tag, parentTag, stems, index, siblings, parentIndex, region, href } = raw;
  const valid =
    (role === null || (typeof role === 'string' && ROLES.has(role))) &&
    oneOf(TAG_NAMES, tag) &&
    oneOf(TAG_NAMES, parentTag) &&
    Array.isArray(stems) &&
    stems.every((stem) => oneOf(KNOWN_STEMS, stem)) &&
    smallInteger(index) &&
    smallInteger(siblings) &&
    smallInteger(parentIndex) &&
    oneOf(REGIONS, region) &&
    (href === null || oneOf(HREF_SHAPE_NAMES, href)) &&
    typeof raw.labelMatched === 'boolean';
  if (!valid) return undefined;
  return {
    role: role as Role | null,
    tag,
    parentTag,
    stems: [...new Set(stems)].sort(),
    index,
    siblings,
    parentIndex,
    region,
    href,
    labelMatched: raw.labelMatched as boolean,
  };
}

function oneOf<T extends string>(known: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (known as readonly string[]).includes(value);
}

function smallInteger(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 50;
}

function hasExactly<K extends string>(
  value: unknown,
  keys: readonly K[],
): value is Record<K, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}
