import { isCalendarDate, type CalendarDate } from './calendar';
import { isLawId, type LawId } from './laws';

/** All AliExit keeps of a written request: the day it was sent and the law it rests on. */
export interface SentRequest {
  readonly sentOn: CalendarDate;
  readonly law: LawId;
}

export interface ParsedSent {
  readonly sent: SentRequest | null;
  /** The stored value was not valid and has been dropped. */
  readonly repaired: boolean;
}

/**
 * Whatever storage holds, as a SentRequest or none. Only the two known fields are kept: a value
 * with anything else in it is rewritten without it. Never throws.
 */
export function parseSent(raw: unknown): ParsedSent {
  if (raw === null || raw === undefined) return { sent: null, repaired: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { sent: null, repaired: true };
  const { sentOn, law, ...rest } = raw as Record<string, unknown>;
  if (!isCalendarDate(sentOn) || !isLawId(law)) return { sent: null, repaired: true };
  return { sent: { sentOn, law }, repaired: Object.keys(rest).length > 0 };
}
