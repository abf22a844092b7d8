/**
 * Where a written request goes: one sourced record, read by the composer, the mail link and the
 * popup (which shows its source and date beside it) [src:written-request-contact].
 */
export interface Recipient {
  readonly company: string;
  readonly email: string;
  /** Postal address, one line per entry, as the source gives it. */
  readonly postal: readonly string[];
  /** The language requests are to be written in. */
  readonly language: 'en';
  readonly source: {
    /** datenanfragen.de's public company database: the record itself. */
    readonly url: string;
    /** The page the record cites: AliExpress's privacy policy on rule.alibaba.com. */
    readonly cites: string;
    /** When we read the record. */
    readonly checked: string;
    /**
     * One source (which cites AliExpress's own policy), not confirmed by AliExpress to us:
     * the UI says "reported by third parties", as core/claims.ts's 'third-party' does.
     */
    readonly confidence: 'single-source';
  };
}

export const ALIEXPRESS_RECIPIENT: Recipient = {
  company: 'Alibaba.com Singapore E-Commerce Private Limited (AliExpress)',
  email: 'dataprotection.ae@aliexpress.com',
  postal: [
    'c/o Alibaba.com Singapore E-Commerce Private Limited',
    '10 Collyer Quay',
    '#10-01 Ocean Financial Centre',
    'Singapore 049315',
    'Republic of Singapore',
  ],
  language: 'en',
  source: {
    url: 'https://github.com/datenanfragen/data/blob/master/companies/aliexpress.json',
    cites: 'https://rule.alibaba.com/rule/detail/2034.htm',
    checked: '2026-12-01',
    confidence: 'single-source',
  },
};
