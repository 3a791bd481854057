/**
 * Markup the practice portal does not use but a portal copy may: pages cut down from a
 * robustness probe's hand-made variants, each failing before the rule it tests existed. Read
 * the way the content script reads a live frame (collectSnapshot with the window, so computed
 * styles count), then recognised.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep } from '../../../lib/portal/recognize-step';

function read(head: string, body: string) {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  const snapshot = collectSnapshot(document, window);
  return { snapshot, step: recognizeStep(snapshot).step };
}

const EDUCATION_ROWS = '<tr><td>1</td><td>大学专科</td><td>已上传</td></tr><tr><td>2</td><td>大学本科</td><td>未上传</td></tr>';
const EDUCATION_GRID = { headers: ['记录序号', '学历', '附件'], rows: [{ cells: ['1', '大学专科', '已上传'], actions: [] }, { cells: ['2', '大学本科', '未上传'], actions: [] }] };

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('saved-record lists', () => {
  it('reads a DataGrid whose header row is bold by its inline style (<td> cells)', () => {
    const { snapshot, step } = read('', `<span style="font-weight:bold">学位（学历）教育情况</span>
      <table border="1"><tr style="font-weight:bold"><td>记录序号</td><td>学历</td><td>附件</td></tr>${EDUCATION_ROWS}</table><input type="submit" value="添加">`);
    expect(snapshot.grids).toEqual([EDUCATION_GRID]);
    expect(step).toBe('education');
  });

  it('reads a header row bold by each cell’s style, or by the stylesheet when the rows below are not bold', () => {
    const cells = '<td style="font-weight:700">记录序号</td><td style="font-weight:700">学历</td><td style="font-weight:700">附件</td>';
    expect(read('', `<table><tr>${cells}</tr>${EDUCATION_ROWS}</table>`).snapshot.grids).toEqual([EDUCATION_GRID]);
    const styled = `<table class="dg"><tr class="h"><td>记录序号</td><td>学历</td><td>附件</td></tr>${EDUCATION_ROWS}</table>`;
    expect(read('<style>.dg .h td { font-weight: bold }</style>', styled).snapshot.grids).toEqual([EDUCATION_GRID]);
    // Every row bold: nothing marks the first as the header.
    expect(read('<style>.dg td { font-weight: bold }</style>', styled).snapshot.grids).toEqual([]);
  });

  it('keeps a list whose pager row holds a text box ("转到第 [ ] 页"), not a form table with a text area row', () => {
    const pager = '<tr><td colspan="3">共 2 条 转到第<input type="text" size="2" value="1">页</td></tr>';
    expect(read('', `<table border="1"><tr><th>记录序号</th><th>学历</th><th>附件</th></tr>${EDUCATION_ROWS}${pager}</table>`).snapshot.grids).toEqual([EDUCATION_GRID]);
    const form = '<table><tr><th>工作期间奖惩情况</th><th>备注</th></tr><tr><td colspan="2"><textarea name="a"></textarea></td></tr></table>';
    expect(read('', form).snapshot.grids).toEqual([]);
  });
});

describe('step headings and tie-breaks', () => {
  it('takes a heading made bold by a stylesheet class (.STYLE1) on a page with a list', () => {
    const { snapshot, step } = read('<style>.STYLE1 { font-weight: bold }</style>', `<span class="STYLE1">证书、证明材料</span>
      <table border="1"><tr><th>附件名称</th><th>记录序号</th><th>文件名称</th></tr><tr><td colspan="3">暂无记录</td></tr></table><input type="submit" value="附件上传">`);
    expect(snapshot.headings).toContain('证书、证明材料');
    expect(step).toBe('certificates');
  });

  it('never takes a bold link, nor styled text in a frame without a form (a menu)', () => {
    const menu = '<style>.on { font-weight: bold } .big { font-size: 24px }</style>';
    expect(read(menu, '<a class="on" href="#">基本信息</a><a href="#">学位（学历）教育情况</a>').snapshot.headings).toEqual([]);
    expect(read(menu, '<div class="big">基本信息</div><a href="#">学位（学历）教育情况</a>').snapshot.headings).toEqual([]);
    expect(read(menu, '<a class="on" href="#">基本信息</a><div class="big">个人信息</div><input name="x">').snapshot.headings).toEqual(['个人信息']);
  });

  it('a menu frame showing its current step in bold is a menu, not that step', () => {
    expect(read('', '<a href="#">基本信息</a><br><b>年度考核结果</b>').step).toBe('unknown');
    expect(read('', '<a href="#">基本信息</a><br><a href="#" style="font-weight:bold">年度考核结果</a>').step).toBe('unknown');
    // A landing page naming only its own step is still that step.
    expect(read('', '<h2>选择申报资格系列</h2><p>请先选择申报的资格系列。</p>').step).toBe('select-series');
  });

  it('a button naming another step does not tie with the heading naming this one', () => {
    const { step } = read('', '<span style="font-weight:bold">学位（学历）教育情况</span><input type="button" value="获取历史数据"><input type="submit" value="添加">');
    expect(step).toBe('education');
    // Two headings naming two steps stay a tie: no answer.
    expect(read('', '<h2>学位（学历）教育情况</h2><h2>年度考核结果</h2><input type="submit" value="添加">').step).toBe('unknown');
  });
});

describe('labels and buttons', () => {
  it('labels a text area alone in its table by the caption just before the table', () => {
    const cases = ['<table><tr><td>工作期间奖惩情况</td></tr></table>', '<div class="bt">工作期间奖惩情况</div>', '工作期间奖惩情况<br>'];
    for (const caption of cases) {
      const { snapshot } = read('', `<b>工作期间奖惩情况/个人专业技术工作小结</b>${caption}<table><tr><td><textarea name="TextBox1"></textarea></td></tr></table>`);
      expect(snapshot.controls[0]!.labels.map((l) => [l.source, l.text]), caption).toEqual([['header-above', '工作期间奖惩情况']]);
    }
    // A control with a label of its own, or not the first of its table, takes no caption.
    const { snapshot } = read('', '<div>主要经历</div><table><tr><td>单位：</td><td><input name="a"></td></tr><tr><td><input name="b"></td></tr></table>');
    expect(snapshot.controls.map((c) => c.labels.map((l) => l.text))).toEqual([['单位'], []]);
  });

  it('reads an image button’s alt text as its text', () => {
    const { snapshot } = read('', '<input type="image" src="ss.gif" alt="送审"><input type="image" src="x.gif" title="保存">');
    expect(snapshot.controls.map((c) => c.buttonText)).toEqual(['送审', '保存']);
  });
});
