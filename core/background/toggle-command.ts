import { setVisible } from '../progress/state';
import { updateProgress } from '../progress/storage';

/** The manifest's `commands` entry: a keyboard shortcut that shows or hides the guide. */
export const TOGGLE_GUIDE_COMMAND = 'toggle-guide';

/** Flips `visible` in the stored progress; every tab's guide follows. Other commands: ignored. */
export async function handleCommand(command: string): Promise<void> {
  if (command !== TOGGLE_GUIDE_COMMAND) return;
  await updateProgress((progress) => setVisible(progress, !progress.visible));
}
