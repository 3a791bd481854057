/**
 * Set to `true` in the content script's build only (wxt.config.ts `define`); undefined in every
 * other bundle, in the tests and in the scripts.
 */
declare const __ZC_CONTENT_SCRIPT__: true | undefined;

/**
 * Whether the recognisers write their evidence: why a control was given a field key
 * (lib/fields/recognize.ts FieldMatch.evidence) and a page its step (lib/portal/recognize-step.ts
 * StepRecognition.evidence, and the runner-up step). Its one reader is the page-structure export
 * (lib/diagnostics/build.ts), which runs in on-demand.js and recognises the page again there; the
 * content script reads none of it. So the content script's build leaves the sentences and the
 * code that writes them out — about 330 bytes gzip of its budget (issue 9) — and its evidence
 * lists stay empty (no runner-up either). on-demand.js, the other bundles, the tests and the
 * scripts write them.
 */
export const EXPLAINED: boolean = typeof __ZC_CONTENT_SCRIPT__ === 'undefined';
