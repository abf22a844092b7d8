import type { ProgressChange } from './progress/changes';
import { STEP_IDS } from './steps/types';

/**
 * Messages between the extension's own pages. One typed shape each; anything else, or anything
 * from another sender, is ignored.
 */
export interface ContinueMessage {
  readonly type: 'aliexit/continue';
}

/**
 * A child frame's content script tells what it highlights (a guide id, and the instruction key
 * for it), or that it shows nothing (both null).
 */
export interface FrameTargetMessage {
  readonly type: 'aliexit/frame-target';
  readonly guide: string | null;
  readonly instruction: string | null;
}

/** The background passes a child frame's report on to the tab's top frame, with its address. */
export interface ChildTargetMessage {
  readonly type: 'aliexit/child-target';
  readonly frameId: number;
  readonly frameUrl: string;
  readonly guide: string | null;
  readonly instruction: string | null;
}

/** A content script asks the background to record a step's outcome, or to hide the guide. */
export type ProgressMessage = ProgressChange & { readonly type: 'aliexit/progress' };

/** The popup's tester view asks the tab's top frame what it sees (core/report/inspect.ts). */
export interface InspectMessage {
  readonly type: 'aliexit/inspect';
}

/**
 * The popup asks the tab's top frame whether its card asks "Did you …?" (a destructive step
 * the user was not seen doing, on a page that looks past it). Answered only by a running guide.
 */
export interface AskingMessage {
  readonly type: 'aliexit/asking';
}

/** The guide's answer: the question key its card shows, or null when it asks nothing. */
export interface AskingAnswer {
  readonly ask: string | null;
}

export type Message = ContinueMessage;

const GUIDE_ID = /^[a-z][a-z-]{1,40}$/;
const MESSAGE_KEY = /^[A-Za-z][A-Za-z0-9_]{1,60}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

const isGuideOrNull = (value: unknown) =>
  value === null || (typeof value === 'string' && GUIDE_ID.test(value));
const isKeyOrNull = (value: unknown) =>
  value === null || (typeof value === 'string' && MESSAGE_KEY.test(value));

export function isMessage(value: unknown): value is Message {
  return isRecord(value) && hasExactly(value, ['type']) && value.type === 'aliexit/continue';
}

export function isFrameTargetMessage(value: unknown): value is FrameTargetMessage {
  return (
    isRecord(value) &&
    hasExactly(value, ['type', 'guide', 'instruction']) &&
    value.type === 'aliexit/frame-target' &&
    isGuideOrNull(value.guide) &&
    isKeyOrNull(value.instruction)
  );
}

export function isChildTargetMessage(value: unknown): value is ChildTargetMessage {
  return (
    isRecord(value) &&
    hasExactly(value, ['type', 'frameId', 'frameUrl', 'guide', 'instruction']) &&
    value.type === 'aliexit/child-target' &&
    Number.isInteger(value.frameId) &&
    (value.frameId as number) > 0 &&
    typeof value.frameUrl === 'string' &&
    isGuideOrNull(value.guide) &&
    isKeyOrNull(value.instruction)
  );
}

export function isInspectMessage(value: unknown): value is InspectMessage {
  return isRecord(value) && hasExactly(value, ['type']) && value.type === 'aliexit/inspect';
}

export function isAskingMessage(value: unknown): value is AskingMessage {
  return isRecord(value) && hasExactly(value, ['type']) && value.type === 'aliexit/asking';
}

/** The answer's shape (which question it may be is the popup's to decide: components/popup). */
export function isAskingAnswer(value: unknown): value is AskingAnswer {
  return isRecord(value) && hasExactly(value, ['ask']) && isKeyOrNull(value.ask);
}

const STEPS: ReadonlySet<unknown> = new Set(STEP_IDS);

export function isProgressMessage(value: unknown): value is ProgressMessage {
  if (!isRecord(value) || value.type !== 'aliexit/progress') return false;
  if (value.change === 'hide') return hasExactly(value, ['type', 'change']);
  return (
    hasExactly(value, ['type', 'change', 'step']) &&
    (value.change === 'complete' || value.change === 'reopen') &&
    STEPS.has(value.step)
  );
}

interface SenderLike {
  readonly id?: string;
  readonly url?: string;
}

/**
 * Only our popup page may ask to navigate. A content script's sender URL is the web page's, so
 * no page (nor our own content script) can pass for it; the popup may be open in a tab.
 */
/** Our own content script, in a tab: a web page cannot message the extension at all. */
export function isFromOwnContentScript(
  sender: SenderLike & { readonly tab?: unknown },
  extensionId: string,
): boolean {
  return sender.id === extensionId && sender.tab !== undefined;
}

export function isFromPopup(sender: SenderLike, extensionId: string, popupUrl: string): boolean {
  return sender.id === extensionId && sender.url?.startsWith(popupUrl) === true;
}
