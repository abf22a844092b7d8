import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { OverlayPort } from '../../core/guide/controller';
import { OVERLAY_HOST } from '../../core/guide/target-mark';
import overlayCss from './overlay.css?inline';
import targetAnchorCss from './target-anchor.css?inline';

/**
 * The `<aliexit-overlay>` shadow-root UI, created on first use, so that an idle page never sees
 * it. `draw` renders into its container; removing it unmounts the Preact tree first.
 */
export function lazyOverlay(
  ctx: ContentScriptContext,
  draw: (container: HTMLElement) => void,
): OverlayPort {
  let ui: Promise<ShadowRootContentScriptUi<undefined>> | undefined;
  let wanted = false;
  return {
    mount() {
      wanted = true;
      ui ??= createShadowRootUi<undefined>(ctx, {
        name: OVERLAY_HOST,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: overlayCss,
        // Keys typed in the card stay in the card: page shortcuts must not fire.
        isolateEvents: true,
        onMount: (container) => {
          draw(container);
          return undefined;
        },
        onRemove: () => undefined,
      });
      void ui.then((created) => {
        if (!wanted) return;
        // Rules that must live in the page's tree (see target-anchor.css), in the host's light
        // DOM: inside <aliexit-overlay>, added with it in one change, gone with it.
        if (!created.shadowHost.querySelector(':scope > style')) {
          const style = document.createElement('style');
          style.textContent = targetAnchorCss;
          created.shadowHost.append(style);
        }
        created.mount();
      });
    },
    remove() {
      wanted = false;
      void ui?.then((created) => {
        render(null, created.uiContainer);
        created.remove();
      });
    },
  };
}
