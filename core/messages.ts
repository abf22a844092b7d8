/**
 * Messages between the extension's own pages. One typed shape each; anything else, or anything
 * from another sender, is ignored.
 */
export interface ContinueMessage {
  readonly type: 'aliexit/continue';
}

export type Message = ContinueMessage;

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    (value as { type?: unknown }).type === 'aliexit/continue'
  );
}

interface SenderLike {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: unknown;
}

/** Only the popup (an extension page, not a tab's content script) may ask to navigate. */
export function isFromPopup(sender: SenderLike, extensionId: string, popupUrl: string): boolean {
  return (
    sender.id === extensionId &&
    sender.tab === undefined &&
    sender.url?.startsWith(popupUrl) === true
  );
}
