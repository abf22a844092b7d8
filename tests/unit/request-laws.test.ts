import { describe, expect, it } from 'vitest';
import { englishMessage } from './setup';
import {
  EMAIL_MISSING,
  NAME_MISSING,
  composeReminder,
  composeRequest,
  mailtoHref,
} from '../../core/request/compose';
import type { CalendarDate } from '../../core/request/calendar';
import { LAW_IDS, LAWS, type LawId } from '../../core/request/laws';
import { ALIEXPRESS_RECIPIENT } from '../../core/request/recipient';
import { deadlineOf } from '../../core/request/status';

const someone = { name: 'Ada Example', email: 'ada@example.org' };
const date = (value: string) => value as CalendarDate;

/** What each law's request must say: the right's article, the deadline's, and the deadline. */
const EXPECTED: Record<
  LawId,
  { right: string[]; deadline: string[]; days: number; note: string[]; authority: RegExp | null }
> = {
  gdpr: {
    right: ['Article 17 of the General Data Protection Regulation (GDPR)'],
    deadline: ['Article 12(3) GDPR', 'within one month', 'two further months'],
    days: 28, // 2027-02-01 + 1 month = 2027-03-01 (February 2027 has 28 days)
    note: ['one month', 'GDPR Art. 12(3)', 'two more months'],
    authority: /^https:\/\/www\.edpb\.europa\.eu\/.*members/,
  },
  'uk-gdpr': {
    right: ['Article 17 of the UK General Data Protection Regulation (UK GDPR)'],
    deadline: ['Article 12(3) UK GDPR', 'within one month', 'two further months'],
    days: 28,
    note: ['one month', 'UK GDPR Art. 12(3)'],
    authority: /^https:\/\/ico\.org\.uk\/make-a-complaint\/data-protection-complaints\//,
  },
  ccpa: {
    right: ['California Consumer Privacy Act', 'California Privacy Rights Act', '§ 1798.105'],
    deadline: ['§ 1798.130(a)(2)', 'within 45 days', 'once by 45 days'],
    days: 45,
    note: ['45 days', '§ 1798.130'],
    authority: /^https:\/\/cppa\.ca\.gov\/webapplications\/complaint$/,
  },
  lgpd: {
    right: ['Article 18, items IV and VI', 'LGPD, Law 13.709/2018'],
    // No number of days is claimed to AliExpress: none could be sourced for deletion.
    deadline: ['Article 18, paragraph 4, LGPD', 'immediately'],
    days: 15,
    note: ['Art. 18 § 4', '15 days', 'Art. 19 II'],
    authority: /^https:\/\/www\.gov\.br\/anpd\//,
  },
  plain: {
    right: ['delete my AliExpress account', 'erase all personal data'],
    deadline: [],
    days: 30,
    note: ['30 days'],
    authority: null,
  },
};

describe('the written request, per law', () => {
  it.each(LAW_IDS)('%s: names its article, its deadline and the recipient', (id) => {
    const expected = EXPECTED[id];
    const letter = composeRequest(id, someone);
    expect(letter.to).toBe('dataprotection.ae@aliexpress.com');
    expect(letter.to).toBe(ALIEXPRESS_RECIPIENT.email);
    const short = LAWS[id].short;
    expect(letter.subject).toBe(
      short ? `Request to erase my personal data (${short})` : 'Request to erase my personal data',
    );
    for (const text of [...expected.right, ...expected.deadline])
      expect(letter.body).toContain(text);
    expect(letter.body).toContain('Name: Ada Example');
    expect(letter.body).toContain('Email address of the account: ada@example.org');
    // The deadline the popup counts down to.
    const sentOn = date('2027-02-01');
    expect(deadlineOf({ sentOn, law: id })).toBe(
      new Date(Date.UTC(2027, 1, 1 + expected.days)).toISOString().slice(0, 10),
    );
    // The note in the user's language says the same deadline and where it comes from.
    const source = LAWS[id].deadlineSource;
    const note = englishMessage(LAWS[id].deadlineNote, source.kind === 'law' ? [source.cite] : []);
    for (const text of expected.note) expect(note).toContain(text);
    // Where to complain once the deadline has passed.
    const authority = LAWS[id].authority;
    if (expected.authority === null) expect(authority).toBeNull();
    else expect(authority?.url).toMatch(expected.authority);
  });

  it('claims a legal deadline only where the law sets one; ours are marked as ours', () => {
    const kinds = Object.fromEntries(LAW_IDS.map((id) => [id, LAWS[id].deadlineSource.kind]));
    expect(kinds).toEqual({
      gdpr: 'law',
      'uk-gdpr': 'law',
      ccpa: 'law',
      lgpd: 'ours',
      plain: 'ours',
    });
    // A request resting on no law names no article and no deadline.
    const plain = composeRequest('plain', someone).body;
    expect(plain).not.toMatch(/Article|§|within \d+ days|one month/);
    // The LGPD request states no number of days to AliExpress.
    expect(composeRequest('lgpd', someone).body).not.toMatch(/\d+ days/);
  });

  it('the reminder names the request, its day and the deadline that passed', () => {
    const sentOn = date('2027-01-31');
    const deadline = deadlineOf({ sentOn, law: 'gdpr' });
    expect(deadline).toBe('2027-02-28');
    const reminder = composeReminder('gdpr', someone, sentOn, deadline);
    expect(reminder.to).toBe(ALIEXPRESS_RECIPIENT.email);
    expect(reminder.subject).toContain('2027-01-31');
    expect(reminder.body).toContain('On 2027-01-31 I sent you a request');
    expect(reminder.body).toContain('The deadline of GDPR Art. 12(3) passed on 2027-02-28.');
    expect(composeReminder('plain', someone, sentOn, date('2027-03-02')).body).toContain(
      'More than 30 days have passed',
    );
  });

  it('stands in for a name and email not typed yet', () => {
    const letter = composeRequest('gdpr', { name: '  ', email: '' });
    expect(letter.body).toContain(`Name: ${NAME_MISSING}`);
    expect(letter.body).toContain(`Email address of the account: ${EMAIL_MISSING}`);
  });
});

describe('the mailto: link', () => {
  const tricky = { name: 'Zoë O’Neil & Co? 100%\nBcc: x@evil.test', email: 'zoë+ali@example.org' };

  it('carries the exact subject and body, encoded so that no character changes', () => {
    const letter = composeRequest('ccpa', tricky);
    const href = mailtoHref(letter);
    expect(href.startsWith('mailto:dataprotection.ae@aliexpress.com?subject=')).toBe(true);
    // Nothing a mail app could split or read differently: no raw space, line break or '+'.
    expect(href).not.toMatch(/[\s+]/);
    expect(href).toContain('%C2%A7'); // "§" as UTF-8
    expect(href).toContain('%0D%0A'); // line breaks as CRLF (RFC 6068)
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('dataprotection.ae@aliexpress.com');
    const query = new URLSearchParams(url.search);
    expect([...query.keys()]).toEqual(['subject', 'body']);
    expect(query.get('subject')).toBe(letter.subject);
    expect(query.get('body')).toBe(letter.body.replace(/\n/g, '\r\n'));
  });

  it('keeps a typed line break out of the headers: the name stays one line of the body', () => {
    const letter = composeRequest('gdpr', tricky);
    expect(letter.body).toContain('Name: Zoë O’Neil & Co? 100% Bcc: x@evil.test');
    expect(letter.body.split('\n').some((line) => line.startsWith('Bcc:'))).toBe(false);
    const query = new URLSearchParams(new URL(mailtoHref(letter)).search);
    expect(query.get('bcc')).toBeNull();
  });
});
