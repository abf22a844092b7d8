import type { Label, Meaning } from '../labels/types';

/**
 * Text comparison that tolerates what differs between captures of the same label: case,
 * spacing, accents, punctuation and line breaks inside the element.
 */
export function normalizeText(text: string): string {
  // Plain ASCII (most of a page) has no accents to fold: skip the costly Unicode passes. So does
  // ASCII with stars, arrows, dashes, currency signs or emoji (a product card's rating, "→").
  if (normalizesAsAscii(text)) return text.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
  return foldUnicode(text);
}

/** normalizeText's full path, for any text: the fast path must give the same (text.test.ts). */
export function foldUnicode(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // German ß is written "ss" in capitals (and in Swiss German): one spelling for both.
      .replace(/ß/g, 'ss')
      // Turkish dotless ı loses its difference from i in capitals ("KAYIT"): fold it.
      .replace(/ı/g, 'i')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

const NON_ASCII = /[^\u0020-\u007e\t\n\r\f\v]/;

/**
 * Whether normalizeText takes its ASCII path (lowercase, each run of other characters one space):
 * printable ASCII and white space, with or without inert characters (INERT). Its normalised
 * text is then never longer than the raw one, and wherever it holds a word, the raw text's
 * lowercase holds that word's longest run of letters and digits: a walk of the page's texts need
 * not normalise it to know either (a feed's "★ 4.8", "US $12.99 →").
 */
export function normalizesAsAscii(text: string): boolean {
  return !NON_ASCII.test(text) || ASCII_OR_INERT.test(text);
}

/**
 * Non-ASCII characters that the Unicode passes below turn into a separator and nothing else
 * (no letter, digit or mark comes out of them): spaces, punctuation, currency signs, arrows,
 * shapes, dingbats, emoji. Not ①, ™, ℃, ₨ or ｆｕｌｌｗｉｄｔｈ: those fold into letters or digits.
 * Each one is checked against the full passes in text.test.ts.
 */
const INERT =
  /[\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u2000-\u206f\u20a0-\u20a7\u20a9-\u20cf\u2190-\u23ff\u2500-\u2775\u2794-\u27bf\u2b00-\u2bff]|\ud83c[\udf00-\udfff]|\ud83d[\udc00-\udfff]|\ud83e[\udc00-\udeff]/g;
/** The whole text ASCII or inert: one test, where leaving the inert out first built a string. */
const ASCII_OR_INERT = new RegExp(`^(?:[\\u0020-\\u007e\\t\\n\\r\\f\\v]|${INERT.source})*$`);
/** In ASCII, `[^\p{L}\p{N}]` is everything but letters and digits. */
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

/**
 * How well a name fits a label: 3 exact, 2 close (the phrase with a function word more or less,
 * or the label's word groups), 1 its meaning only (meanings.ts: counts only with the control's
 * role and place), 0 none.
 */
export type TextFit = 0 | 1 | 2 | 3;

/** Names much longer than the phrase are paragraphs that merely mention it. */
const MAX_EXTRA_CHARS = 24;

/** Scripts written without spaces between words: matched by substring, not by whole words. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;
/** Share of a phrase's words a name must have to be close ("Delete my account" ~ "Delete account"). */
const CLOSE_WORD_SHARE = 0.75;

export interface NormalizedLabel {
  /** Phrases and variants. */
  readonly phrases: readonly string[];
  /** For each phrase, the words of which a close name holds at least one (see labelWords). */
  readonly mustHold: readonly (readonly string[])[];
  readonly allWords?: readonly (readonly string[])[];
  readonly alternativeWords?: readonly (readonly string[])[];
  readonly meanings: readonly Meaning[];
  /**
   * Words that may surround a phrase without changing what the control does: the language's
   * function words, and the label's own words (of its phrases and meanings).
   */
  readonly besideWords: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  /**
   * For each non-empty phrase, its words and how many of them a text must hold to fit it (see
   * mayFitInside): split once, as the mutation filter asks this of every changed card.
   */
  readonly phraseWords: readonly PhraseWords[];
  /** Whether a phrase is of a script written without spaces (its words cannot stand alone). */
  readonly unspaced: boolean;
}

interface PhraseWords {
  readonly words: readonly string[];
  readonly needed: number;
}

/** A label's phrases and words normalised once, not once per name compared. */
const normalizedLabels = new WeakMap<Label, NormalizedLabel>();

export function normalizedLabel(label: Label): NormalizedLabel {
  let normalized = normalizedLabels.get(label);
  if (!normalized) {
    const groups = (list: readonly (readonly string[])[] | undefined) =>
      list?.map((group) => group.map(normalizeText));
    const allWords = groups(label.allWords);
    const alternativeWords = groups(label.alternativeWords);
    const phrases = [...label.phrases, ...(label.variants ?? [])].map(normalizeText);
    normalized = {
      phrases,
      mustHold: phrases.map(mustHoldOneOf),
      meanings: label.meaning?.meanings ?? [],
      besideWords: new Set([
        ...(label.meaning?.functionWords ?? []),
        ...phrases.flatMap((phrase) => phrase.split(' ')),
        ...(label.meaning?.meanings ?? []).flatMap((m) => [
          ...m.groups.flat().flatMap((word) => word.split(' ')),
          ...(m.fillers ?? []),
        ]),
      ]),
      functionWords: new Set(label.meaning?.functionWords ?? []),
      phraseWords: phrases.filter(Boolean).map((phrase) => {
        const words = phrase.split(' ');
        return {
          words,
          needed: words.length < 2 ? words.length : Math.ceil(words.length * CLOSE_WORD_SHARE),
        };
      }),
      unspaced: phrases.some((phrase) => UNSPACED.test(phrase)),
      ...(allWords ? { allWords } : {}),
      ...(alternativeWords ? { alternativeWords } : {}),
    };
    normalizedLabels.set(label, normalized);
  }
  return normalized;
}

export function fitLabel(name: string, label: Label): TextFit {
  return fitNormalized(normalizeText(name), label);
}

/** fitLabel for a name already passed through normalizeText (the page snapshot's texts). */
export function fitNormalized(normalized: string, label: Label): TextFit {
  if (!normalized) return 0;
  const { phrases, mustHold, allWords, alternativeWords, meanings, besideWords, functionWords } =
    normalizedLabel(label);
  let best: TextFit = 0;
  for (const [index, wanted] of phrases.entries()) {
    if (normalized === wanted) return 3;
    if (best === 0 && isClose(normalized, wanted, mustHold[index] ?? [], besideWords)) best = 2;
  }
  if (best === 0 && hasAllWordGroups(normalized, allWords)) best = 2;
  if (best === 0 && hasAllWordGroups(normalized, alternativeWords)) best = 2;
  if (best === 0 && meanings.some((m) => fitsMeaning(normalized, m, functionWords))) best = 1;
  return best;
}

/**
 * A phrase inside a longer name is the same label only when what surrounds it are function
 * words or the label's own words ("Delete my account" ~ "Delete account"); a word of another
 * meaning makes it running text ("Suscripciones por correo electrónico" is not "Por correo
 * electrónico", "Verify your email address to get a coupon" is not "Verify").
 */
function isClose(
  name: string,
  phrase: string,
  mustHold: readonly string[],
  besideWords: ReadonlySet<string>,
): boolean {
  if (name.length > phrase.length + MAX_EXTRA_CHARS) return false;
  // Unspaced scripts have no words to weigh: the phrase must be most of the name.
  if (UNSPACED.test(phrase)) return name.includes(phrase) && name.length <= phrase.length * 2;
  // Cheap and necessary: most names hold none of these words, and need no splitting.
  if (!mustHold.some((word) => name.includes(word))) return false;
  const nameWords = name.split(' ');
  const phraseWords = phrase.split(' ');
  if (!nameWords.every((word) => phraseWords.includes(word) || besideWords.has(word))) return false;
  if (` ${name} `.includes(` ${phrase} `)) return true;
  if (phraseWords.length < 2 || nameWords.length > phraseWords.length + 2) return false;
  const present = phraseWords.filter((word) => nameWords.includes(word)).length;
  return present / phraseWords.length >= CLOSE_WORD_SHARE;
}

/** Longest name a meaning may fit unless it is a sentence: a control says little. */
const MAX_MEANING_WORDS = 8;

/**
 * The name says the meaning: a word of every group, and (unless a sentence) nothing else but
 * the meaning's fillers and the language's function words.
 */
function fitsMeaning(name: string, meaning: Meaning, functionWords: ReadonlySet<string>): boolean {
  if (!meaning.groups.every((group) => group.some((word) => name.includes(word)))) return false;
  const words = name.split(' ');
  // A meaning written in an unspaced script is matched by substring; a spaced one never takes
  // an unspaced run of text as one of its words.
  const unspaced = meaning.groups.some((group) => group.some((word) => UNSPACED.test(word)));
  const holds = (word: string) =>
    unspaced
      ? name.includes(word)
      : word.includes(' ')
        ? ` ${name} `.includes(` ${word} `)
        : words.some((w) => w === word || (word.length >= 4 && w.includes(word)));
  if (!meaning.groups.every((group) => group.some(holds))) return false;
  if (meaning.sentence || unspaced) return true;
  if (words.length > MAX_MEANING_WORDS) return false;
  const said = meaning.groups.flat().flatMap((word) => word.split(' '));
  const fillers = meaning.fillers ?? [];
  return words.every(
    (w) =>
      functionWords.has(w) ||
      fillers.includes(w) ||
      said.some((word) => w === word || (word.length >= 4 && w.includes(word))),
  );
}

/**
 * Every group has a word in the name. A word also counts inside a longer one (Arabic and Hebrew
 * attach articles and prepositions, Turkish suffixes) when it is long enough not to be chance.
 */
function hasAllWordGroups(
  normalized: string,
  groups: readonly (readonly string[])[] | undefined,
): boolean {
  if (!groups) return false;
  // Each word counts only where it is a substring: most names fail this cheap test at once.
  if (!groups.every((group) => group.some((word) => normalized.includes(word)))) return false;
  const words = normalized.split(' ');
  const unspaced = UNSPACED.test(normalized);
  return groups.every((group) =>
    group.some((word) => {
      if (unspaced) return normalized.includes(word);
      return words.some((w) => w === word || (word.length >= 4 && w.includes(word)));
    }),
  );
}

/**
 * Words of which every text that fits the label holds one (as a substring, after
 * normalisation). A close name may miss a quarter of a phrase's words, so a phrase gives as many
 * of its longest words as may be missing, plus one; a meaning match gives the words of one of
 * its groups. Most texts of a page hold none of them, and need no closer look.
 */
export function labelWords(label: Label): readonly string[] {
  const { phrases, allWords, alternativeWords, meanings } = normalizedLabel(label);
  const fromPhrases = phrases.flatMap(mustHoldOneOf);
  const oneGroup = (groups: readonly (readonly string[])[] | undefined) =>
    [...(groups ?? [])].sort((a, b) => shortest(b) - shortest(a))[0] ?? [];
  return [
    ...new Set([
      ...fromPhrases,
      ...oneGroup(allWords),
      ...oneGroup(alternativeWords),
      ...meanings.flatMap((meaning) => oneGroup(meaning.groups)),
    ]),
  ].filter(Boolean);
}

/** A phrase's longest words, as many as a close name may leave out, plus one. */
function mustHoldOneOf(phrase: string): string[] {
  const words = phrase.split(' ');
  const mayMiss = words.length - Math.ceil(words.length * CLOSE_WORD_SHARE);
  return [...words].sort((a, b) => b.length - a.length).slice(0, Math.max(0, mayMiss) + 1);
}

/** One search for any of the words. */
export function wordsPattern(words: readonly string[]): RegExp {
  const escaped = [...new Set(words)].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'));
}

/** Whether a raw text may fit a label whose words the pattern searches for. */
export function mayHold(raw: string, pattern: RegExp): boolean {
  return pattern.test(FOLDS_INTO_LETTERS.test(raw) ? normalizeText(raw) : raw.toLowerCase());
}

/**
 * Characters that normalising can turn into plain letters or digits (accented and other
 * non-ASCII letters, marks, digits). A text without them (ASCII with a star, an arrow, a
 * currency sign) holds a label's word only if its lowercase already does.
 */
const FOLDS_INTO_LETTERS = /[^\p{ASCII}\p{S}\p{P}\p{Z}]/u;

function shortest(words: readonly string[]): number {
  return Math.min(...words.map((word) => word.length));
}

/**
 * Whether the label could fit some text inside this one (normalised): a fitting inner text is
 * part of the outer one, so the outer holds, as substrings, at least the share of a phrase's
 * words a close name needs, or a word of every group of a meaning match.
 */
export function mayFitInside(normalized: string, label: Label): boolean {
  const { phraseWords, allWords, alternativeWords, meanings } = normalizedLabel(label);
  const groupsHeld = (groups: readonly (readonly string[])[] | undefined) =>
    groups !== undefined &&
    groups.every((group) => group.some((word) => normalized.includes(word)));
  return (
    phraseWords.some((phrase) => holdsEnough(phrase, (word) => normalized.includes(word))) ||
    groupsHeld(allWords) ||
    groupsHeld(alternativeWords) ||
    meanings.some((meaning) => groupsHeld(meaning.groups))
  );
}

/** Whether at least `needed` of the phrase's words pass the test (left as soon as they do). */
function holdsEnough({ words, needed }: PhraseWords, holds: (word: string) => boolean): boolean {
  let held = 0;
  for (let i = 0; i < words.length && held < needed; i++) {
    if (holds(words[i] ?? '')) held++;
    // Too few words are left to reach the share: no need to look at them.
    else if (held + words.length - i - 1 < needed) return false;
  }
  return held >= needed;
}

/**
 * The text nodes under an element (their values, in order) as a label's words can be read from
 * them: each node's text normalised alone, and where two nodes are glued together (no separator
 * between them: "Acc" + "ount" in two spans) the word that forms across them. An element's text
 * is the concatenation of a run of these nodes, so a word of it either lies in one node, bounded
 * there by separators or the node's edges, or forms across a glued junction.
 */
export interface TextNodeWords {
  /** Each node's text, normalised alone (empty ones left out). */
  readonly pieces: readonly string[];
  /**
   * The words that may form across glued junctions: from a word's start or a node's edge to a
   * node's edge or a word's end, over at least one junction ("Ba" + "ck": "back").
   */
  readonly glued: ReadonlySet<string>;
}

export function textNodeWords(values: readonly string[]): TextNodeWords {
  const pieces: string[] = [];
  /** For each piece, whether it is glued to the one before it. */
  const gluedBefore: boolean[] = [];
  let previousRaw: string | undefined;
  let between = '';
  for (const value of values) {
    const piece = normalizeText(value);
    if (!piece) {
      // A space, a mark or an empty node: it may join or part its neighbours (checked below).
      between += value;
      continue;
    }
    const last = pieces[pieces.length - 1];
    gluedBefore.push(
      last !== undefined &&
        previousRaw !== undefined &&
        normalizeText(previousRaw + between + value) !== `${last} ${piece}`,
    );
    pieces.push(piece);
    previousRaw = value;
    between = '';
  }
  const glued = new Set<string>();
  for (let i = 1; i < pieces.length; i++) {
    if (!gluedBefore[i]) continue;
    // The run of glued text across this junction, and where its nodes meet in it.
    let run = lastWord(pieces[i - 1] ?? '');
    const edges = [0, run.length];
    // A one-word node glued on both sides carries the run on to the next one.
    for (let j = i; j < pieces.length; j++) {
      const piece = pieces[j] ?? '';
      run += firstWord(piece);
      edges.push(run.length);
      if (piece.includes(' ') || !gluedBefore[j + 1]) break;
    }
    for (let from = 0; from < edges.length; from++) {
      for (let to = from + 2; to < edges.length; to++) glued.add(run.slice(edges[from], edges[to]));
    }
  }
  return { pieces, glued };
}

function lastWord(piece: string): string {
  return piece.slice(piece.lastIndexOf(' ') + 1);
}

function firstWord(piece: string): string {
  const space = piece.indexOf(' ');
  return space < 0 ? piece : piece.slice(0, space);
}

/** Whether the word may be a whole word of the text of some element over these nodes. */
function mayStandAlone(word: string, { pieces, glued }: TextNodeWords): boolean {
  for (const piece of pieces) {
    for (let at = piece.indexOf(word); at >= 0; at = piece.indexOf(word, at + 1)) {
      const end = at + word.length;
      if ((at === 0 || piece[at - 1] === ' ') && (end === piece.length || piece[end] === ' ')) {
        return true;
      }
    }
  }
  return glued.has(word);
}

/**
 * mayFitInside, told the element's text nodes too (read only if needed): a label matched only by
 * its phrases, in a spaced script, fits a text only where the phrase's words are whole words of
 * it (see isClose), so a word inside a longer one ("back" in "Backlit") counts only where a node
 * ends or two nodes are glued there. Labels matched on meaning or word groups accept a word
 * inside a longer one (Arabic, Hebrew and Turkish affixes): for them the substring test stands.
 */
export function mayFitInsideNodes(
  normalized: string,
  label: Label,
  nodes: () => TextNodeWords,
): boolean {
  if (!mayFitInside(normalized, label)) return false;
  const { phraseWords, allWords, alternativeWords, meanings, unspaced } = normalizedLabel(label);
  if (allWords || alternativeWords || meanings.length > 0 || unspaced) return true;
  const read = nodes();
  return phraseWords.some((phrase) => holdsEnough(phrase, (word) => mayStandAlone(word, read)));
}
