import { signal, type Signal } from '@preact/signals';
import type { ChildShowing, FrameLink } from './guide/child-frames';
import {
  isChildTargetMessage,
  isFrameTargetMessage,
  type ChildTargetMessage,
  type FrameTargetMessage,
} from './messages';
import { isAliExpressUrl } from './site/hosts';

interface FrameSender {
  readonly id?: string;
  readonly url?: string;
  readonly frameId?: number;
  readonly tab?: { readonly id?: number };
}

/**
 * Background: what to pass on to a tab's top frame when a child frame reports its highlight.
 * Only our own content script in an AliExpress child frame is heard.
 */
export function relayToTop(
  message: unknown,
  sender: FrameSender,
  extensionId: string,
): { tabId: number; message: ChildTargetMessage } | null {
  if (!isFrameTargetMessage(message) || sender.id !== extensionId) return null;
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined || frameId <= 0) return null;
  if (!sender.url || !isAliExpressUrl(sender.url)) return null;
  return {
    tabId,
    message: {
      type: 'aliexit/child-target',
      frameId,
      frameUrl: sender.url,
      guide: message.guide,
      instruction: message.instruction,
    },
  };
}

/**
 * Content script: the link between this frame and the others. A child frame reports through
 * the background (frames of other hosts cannot talk directly, and page scripts must not be able
 * to forge a report); the top frame keeps what its children highlight.
 */
export function createFrameLink(
  isTop: boolean,
  send: (message: FrameTargetMessage) => void,
): FrameLink & { receive(message: unknown, sender: FrameSender, extensionId: string): void } {
  const byFrame = new Map<number, ChildShowing>();
  const children: Signal<readonly ChildShowing[]> = signal([]);
  return {
    isTop,
    ...(isTop
      ? { children }
      : {
          report: (guide, instruction) =>
            send({ type: 'aliexit/frame-target', guide, instruction }),
        }),
    receive(message, sender, extensionId) {
      // From the background only: it has our id and no tab.
      if (!isTop || !isChildTargetMessage(message) || sender.id !== extensionId || sender.tab) {
        return;
      }
      const { frameId, frameUrl, guide, instruction } = message;
      if (guide && instruction) byFrame.set(frameId, { guide, instruction, frameUrl });
      else byFrame.delete(frameId);
      children.value = [...byFrame.values()];
    },
  };
}
