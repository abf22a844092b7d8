import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Inspection } from '../report/inspect';

/** What the guide module (entrypoints/content/guide.tsx) gives the content script that loads it. */
export interface GuideModule {
  startGuide(ctx: ContentScriptContext): Promise<StartedGuide>;
}

export interface StartedGuide {
  /** The tester view's fresh look at the page (core/report/inspect.ts). */
  inspect(): Inspection;
}

/** Where the build puts the guide module, inside the extension (scripts/guide-module-build.ts). */
export const GUIDE_MODULE_PATH = '/content-scripts/guide/guide.js';
