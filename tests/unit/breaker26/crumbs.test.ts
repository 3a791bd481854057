/**
 * Breaker 26, fixb25a (lib/portal/recognize-step.ts nameIn): what follows the last crumb naming a
 * step is read as that step's page unless it matches OWN_PAGE (a fixed list of words). A page that is
 * neither a step's nor on that list (常见问题, 填表说明, 下载模板, 继续教育情况, 获奖情况, 我的申报 under a
 * 网上送审 root) is taken for the step; a qualifier holding an OWN_PAGE word (a status 审核通过, a site
 * named …审核系统, …公告平台) takes the step's name away. Each case: HEAD vs 72de81a in the report.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep } from '../../../lib/portal/recognize-step';

const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
const BARE = `<table>${row('起止时间', '<input name="a">')}${row('备注', '<input name="b">')}</table><input type="submit" value="保存">`;
const TEXT = '<p>一、按要求填写。</p><p>二、每项须上传附件。</p>';
const LIST = '<table><tr><th>序号</th><th>标题</th><th>发布时间</th></tr><tr><td>1</td><td>关于2024年度职称申报</td><td>2024-05-01</td></tr></table>';
function stepOf(body: string, title = ''): string {
  document.title = title;
  document.body.innerHTML = `<form>${body}</form>`;
  return recognizeStep(collectSnapshot(document, window)).step;
}
afterEach(() => { document.body.innerHTML = ''; document.title = ''; });

describe('a page no step owns after a step’s crumb is no step’s page (HEAD: the step; 72de81a: unknown)', () => {
  it.each([
    ['首页 &gt; 学历情况 &gt; 常见问题', TEXT],
    ['申报 &gt; 年度考核 &gt; 填表说明', TEXT],
    ['首页 &gt; 资格历史 &gt; 下载模板', TEXT],
    ['首页 &gt; 学历情况 &gt; 联系我们', TEXT],
    ['首页 &gt; 论文著作 &gt; 资料下载', LIST],
    ['职称送审系统 &gt; 申报进度查询', LIST],
    ['网上送审 &gt; 我的申报', LIST],
    ['首页 &gt; 基本信息 &gt; 继续教育情况', BARE],
    ['首页 &gt; 学历情况 &gt; 继续教育', BARE],
    ['首页 &gt; 工作经历 &gt; 获奖情况', BARE],
  ])('当前位置：%s', (crumbs, body) => {
    expect(stepOf(`<div>当前位置：${crumbs}</div>${body}`)).toBe('unknown');
  });
});

describe('a dash-parted qualifier holding an OWN_PAGE word leaves the step (HEAD: unknown; 72de81a: the step)', () => {
  it.each([
    ['<h3>学历情况 - 审核通过</h3>', ''],
    ['<h3>学历情况 - 待审核</h3>', ''],
    ['<h3>学历情况 — 广东省职称评审信息公告平台</h3>', ''],
    ['<h3>年度考核 - 填写须知</h3>', ''],
    ['', '学历情况 - 广州市职称审核系统'],
  ])('%s %s', (heading, title) => {
    expect(stepOf(`${heading}${BARE}`, title)).not.toBe('unknown');
  });
});
