import type { CalendarDate } from './calendar';
import { LAWS, type LawId } from './laws';
import { ALIEXPRESS_RECIPIENT, type Recipient } from './recipient';

/** What the user typed: used for the text only, never stored (see storage.ts). */
export interface Requester {
  readonly name: string;
  readonly email: string;
}

export interface Letter {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/** Stand-ins in the text until the user has typed the real ones. */
export const NAME_MISSING = '[your name]';
export const EMAIL_MISSING = "[your account's email]";

/** " (GDPR Art. 17)" after a sentence or subject; nothing for a request that rests on no law. */
function inParentheses(short: string | null): string {
  return short ? ` (${short})` : '';
}

/** One line, trimmed: a name or email has no line breaks of its own. */
function field(value: string, missing: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line === '' ? missing : line;
}

function signature(requester: Requester): readonly string[] {
  const name = field(requester.name, NAME_MISSING);
  const email = field(requester.email, EMAIL_MISSING);
  return [`Name: ${name}`, `Email address of the account: ${email}`];
}

/** The written request, in English (the language AliExpress's record asks for). */
export function composeRequest(
  lawId: LawId,
  requester: Requester,
  recipient: Recipient = ALIEXPRESS_RECIPIENT,
): Letter {
  const law = LAWS[lawId];
  const lines = [
    'Dear Data Protection Team,',
    '',
    law.right,
    '',
    'My account:',
    ...signature(requester),
    '',
    'Please use the details above only to find my account and my data; I do not consent to any new processing of them.',
    ...(law.deadlineSentence ? ['', law.deadlineSentence] : []),
    'Please confirm in writing, to the email address above, once my data has been erased. If you refuse any part of this request, tell me which part and why.',
    '',
    'Kind regards,',
    field(requester.name, NAME_MISSING),
  ];
  return {
    to: recipient.email,
    subject: `Request to erase my personal data${inParentheses(law.short)}`,
    body: lines.join('\n'),
  };
}

/** The follow-up once the deadline has passed: it names the request's date and deadline. */
export function composeReminder(
  lawId: LawId,
  requester: Requester,
  sentOn: CalendarDate,
  deadline: CalendarDate,
  recipient: Recipient = ALIEXPRESS_RECIPIENT,
): Letter {
  const law = LAWS[lawId];
  const passed =
    law.deadlineSource.kind === 'law'
      ? `The deadline of ${law.deadlineSource.cite} passed on ${deadline}.`
      : `More than ${String(law.deadline.count)} days have passed, on ${deadline}.`;
  const lines = [
    'Dear Data Protection Team,',
    '',
    `On ${sentOn} I sent you a request to erase my personal data and delete my AliExpress account${inParentheses(law.short)}. ${passed} I have not received a confirmation that my data has been erased.`,
    '',
    'Please erase my data and confirm it in writing without further delay. Otherwise I will lodge a complaint with the competent data-protection authority.',
    '',
    'My account:',
    ...signature(requester),
    '',
    'Kind regards,',
    field(requester.name, NAME_MISSING),
  ];
  return {
    to: recipient.email,
    subject: `Reminder: request to erase my personal data of ${sentOn}${inParentheses(law.short)}`,
    body: lines.join('\n'),
  };
}

/**
 * A `mailto:` link (RFC 6068): the address as it is, subject and body percent-encoded as UTF-8,
 * line breaks as CRLF ("%0D%0A"), spaces as "%20" (a "+" would reach the mail app as a "+").
 */
export function mailtoHref(letter: Letter): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${letter.to}?subject=${encode(letter.subject)}&body=${encode(letter.body)}`;
}

/** The text "Copy the text" puts on the clipboard: who it goes to, the subject, the body. */
export function letterText(letter: Letter): string {
  return `To: ${letter.to}\nSubject: ${letter.subject}\n\n${letter.body}`;
}
