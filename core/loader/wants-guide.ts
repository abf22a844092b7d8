import { PROGRESS_KEY } from '../progress/key';

/**
 * Whether stored progress asks for the guide on the page: started and not hidden. Anything else,
 * corrupt values included, is a no: the guide's own model validates and repairs what it reads,
 * and the popup repairs it on opening.
 */
export function wantsGuide(stored: unknown): boolean {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return false;
  const { running, visible } = stored as { running?: unknown; visible?: unknown };
  return running === true && visible !== false;
}

/** The parts of browser.storage the loader uses: structural, so a test can hand in fakes. */
interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
}
type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
interface ChangeEvents {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
}

/**
 * Calls `onWanted` once, as soon as stored progress asks for the guide: now, or on a later change
 * (Start in the popup, the keyboard shortcut, another tab). Until then the page is not touched:
 * one read, and one listener on the extension's own storage events. Returns the disposer.
 */
export function whenGuideWanted(
  local: LocalArea,
  onChanged: ChangeEvents,
  onWanted: () => void,
): () => void {
  let done = false;
  const listener: ChangeListener = (changes, area) => {
    if (area === 'local' && PROGRESS_KEY in changes) check(changes[PROGRESS_KEY]?.newValue);
  };
  const stop = () => {
    done = true;
    onChanged.removeListener(listener);
  };
  const check = (stored: unknown) => {
    if (done || !wantsGuide(stored)) return;
    stop();
    onWanted();
  };
  onChanged.addListener(listener);
  void local.get(PROGRESS_KEY).then(
    (items) => check(items[PROGRESS_KEY]),
    () => undefined,
  );
  return stop;
}
