/** gate7: misrecognised list page clears 基本信息's recorded errors before 送审. */
import { inOverlay, SAMPLE_PROFILE, importProfileFile, launchExtension, servePages } from '../../tests/e2e/harness';
import { basicPage, submitPage } from './pages';
import { STEPV } from './steps-variants';

async function main() {
  const pages: Record<string, string> = {
    basic: basicPage(true, '<input type="submit" value="保存并下一步" />'),
    list: STEPV.find((v) => v.id.startsWith('S13'))!.html,
    submit: submitPage(true, '<input type="submit" id="b" value="送审" />'),
  };
  const server = await servePages((p) => pages[p]);
  const browser = await launchExtension();
  await importProfileFile(browser, SAMPLE_PROFILE);
  const page = await browser.context.newPage();
  const read = async () => {
    await page.waitForTimeout(2500);
    return inOverlay(page, '[data-testid="zc-finding"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-check-id')}/${e.getAttribute('data-severity')}: ${(e.textContent ?? '').slice(0, 40)}`));
  };
  for (const seq of [['basic', 'submit'], ['basic', 'list', 'submit']]) {
    for (const p of seq) {
      await page.goto(`${server.origin}/${p}`);
      const f = await read();
      const step = await inOverlay(page, '[data-testid="zc-step"]').first().getAttribute('data-step-id').catch(() => null);
      console.log(seq.join('>'), p, step, JSON.stringify(f.filter((x) => !x.includes('还没有保存过'))));
    }
  }
  await browser.close();
  await server.close();
}
void main();
