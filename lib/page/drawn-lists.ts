/**
 * Lists a UI library draws with no native `<select>` at all (antd66 ANTD66-3, IVU66-2): Ant Design
 * (antd 3 and 4, Ant Design Vue 1.x: `div.ant-select`) and iView / View UI (`div.ivu-select`) draw a
 * box showing the chosen option's text, and the options only once it is opened (antd in a
 * drop-down appended to `<body>`). The page reader (content.js) reads such a box as a list
 * (lib/page/collect.ts: kind `select`, tag `div`) whose only known option is the one it shows;
 * the fill opens it and clicks the option as a person does (lib/fill/drawn-lists.ts).
 */

/**
 * The box of a single-choice list so drawn. Not a multiple choice's (its tags are several
 * values) nor an auto-complete's (a text box offering suggestions: its box is read as a text box).
 */
export const DRAWN_LIST =
  'div.ant-select:not(.ant-select-multiple,.ant-select-auto-complete,:has(>.ant-select-selection--multiple)),div.ivu-select:not(.ivu-select-multiple,.ivu-auto-complete)';

/**
 * Where such a box shows its choice: antd 4's selection item, antd 3's (and Ant Design Vue 1.x's)
 * selected value, iView's selected value, and the box of a filterable iView list, which holds the
 * chosen option's text. The placeholder (请选择) is an element of its own, never read.
 */
const SHOWN = '.ant-select-selection-item,.ant-select-selection-selected-value,.ivu-select-selected-value,input.ivu-select-input';

/**
 * The text a drawn list (DRAWN_LIST) shows as chosen.
 * @param box the list's box. @returns the chosen option's text, trimmed; "" when only its placeholder shows.
 */
export const drawnChoice = (box: Element): string =>
  Array.from(box.querySelectorAll(SHOWN), (e) => ((e as HTMLInputElement).value ?? e.textContent ?? '').trim()).find(Boolean) ?? '';
