/**
 * The only script injected into portal frames before their load ends: `content-scripts/loader.js`
 * (listed in the manifest at `document_start`, registered for the hosts the user added; bundled
 * on its own by `emitContentLoader` in wxt.config.ts). After the page's load (or the fallbacks of
 * ./after-load.ts) it asks the background to inject the overlay's script, `content-scripts/content.js`,
 * into this frame (lib/background/main-script.ts). Chromium takes in and compiles whatever is
 * injected at `document_start` before the load ends; the overlay's 136 KB did so on every portal
 * page and frame (traced: about 1.067 × the page's main-thread time until `load`, against
 * 0.98–1.01 for an empty or tiny script; issue 9: load ≤ 1.05 × without). This module imports
 * only ./after-load.ts, so the loader stays a few hundred bytes.
 */
import { afterPageLoad } from './after-load';

/** The loader's request to the background (lib/messaging/messages.ts `MainScriptRequest`). */
export const LOAD_MAIN_REQUEST = 'content:load-main';

/** Set on this isolated world's global object by the first loader of the frame (page scripts cannot see it). */
const STARTED = Symbol.for('zc:content-loader');

type LoaderScope = typeof globalThis & { [STARTED]?: true; chrome?: { runtime?: { sendMessage?: (message: unknown) => Promise<unknown> } } };

/**
 * Starts the frame's loader, once per frame: a second copy in the same isolated world (the
 * manifest's and a registration's both matching) does nothing. Sends `{ type: LOAD_MAIN_REQUEST }`
 * once, after the page's load, and not at all when the extension was reloaded or removed
 * meanwhile (afterPageLoad's check). A failed request (the extension went away in between) is
 * dropped: the frame then has no overlay, as a page opened without the extension.
 * @param scope the isolated world's global object (tests pass their own).
 * @param win the frame's window (tests pass their own).
 * @param connected whether the extension is still there (tests pass their own; default afterPageLoad's).
 */
export function startLoader(scope: LoaderScope = globalThis, win: Window = window, connected?: () => boolean): void {
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  afterPageLoad(
    () => {
      scope.chrome?.runtime?.sendMessage?.({ type: LOAD_MAIN_REQUEST })?.catch(() => undefined);
    },
    win,
    connected,
  );
}
