import { z } from 'zod';

/**
 * A CSS selector the browser can parse (querySelector on an empty fragment throws a SyntaxError
 * for one it cannot), for the fill's tables of library markup (split-lists.schema.ts,
 * stand-ins.schema.ts). Kept with the schemas so on-demand.js carries no zod.
 */
export const cssSelector = z.string().refine((s) => {
  try {
    document.createDocumentFragment().querySelector(s);
    return true;
  } catch {
    return false;
  }
}, 'not a CSS selector');
