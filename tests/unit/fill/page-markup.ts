/**
 * Markup of probe pages for the fill's unit tests (a label cell and its control, a list, a box,
 * a section title), and `planPage`, which plans one with the sample profile (its job still held,
 * born 1998-05-12).
 */
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { profileSchema } from '../../../lib/profile/schema';
import type { StepId } from '../../../lib/portal/step-ids';
import sample from '../../fixtures/sample-profile.json';

export const sampleProfile = profileSchema.parse(sample.profile);

/** A table row: the label in a `<th>`, the control in the cell beside it. */
export const th = (label: string, control: string) => `<tr><th>${label}</th><td>${control}</td></tr>`;
/** A text box with this id and name, `extra` attributes appended (` value="…"`, ` disabled`). */
export const box = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}>`;
/** A list with a --请选择-- prompt, then [value, text, extra attributes] options. */
export const sel = (id: string, options: [string, string, string?][]) =>
  `<select id="${id}" name="${id}"><option value="">--请选择--</option>${options.map(([v, text, more = '']) => `<option value="${v}"${more}>${text}</option>`).join('')}</select>`;
/** The step's title as the portal writes one. */
export const title = (text: string) => `<div class="ptitle">${text}</div>`;
/** Year options `1998年`, from `from`, `more(year)` giving each one's extra attributes. */
export const years = (from: number, count: number, more: (y: number) => string = () => ''): [string, string, string][] =>
  Array.from({ length: count }, (_, i) => [String(from + i), `${from + i}年`, more(from + i)]);
/** Month options `1月` … `12月`. */
export const months = (): [string, string][] => Array.from({ length: 12 }, (_, i) => [String(i + 1), `${i + 1}月`]);
/** The value of the box or list with this id now. */
export const valueOf = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement).value;

/** Puts `html` in the document, runs `choose` (a choice set as the page had it), and plans `step` with the sample profile. */
export function planPage(html: string, step: StepId, choose: () => void = () => {}) {
  document.body.innerHTML = html;
  choose();
  const snapshot = collectSnapshot(document);
  return { snapshot, plan: planFill(snapshot, recognizeFields(snapshot, step), sampleProfile, step) };
}
