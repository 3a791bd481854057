import { basicInfo } from './marker-layouts';

/**
 * Hand-made pages that tempt the overlay panel onto the page's 注意说明 or its file button: the
 * panel's usual corner, the bottom right, holds a notice the first reading of the page could miss
 * — one whose words repeat the notice at the top, one after many cells whose class names merely
 * contain "red", reds written as `<font color="#CC0000">` and an inline `#c00`, red from a
 * stylesheet rule only (also after a list of 700 options), the lines after a `<b>注意：</b>` heading — or a file input while every
 * other corner holds a notice or a field. Used by markers.test.ts.
 */

export interface PanelLayout {
  name: string;
  html: string;
  /** Elements whose every line is notice text, though not red nor saying 注意 line by line. */
  noticeLines?: string;
}

const TOP_NOTICE = '<font color=red>注意说明：带*号的为必填项，照片须为近期免冠证件照。</font>';

/** `html` fixed to the frame's bottom right corner, where the panel goes first. */
const atBottomRight = (html: string) => `<div style="position:fixed;right:24px;bottom:24px;width:420px;font-size:14px">${html}</div>`;

const STYLE_ONLY_CELLS = Array.from({ length: 80 }, (_, i) => `<span class="bordered">格${i}</span>`).join('');

/** A 单位 list of 700 options, longer than the colour reads of one reading of the page (lib/page/page-text.ts MAX_COLOUR_READS). */
const LONG_LIST = `<select name="ddlGZDW">${Array.from({ length: 700 }, (_, i) => `<option>单位${i}</option>`).join('')}</select>`;

export const PANEL_LAYOUTS: PanelLayout[] = [
  { name: 'the top notice’s words again at the bottom right', html: basicInfo('', `${TOP_NOTICE}${atBottomRight(TOP_NOTICE)}`) },
  {
    name: 'a red notice after 80 cells whose classes contain “red”',
    html: basicInfo('', `<div style="display:none">${STYLE_ONLY_CELLS}</div>${atBottomRight('<font color=red>附件须加盖单位公章，复印件须本人签名。</font>')}`),
  },
  {
    name: 'reds written as #CC0000 and an inline #c00',
    html: basicInfo('', atBottomRight('<font color="#CC0000">一、学历证书须上传原件扫描件。</font><p style="color:#c00;margin:4px 0">二、学信网验证报告须在有效期内。</p>')),
  },
  {
    // Red only through the page's stylesheet, under a class name that does not say red.
    name: 'a notice drawn red by a stylesheet rule (.tip { color: #e00 })',
    html: basicInfo('', `<style>.tip { color: #e00 }</style>${atBottomRight('<div class="tip">所有附件须为彩色扫描件，<b>复印件</b>须加盖单位公章。</div>')}`),
  },
  {
    // The same after a long list: its options' texts are no notices, and reading their colours
    // must not use up the reads the notice needs.
    name: 'a notice drawn red by a stylesheet rule after a list of 700 options',
    html: basicInfo('', `<style>.tip { color: #e00 }</style>${LONG_LIST}${atBottomRight('<div class="tip">所有附件须为彩色扫描件，<b>复印件</b>须加盖单位公章。</div>')}`),
  },
  {
    // The heading 注意： lies left of the panel's corner, the lines after it reach into it.
    name: 'a 注意： heading in <b> and the numbered lines after it',
    html: basicInfo(
      '',
      '<div id=notice style="position:fixed;left:700px;bottom:40px;width:420px"><b>注意：</b><br>1. 本页信息保存后将作为评审依据，请认真核对。<br>2. 照片不合格将导致退回，请先检查照片。</div>',
    ),
    noticeLines: '#notice',
  },
  {
    // Every corner holds something: a notice in both top corners, a text box at the bottom left,
    // a file input at the bottom right. The text box may be covered, the file button not.
    name: 'a file input at the bottom right, notices in the top corners, a field at the bottom left',
    html: basicInfo(
      '',
      `<div style="position:fixed;top:8px;left:8px;right:8px;display:flex;justify-content:space-between;background:#fff">${TOP_NOTICE}<font color=red>注意：上传的照片须为 JPG 格式。</font></div>` +
        '<div style="position:fixed;left:24px;bottom:24px">备注：<input name=txtBZ style="width:300px"></div>' +
        atBottomRight('上传照片：<input type=file name=fuPhoto>'),
    ),
  },
];
