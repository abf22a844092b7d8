import type { MessageKey } from '../steps/types';

/** The laws a written request can rest on: where the user lives decides which one applies. */
export const LAW_IDS = ['gdpr', 'uk-gdpr', 'ccpa', 'lgpd', 'plain'] as const;
export type LawId = (typeof LAW_IDS)[number];

/** How long the company has to answer, counted from the day the request was sent. */
export interface Deadline {
  readonly unit: 'months' | 'days';
  readonly count: number;
}

/**
 * Where a claim comes from: the law's own text (read by us on `checked`), or AliExit's own
 * choice where no law we could source fixes the point.
 */
export interface LawText {
  readonly cite: string;
  readonly url: string;
  readonly checked: string;
}

export type LawSource =
  | ({ readonly kind: 'law' } & LawText)
  /** Our own interval; `basis`: the law's text that leaves the number of days open. */
  | { readonly kind: 'ours'; readonly basis?: LawText };

/** A place to complain when the deadline has passed: a static link to the authority's own page. */
export interface Authority {
  readonly name: MessageKey;
  readonly url: string;
  /** When we last saw that the page is the authority's complaint page (or list of authorities). */
  readonly checked: string;
}

export interface Law {
  readonly id: LawId;
  /** "Where you live", in the user's language. */
  readonly place: MessageKey;
  /** What the deadline is and where it comes from, in the user's language. */
  readonly deadlineNote: MessageKey;
  /** The short name used in the UI and the subject: "GDPR Art. 17". Not translated; null for a
   * request that rests on no law (the UI then says so in the user's language: lawLabel). */
  readonly short: string | null;
  /** The sentence of the request (English) that names the right and the law. */
  readonly right: string;
  /** The sentence of the request (English) that names the deadline, or null when none is set. */
  readonly deadlineSentence: string | null;
  readonly deadline: Deadline;
  /** Where the deadline comes from. */
  readonly deadlineSource: LawSource;
  readonly authority: Authority | null;
}

/**
 * The date these citations were written down and checked against what we could read then: the
 * CPPA complaint form (a capture of 2026-01-15), the ANPD's petition page and the ICO's
 * data-protection complaints page (stored copies of the authorities' own pages), LGPD Art. 18 (a
 * copy of the law's text). The other law texts and the EDPB's list of members are cited from the
 * official publications' well-known addresses, not re-read on that day. A later review re-reads
 * them and moves this date.
 */
const CHECKED = '2026-12-01';

const GDPR_TEXT = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const UK_GDPR_TEXT = 'https://www.legislation.gov.uk/eur/2016/679/contents';
const CCPA_TEXT =
  'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=1798.130.&lawCode=CIV';
const LGPD_TEXT = 'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm';

