import type { ScriptContext } from './script-context';

/**
 * One content script per frame, decided in our own isolated world — not by a DOM event the
 * page can forge.
 *
 * WXT's context ends an older copy of a content script when a newer one dispatches
 * `<extension id>:content:wxt:content-script-started` on `document`. Page scripts share that
 * DOM: a page that knows the extension id (it is public for a store extension) could dispatch
 * the same event and switch the helper off — no more checks before 保存, and a false "helper was
 * updated" note (issue 9: messages from the page world are ignored). So the content script runs
 * with its own context (./script-context.ts, in place of WXT's in its build), which neither
 * sends nor hears that event, and a newer copy of our script in this frame ends the older one
 * through the isolated world's global object, which content scripts of one extension share and
 * page scripts cannot see.
 */

const CURRENT = Symbol.for('zc:content-script-context');
type IsolatedScope = typeof globalThis & { [CURRENT]?: Pick<ScriptContext, 'abort'> };

/**
 * Makes `ctx` the frame's only running copy: ends an older copy in this isolated world.
 * Idempotent for the same ctx.
 * @param ctx the content script's context.
 */
export function claimFrame(ctx: Pick<ScriptContext, 'abort'>): void {
  const scope = globalThis as IsolatedScope;
  const previous = scope[CURRENT];
  if (previous === ctx) return;
  previous?.abort('superseded');
  scope[CURRENT] = ctx;
}
