import type { FieldKey } from './keys';

/**
 * The recogniser's answer for one control (lib/fields/recognize.ts).
 * `key: null` means "not recognised"; `ambiguous` lists the competing keys when the scorer
 * refused to choose (shown to the user as `needs-user`). How it was decided — `score`, `evidence`,
 * `taught` — only the page-structure export reads (lib/diagnostics/build.ts, which recognises the
 * page again in on-demand.js): absent in the content script's build (./explained.ts), whose
 * matches the checks and a fill read by their key and ties alone.
 */
export interface FieldMatch {
  /** Index into PageSnapshot.controls. */
  control: number;
  key: FieldKey | null;
  /** 0..1; only matches at or above the dictionary's threshold carry a key. Absent in the content script. */
  score?: number;
  /** Human-readable reasons, e.g. `label "公民身份号码" (cell-left)`, `name token SFZH`. Absent in the content script. */
  evidence?: string[];
  ambiguous: FieldKey[];
  /** The mapping came from the user's teach mode / a field-map pack rather than the dictionary. Absent in the content script. */
  taught?: boolean;
}

/** What a page shows for one field key: the values the user actually entered. */
export interface PageFieldValue {
  key: FieldKey;
  control: number;
  /** Normalised display value: for selects the selected option's text, for radios the checked choice's text, for checkboxes "true"/"false". */
  value: string;
  /** The label shown on the page (normalised), for messages. */
  label: string;
}