export const LAWS: Readonly<Record<LawId, Law>> = {
  gdpr: {
    id: 'gdpr',
    place: 'lawPlaceGdpr',
    deadlineNote: 'deadlineGdpr',
    short: 'GDPR Art. 17',
    right:
      'Under Article 17 of the General Data Protection Regulation (GDPR), I ask you to erase all personal data you hold about me and to delete my AliExpress account.',
    deadlineSentence:
      'Article 12(3) GDPR requires you to act on this request without undue delay and at the latest within one month of receiving it. If you extend that period (by at most two further months), tell me why within the first month.',
    deadline: { unit: 'months', count: 1 },
    deadlineSource: { kind: 'law', cite: 'GDPR Art. 12(3)', url: GDPR_TEXT, checked: CHECKED },
    // The EDPB lists every national data-protection authority of the EU and EEA.
    authority: {
      name: 'authorityEdpb',
      url: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
      checked: CHECKED,
    },
  },
  'uk-gdpr': {
    id: 'uk-gdpr',
    place: 'lawPlaceUkGdpr',
    deadlineNote: 'deadlineGdpr',
    short: 'UK GDPR Art. 17',
    right:
      'Under Article 17 of the UK General Data Protection Regulation (UK GDPR), I ask you to erase all personal data you hold about me and to delete my AliExpress account.',
    deadlineSentence:
      'Article 12(3) UK GDPR requires you to act on this request without undue delay and at the latest within one month of receiving it. If you extend that period (by at most two further months), tell me why within the first month.',
    deadline: { unit: 'months', count: 1 },
    deadlineSource: {
      kind: 'law',
      cite: 'UK GDPR Art. 12(3)',
      url: UK_GDPR_TEXT,
      checked: CHECKED,
    },
    authority: {
      name: 'authorityIco',
      url: 'https://ico.org.uk/make-a-complaint/data-protection-complaints/data-protection-complaints/',
      checked: CHECKED,
    },
  },
  ccpa: {
    id: 'ccpa',
    place: 'lawPlaceCcpa',
    deadlineNote: 'deadlineCcpa',
    short: 'CCPA § 1798.105',
    right:
      'I am a California resident. Under the California Consumer Privacy Act as amended by the California Privacy Rights Act (Cal. Civ. Code § 1798.105), I ask you to delete all personal information you have collected about me and to delete my AliExpress account.',
    deadlineSentence:
      'Cal. Civ. Code § 1798.130(a)(2) requires you to respond within 45 days of receiving this request. If you extend that period once by 45 days, tell me so within the first 45 days.',
    deadline: { unit: 'days', count: 45 },
    deadlineSource: {
      kind: 'law',
      cite: 'Cal. Civ. Code § 1798.130(a)(2)',
      url: CCPA_TEXT,
      checked: CHECKED,
    },
    authority: {
      name: 'authorityCppa',
      url: 'https://cppa.ca.gov/webapplications/complaint',
      checked: CHECKED,
    },
  },
  lgpd: {
    id: 'lgpd',
    place: 'lawPlaceLgpd',
    deadlineNote: 'deadlineLgpd',
    short: 'LGPD Art. 18',
    right:
      'Under Article 18, items IV and VI, of the Brazilian General Data Protection Law (LGPD, Law 13.709/2018), I ask you to eliminate all personal data you hold about me and to delete my AliExpress account.',
    // Art. 18 §4 asks for the step at once or a reply with the reasons why not; §5 leaves the
    // time limits to a regulation, and none for deletion could be sourced: no date is claimed.
    deadlineSentence:
      'Article 18, paragraph 4, LGPD requires you to do so immediately or to reply with the reasons that prevent it.',
    // Our own reminder: the LGPD's 15 days for a complete reply to an access request (Art. 19 II).
    deadline: { unit: 'days', count: 15 },
    deadlineSource: {
      kind: 'ours',
      basis: { cite: 'LGPD Art. 18 §§ 4–5, Art. 19 II', url: LGPD_TEXT, checked: CHECKED },
    },
    authority: {
      name: 'authorityAnpd',
      url: 'https://www.gov.br/anpd/pt-br/canais_atendimento/cidadao-titular-de-dados/peticao-de-titular-contra-controlador-de-dados/reclamacao',
      checked: CHECKED,
    },
  },
  plain: {
    id: 'plain',
    place: 'lawPlacePlain',
    deadlineNote: 'deadlinePlain',
    short: null,
    right:
      'I ask you to delete my AliExpress account and to erase all personal data you hold about me.',
    deadlineSentence: null,
    // Our own reminder interval: no law sets one here.
    deadline: { unit: 'days', count: 30 },
    deadlineSource: { kind: 'ours' },
    authority: null,
  },
};

export function isLawId(value: unknown): value is LawId {
  return (LAW_IDS as readonly unknown[]).includes(value);
}

/** The law's short name for the UI ("GDPR Art. 17"), or "no specific law" in the UI language. */
export function lawLabel(id: LawId, translate: (key: 'lawShortPlain') => string): string {
  return LAWS[id].short ?? translate('lawShortPlain');
}
