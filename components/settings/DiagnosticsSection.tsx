/**
 * Options-page section "导出页面结构": explains the overlay's export of a page's structure
 * (lib/diagnostics), so users know what the file holds before sending it to a maintainer.
 */
export function DiagnosticsSection() {
  return (
    <section class="panel" data-testid="zc-diagnostics" aria-labelledby="zc-diagnostics-title">
      <h2 id="zc-diagnostics-title">导出页面结构（帮助维护者）</h2>
      <p>
        如果助手在某个申报页面上认错了步骤或栏目，请打开那个页面，在助手面板中点“导出页面结构”，把下载的文件发给维护者。维护者据此就能在本地复原这个页面并修正助手。
      </p>
      <ul>
        <li>文件包含：页面的框架、表单、每个栏目的类型、编号、名称、标签文字、下拉选项的文字，以及助手识别出的结果。</li>
        <li>文件不包含：你填写的任何内容。栏目里的值一律去掉，只记“有无填写”；页面上像身份证号、手机号、电话、邮箱、日期、长数字的文字，以及与栏目中已填内容相同的文字，都替换为“〔已移除〕”；网址只保留到页面路径，参数只留名称。</li>
        <li>单独出现在页面文字里的人名无法可靠识别：发送前可以用记事本打开文件检查一遍。</li>
      </ul>
    </section>
  );
}
