import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Inspection } from '../report/inspect';

/** What the guide module (entrypoints/content/guide.tsx) gives the content script that loads it. */
export interface GuideModule {
  startGuide(ctx: ContentScriptContext): Promise<StartedGuide>;
}

export interface StartedGuide {
  /** The tester view's fresh look at the page (core/report/inspect.ts). */
  inspect(): Inspection;
  /** The question the card asks now ("Did you delete it?…"), or null (core/messages AskingAnswer). */
  asking(): string | null;
}

/**
 * Where the build puts the guide module and its chunks, inside the extension
 * (scripts/guide-module-build.ts): the folder is what pages may load from.
 */
export const GUIDE_MODULE_DIR = 'content-scripts/guide';
export const GUIDE_MODULE_PATH = `/${GUIDE_MODULE_DIR}/guide.js`;
