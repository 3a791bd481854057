import { launchExtension, importProfileFile, servePages, SAMPLE_PROFILE, waitForStep } from '../../tests/e2e/harness';
import { startAutofill, applyAutofill } from '../../tests/e2e/overlay-driver';
import { H_EDU, eduForm, grid, radios } from './pages';

const webForm = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>广州市职称业务申报与管理系统</title></head><body><form method="post" action="Default.aspx"><input type="hidden" name="__VIEWSTATE" value="x"/>${body}</form></body></html>`;
const pages: Record<string, string> = {
  notice: webForm(H_EDU + grid(['序号', '注意事项'], [['1', '学历须从高到低填写'], ['2', '须上传学信网学籍验证报告']]) + eduForm()),
  defaultseq: webForm(H_EDU + grid(['记录序号', '学校', '起止时间'], [['1', '华南理工大学', '2016.09-2020.06']]) + eduForm({ seq: '1', fullTime: radios('rblQRZ', ['是', '否']) })),
  foreign: webForm(H_EDU + grid(['学校名称', '起止时间', '操作'], [['中山大学', '2010.09-2013.06', '修改']]) + eduForm()),
};
const server = await servePages((p) => pages[p]);
const browser = await launchExtension();
try {
  await importProfileFile(browser, SAMPLE_PROFILE);
  for (const name of Object.keys(pages)) {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${name}`);
    const frame = page.mainFrame();
    await waitForStep(frame, 'education');
    const rows = await startAutofill(frame);
    const report = await applyAutofill(frame);
    const values = await page.evaluate(() => Array.from(document.querySelectorAll('input[type=text],select')).map((e) => `${e.id}=${(e as HTMLInputElement).value}`).join(' '));
    const radio = await page.evaluate(() => Array.from(document.querySelectorAll('input[type=radio]')).map((e) => `${e.id}:${(e as HTMLInputElement).checked}`).join(' '));
    console.log(`\n### ${name}\npreview: ${rows.map((r) => `${r.key}:${r.action}${r.overwrite ? '(覆盖)' : ''}`).join(', ')}\nreport: ${report.map((r) => `${r.key}:${r.result}`).join(', ')}\nvalues: ${values}\nradios: ${radio}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
