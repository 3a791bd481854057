/**
 * Hand-written corpus pages mixing several label styles on one page, the way older portals
 * grow: label and control in one cell, &nbsp; padding, a picker, a date range, a title row,
 * a saved-records grid next to an editable grid row. Annotated like the generated pages.
 */
import type { StepId } from '../../lib/portal/step-ids';

export const HANDMADE: { id: string; step: StepId; docs: string[] }[] = [
  {
    id: 'handmade/basic-mixed',
    step: 'basic-info',
    docs: [`<html><head><meta charset="gbk"><title>资格评审人员基本信息</title></head><body>
      <form name="aspnetForm" method="post" action="JBXX.aspx"><input type="hidden" name="__VIEWSTATE" value="x">
      <table class="tab" width="100%" border="1">
        <tr><td colspan="6" class="tabTitle">资格评审人员基本信息</td></tr>
        <tr><td>&nbsp;*姓&nbsp;&nbsp;名：</td><td><input name="ctl00$cph$TextBox1" id="ctl00_cph_TextBox1" data-expect="basic.name"></td>
            <td>性&nbsp;别：</td><td><select name="ctl00$cph$DropDownList1" id="ctl00_cph_DropDownList1" data-expect="basic.gender"><option value="">请选择</option><option value="1">男</option><option value="2">女</option></select></td>
            <td rowspan="3">个人照片<br><img src="photo.aspx" alt=""><br><input type="file" name="ctl00$cph$FileUpload1" data-expect="page.photo"></td></tr>
        <tr><td>*出生年月：</td><td><input name="ctl00$cph$TextBox2" id="ctl00_cph_TextBox2" class="Wdate" onclick="WdatePicker()" data-expect="basic.birthDate"></td>
            <td>*身份证号：</td><td><input name="ctl00$cph$TextBox3" id="ctl00_cph_TextBox3" maxlength="18" data-expect="basic.idNumber"></td></tr>
        <tr><td>民&nbsp;族：</td><td><input name="ctl00$cph$txtMZ" id="ctl00_cph_txtMZ" readonly data-expect="basic.ethnicity"><input type="button" value="…" onclick="showModalDialog('dict.aspx')"><input type="hidden" name="ctl00$cph$hidMZ" id="ctl00_cph_hidMZ"></td>
            <td>籍&nbsp;贯：</td><td><input name="ctl00$cph$TextBox4" data-expect="none"></td></tr>
        <tr><td>工作单位：</td><td colspan="3"><input name="ctl00$cph$TextBox5" size="60" data-expect="basic.employer"> 统一社会信用代码：<input name="ctl00$cph$TextBox6" data-expect="basic.employerCreditCode"></td><td></td></tr>
        <tr><td>手机：</td><td><input name="ctl00$cph$TextBox7" data-expect="basic.mobile"></td><td>固定电话：</td><td><input name="ctl00$cph$TextBox8" data-expect="basic.phone"></td><td>邮编：<input name="ctl00$cph$TextBox9" size="6" data-expect="basic.postcode"></td></tr>
        <tr><td>认定资格名称：</td><td><select name="ctl00$cph$ddlRDZGMC" data-expect="application.qualificationName"><option value="">--请选择--</option><option>助理工程师</option></select></td>
            <td>申报（评审）专业组：</td><td colspan="2"><select name="ctl00$cph$ddlZYZ" data-expect="page.reviewGroup"><option value="">--请选择--</option></select></td></tr>
      </table><input type="submit" value="保存并下一步"></form></body></html>`],
  },
  {
    id: 'handmade/education-editable-row',
    step: 'education',
    docs: [`<html><body><div class="title">学位（学历）教育情况</div>
      <table class="list"><thead><tr><td>序号</td><td>学校</td><td>专业</td><td>操作</td></tr></thead><tbody><tr><td>1</td><td>某大学</td><td>环境工程</td><td><a href="#">修改</a></td></tr></tbody></table>
      <table class="edit" border="1">
        <tr><th>记录序号</th><th colspan="2">起止时间</th><th>毕业院校</th><th>所学专业</th><th>学历</th><th>学位</th></tr>
        <tr><td><input name="xh" size="2" data-expect="education.seq"></td>
            <td><input name="kssj" class="Wdate" data-expect="education.startDate"></td><td><input name="jssj" class="Wdate" data-expect="education.endDate"></td>
            <td><input name="yx" data-expect="education.school"></td><td><input name="zy" data-expect="education.major"></td>
            <td><select name="xl" data-expect="education.educationLevel"><option value="">请选择</option><option>大学本科</option></select></td>
            <td><select name="xw" data-expect="education.degree"><option value="">请选择</option><option>学士</option></select></td></tr>
        <tr><td colspan="7">学习形式：<label><input type="radio" name="xxxs" value="1" data-expect="education.studyMode">全日制</label><label><input type="radio" name="xxxs" value="2" data-expect="education.studyMode">非全日制</label>
          &nbsp;&nbsp;证书编号：<input name="zsbh" data-expect="education.certificateNo">&nbsp;学位证书编号：<input name="xwzsbh" data-expect="none"></td></tr>
        <tr><td colspan="7">附件上传：<input type="file" name="fj" data-expect="page.attachmentFile"> <input type="button" value="上传"></td></tr>
      </table><input type="button" value="保存"><input type="button" value="保存并新增"></body></html>`],
  },
];
