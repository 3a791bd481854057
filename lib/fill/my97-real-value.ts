/**
 * My97 DatePicker's real value: a box declaring `vel:'hidCSRQ'` shows its date one way
 * (dateFmt 'yyyy年MM月dd日') and keeps the date the server reads in another field, the `vel`
 * one, written in `realDateFmt` (My97's default 'yyyy-MM-dd') — by the picker, when a date is
 * picked. The fill types the box without opening the picker, so it writes that field too, as a
 * person picking the date would have had it written; else the box shows the date, the report says
 * 已填写, and the server receives none (fill 45).
 */
import { setNativeValue } from './events';
import { formatDate, readFilledDate } from './dates';

/** My97's default realDateFmt (its documentation: "realDateFmt: 'yyyy-MM-dd'"). */
const MY97_REAL_DATE_FORMAT = 'yyyy-MM-dd';

/** What declares a box's picker: its own handlers and an icon's right after it (WdatePicker({el:'txtCSRQ', vel:…})). */
function pickerHandlers(el: HTMLInputElement): string {
  const icon = el.nextElementSibling;
  return [el.getAttribute('onfocus'), el.getAttribute('onclick'), icon?.getAttribute('onclick')].join(' ');
}

/**
 * Writes a My97 box's `vel` field with the date just written into the box.
 * @param el the box, holding `written`. @param written its text, a date as the page writes it
 *   (readFilledDate: "1998年05月12日", "1998-05-12 00:00:00").
 * @returns true when a `vel` field was written; false when the box declares none, the field is
 *   no input on the page, or the text is no date of four-digit year. Never throws.
 */
export function writeMy97RealValue(el: HTMLInputElement, written: string): boolean {
  const handlers = pickerHandlers(el);
  const vel = /\bvel\s*:\s*['"]([^'"]+)['"]/.exec(handlers)?.[1];
  const real = vel ? el.ownerDocument.getElementById(vel) : null;
  const date = readFilledDate(written);
  if (!(real instanceof HTMLInputElement) || !date || date.year < 1000) return false;
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${date.year}-${pad(date.month)}${date.day === undefined ? '' : `-${pad(date.day)}`}`;
  const text = formatDate(iso, /realDateFmt\s*:\s*['"]([^'"]+)['"]/.exec(handlers)?.[1] ?? MY97_REAL_DATE_FORMAT);
  if (!text.ok) return false;
  setNativeValue(real, text.text);
  return true;
}
