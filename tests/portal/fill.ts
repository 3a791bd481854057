import type { Frame, Page } from 'playwright-core';
import { controlId, type FieldDef, type PageDef } from './pages';

/**
 * Test-side form filling for the practice portal, driven by its page table: the portal's own
 * tests use it to play the applicant (the extension has its own recogniser and never sees this).
 * Values are the visible texts (option texts, not codes), as a user would pick them.
 */

/**
 * Selects the option whose text, trimmed of its padding (spaces, &nbsp;, full-width spaces),
 * equals `text`, and fires `change` like a user's choice.
 * @throws Error when no option has that text.
 */
export async function selectByText(frame: Frame, selector: string, text: string): Promise<void> {
  const value = await frame.$eval(
    selector,
    (el, wanted) => {
      const option = Array.from((el as HTMLSelectElement).options).find((o) => o.text.trim() === wanted);
      return option ? option.value : null;
    },
    text,
  );
  if (value === null) throw new Error(`${selector} has no option "${text}"`);
  await frame.selectOption(selector, value);
}

/**
 * Sets a read-only date box the way the page's calendar would (value, then `change`).
 * @param date `YYYY-MM-DD` or "".
 */
export async function setDate(frame: Frame, selector: string, date: string): Promise<void> {
  await frame.$eval(
    selector,
    (el, value) => {
      (el as HTMLInputElement).value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    date,
  );
}

/**
 * Picks `date` with the page's calendar widget: click the box, choose year and month, click the day.
 * @param date `YYYY-MM-DD`.
 */
export async function pickDateWithCalendar(frame: Frame, selector: string, date: string): Promise<void> {
  const [year, month, day] = date.split('-').map(Number);
  await frame.click(selector);
  await frame.selectOption('.zc-cal .zc-y', String(year));
  await frame.selectOption('.zc-cal .zc-m', String(month));
  await frame.click(`.zc-cal td.day[data-d="${day}"]`);
}

/**
 * Opens a "..." chooser window and clicks the entry `text`; the window writes text and code back.
 * @throws when the chooser does not open or has no such entry.
 */
export async function pickWithChooser(frame: Frame, pickerButton: string, text: string): Promise<void> {
  const page = frame.page();
  const popupOpened = page.waitForEvent('popup');
  await frame.click(pickerButton);
  const popup = await popupOpened;
  await popup.waitForLoadState('load');
  await clickThatClosesWindow(popup, `#gvDM a:text-is("${text}")`);
}

/**
 * Clicks `selector` in `popup`, whose handler closes the window, and waits for the close. The
 * window may close while Playwright is still finishing its click, which it reports as "Target
 * page … closed"; that error is the expected outcome and is ignored only once the page is closed.
 * @throws any other click error, or the click error when the window stays open.
 */
export async function clickThatClosesWindow(popup: Page, selector: string): Promise<void> {
  const closed = popup.waitForEvent('close');
  await popup.click(selector).catch((error: unknown) => {
    if (!popup.isClosed()) throw error;
  });
  await closed;
}

/**
 * Fills the controls of `fields` on `page` from `values` (by field key; missing keys are left
 * alone). Text boxes are typed and left (so `onchange` handlers run), selects and radios chosen
 * by text, dates set, pickers chosen in their chooser window. File fields are skipped.
 */
export async function fillFields(frame: Frame, page: PageDef, fields: readonly FieldDef[], values: Record<string, string>): Promise<void> {
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined) continue;
    const selector = `#${controlId(page, field.id)}`;
    switch (field.kind) {
      case 'text':
      case 'textarea':
        await frame.fill(selector, value);
        await frame.locator(selector).blur();
        break;
      case 'date':
        await setDate(frame, selector, value);
        break;
      case 'select':
        await selectByText(frame, selector, value);
        break;
      case 'radios':
        await frame.check(`${selector} input[type=radio] + label:text-is("${value}")`);
        break;
      case 'picker':
        if (value) await pickWithChooser(frame, `${selector} ~ input.btnpick`, value);
        break;
      case 'file':
        break;
    }
  }
}
