/**
 * breaker 63's pages: record steps drawn the way other ASP.NET / layui / jQuery-era portals draw
 * them, not the practice portal's markup. WebForms pages (web-form-pages.ts webForm) for
 * tests/e2e/breakers63-65.test.ts (b63).
 */
import { N, webForm } from './web-form-pages';

/** A form table's row: the label in its own cell with the portal's full-width colon, the control beside it. */
const tr = (label: string, control: string) => `<tr><td class="tdl">${label}：</td><td>${control}</td></tr>`;
const box = (id: string) => `<input type="text" name="${N}${id}" id="${id}" />`;
const textarea = (id: string) => `<textarea name="${N}${id}" id="${id}" rows="6" cols="60"></textarea>`;
/** The limit a portal writes in red right after the text area, not in its label. */
const limitAfter = (words: string) => `<span style="color:red">${words}</span>`;

/** A layui form item: its label, then its boxes as layui draws them (`.layui-input-inline`, `.layui-form-mid` between). */
const layItem = (label: string, inner: string) => `<div class="layui-form-item"><label class="layui-form-label">${label}</label>${inner}</div>`;
const layBox = (name: string, more = '') => `<div class="layui-input-inline"><input type="text" name="${name}" id="${name}" autocomplete="off" class="layui-input"${more} /></div>`;

/**
 * A record form in a layui card, its step named only by the card's header (`.layui-card-header`,
 * no title class, drawn in the body's size and weight by layui.css), or by a Bootstrap panel's or
 * card's header.
 */
const inCard = (header: string) => `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>
<div class="layui-card">${header}<div class="layui-card-body"><form class="layui-form" action="/posted" method="post">
${layItem('起止时间', `${layBox('startDate', ' placeholder="开始时间"')}<div class="layui-form-mid">-</div>${layBox('endDate', ' placeholder="结束时间"')}`)}
${layItem('工作单位', layBox('company'))}
${layItem('职务', layBox('post'))}
${layItem('证明人', layBox('witness'))}
${layItem('证明人电话', layBox('witnessTel'))}
<div class="layui-form-item"><div class="layui-input-block"><button class="layui-btn" lay-submit lay-filter="save">保存</button></div></div>
</form></div></div></body></html>`;

/** A list page and, over it, a layui layer titled `layerTitle` whose frame shows the record form at `/${form}` (its 保存 in the layer's button bar). */
const listWithLayer = (title: string, layerTitle: string, form: string) => webForm(`<div class="ptitle">${title}</div>
<input type="button" value="添加" /><table border="1"><tr><th>记录序号</th><th>起止时间</th><th>工作单位</th><th>操作</th></tr></table>
<div class="layui-layer layui-layer-iframe" style="position:fixed;left:40px;top:120px;width:700px;height:460px;background:#fff;border:1px solid #999">
<div class="layui-layer-title">${layerTitle}</div>
<div class="layui-layer-content"><iframe name="layui-layer-iframe1" id="layui-layer-iframe1" src="/${form}" style="width:100%;height:370px;border:0"></iframe></div>
<div class="layui-layer-btn"><a class="layui-layer-btn0">保存</a><a class="layui-layer-btn1">取消</a></div>
</div>`);

/** The same list with, over it, a jQuery UI dialog titled `dialogTitle` whose frame shows the page at `/${form}`. */
const listWithJqueryDialog = (title: string, dialogTitle: string, form: string) => webForm(`<div class="ptitle">${title}</div>
<input type="button" value="添加" /><table border="1"><tr><th>记录序号</th><th>起止时间</th><th>工作单位</th><th>操作</th></tr></table>
<div class="ui-dialog ui-widget ui-widget-content ui-corner-all" role="dialog" style="position:absolute;left:40px;top:120px;width:700px;background:#fff;border:1px solid #999">
<div class="ui-dialog-titlebar ui-widget-header"><span class="ui-dialog-title" id="ui-dialog-title-dlg">${dialogTitle}</span><a href="#" class="ui-dialog-titlebar-close">close</a></div>
<div id="dlg" class="ui-dialog-content ui-widget-content"><iframe name="dlgFrame" src="/${form}" style="width:100%;height:370px;border:0"></iframe></div>
</div>`);

/** A 选择单位 chooser's frame: a search box, 查询 and the units found. */
const unitChooser = webForm(`<table>${tr('单位名称', box('txtDWMC'))}</table><input type="button" value="查询" />
<table border="1"><tr><th>单位名称</th><th>选择</th></tr><tr><td>广州市某某环境监测站</td><td><a href="#">选择</a></td></tr></table>`);

/** The 工作经历 record form of the layer's frame, `heading` above it. */
const workLayerForm = (heading: string) => webForm(`${heading}<table>
${tr('起止时间', `${box('txtKS')} 至 ${box('txtJS')}`)}
${tr('工作单位', box('txtDW'))}
${tr('职务', box('txtZW'))}
${tr('证明人', box('txtZMR'))}
</table>`);

/** Pages by path. */
export const B63_PAGES: Record<string, string> = {
  // B63-1: 小结 and 工作内容 whose limit is written after the text area, or on the line under it (no maxlength).
  'summary-limit-after': webForm(`<div class="ptitle">工作期间奖惩情况及个人专业技术工作小结</div><table>
${tr('工作期间奖惩情况', textarea('txtJC'))}
${tr('个人专业技术工作小结', textarea('txtXJ') + limitAfter('（限200字以内）'))}
</table><input type="submit" name="${N}btnSave" value="保存并下一步" id="btnSave" />`),
  'summary-limit-below': webForm(`<div class="ptitle">工作期间奖惩情况及个人专业技术工作小结</div><table>
${tr('工作期间奖惩情况', textarea('txtJC'))}
${tr('个人专业技术工作小结', `${textarea('txtXJ')}<br />${limitAfter('（限200字以内）')}`)}
</table><input type="submit" name="${N}btnSave" value="保存并下一步" id="btnSave" />`),
  'duties-limit-after': webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${tr('起始时间', box('txtQSSJ'))}
${tr('终止时间', box('txtZZSJ'))}
${tr('工作单位', box('txtGZDW'))}
${tr('工作内容', textarea('txtGZNR') + limitAfter('限30字以内'))}
</table><input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`),
  // B63-2: 工作经历 named by its card's header only.
  'work-layui-card': inCard('<div class="layui-card-header">工作经历</div>'),
  // B63-5: a 工作经历 record form with no heading of its own in a layui layer's frame titled 添加工作经历.
  'work-layer': listWithLayer('工作经历', '添加工作经历', 'work-layer-form'),
  'work-layer-form': workLayerForm(''),
  // The same with a heading of its own in the frame: that step (B63-5's control).
  'work-layer-headed': listWithLayer('工作经历', '添加工作经历', 'work-layer-headed-form'),
  'work-layer-headed-form': workLayerForm('<div class="ptitle">工作经历</div>'),
  // B63-5 in a jQuery UI dialog's frame; and a 选择单位 chooser's frame in a layer, which no step's name reaches.
  'work-jqui-dialog': listWithJqueryDialog('工作经历', '添加工作经历', 'work-layer-form'),
  'work-layer-chooser': listWithLayer('工作经历', '选择单位', 'unit-chooser'),
  'unit-chooser': unitChooser,
  'work-bootstrap-panel': inCard('<div class="panel-heading">主要专业技术工作经历</div>').replace('layui-card"', 'panel panel-default"'),
};
