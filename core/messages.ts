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
}

/**
 * Only our popup page may ask to navigate. A content script's sender URL is the web page's, so
 * no page (nor our own content script) can pass for it; the popup may be open in a tab.
 */
export function isFromPopup(sender: SenderLike, extensionId: string, popupUrl: string): boolean {
  return sender.id === extensionId && sender.url?.startsWith(popupUrl) === true;
}
