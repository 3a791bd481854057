/**
 * A small stand-in for layui's form drawing, written for the browser tests (no layui code, no
 * network): layui hides the real <select> and radios of a `.layui-form`
 * (`.layui-form select{display:none}`) and draws its own: after each list a `.layui-form-select`
 * whose title box (`.layui-input`, read-only) shows the chosen option's text and whose
 * `dd[lay-value]` are the options; after each radio a `.layui-form-radio` div with its icon glyph
 * (U+E643 ticked, U+E63F not) before its words. Its change callbacks (`form.on('select(x)')`) run
 * on a click on those drawn elements, never on the list's DOM change event. A page puts it in its
 * head and calls `form.render()` after its form (breaker 31g, breaker 32r).
 */
export const LAYUI_STUB = `<style>.layui-form select,.layui-form input[type=radio]{display:none}
.layui-form-select dl{display:none}.layui-form-selected dl{display:block}</style>
<script>
(function () {
  var handlers = {};
  function fire(kind, el, value) { var h = handlers[kind + '(' + el.getAttribute('lay-filter') + ')']; if (h) h({ elem: el, value: value }); }
  function drawSelect(sel) {
    var old = sel.nextElementSibling; if (old && old.className.indexOf('layui-form-select') >= 0) old.remove();
    var box = document.createElement('div'); box.className = 'layui-unselect layui-form-select';
    var title = document.createElement('div'); title.className = 'layui-select-title';
    var input = document.createElement('input'); input.type = 'text'; input.readOnly = true; input.className = 'layui-input layui-unselect';
    input.placeholder = '请选择'; input.value = sel.selectedIndex > 0 ? sel.options[sel.selectedIndex].text : '';
    title.appendChild(input); box.appendChild(title);
    var dl = document.createElement('dl'); dl.className = 'layui-anim layui-anim-upbit';
    Array.prototype.forEach.call(sel.options, function (o) {
      var dd = document.createElement('dd'); dd.setAttribute('lay-value', o.value); dd.textContent = o.text;
      if (o.selected) dd.className = 'layui-this';
      dd.addEventListener('click', function (e) {
        e.stopPropagation(); sel.value = o.value; input.value = o.value ? o.text : '';
        Array.prototype.forEach.call(dl.children, function (d) { d.className = d === dd ? 'layui-this' : ''; });
        box.className = 'layui-unselect layui-form-select'; fire('select', sel, o.value);
      });
      dl.appendChild(dd);
    });
    box.appendChild(dl);
    title.addEventListener('click', function () { box.className = box.className.indexOf('layui-form-selected') >= 0 ? 'layui-unselect layui-form-select' : 'layui-unselect layui-form-select layui-form-selected'; });
    sel.parentNode.insertBefore(box, sel.nextSibling);
  }
  function drawRadio(r) {
    var old = r.nextElementSibling; if (old && old.className.indexOf('layui-form-radio') >= 0) old.remove();
    var div = document.createElement('div'); div.className = 'layui-unselect layui-form-radio' + (r.checked ? ' layui-form-radioed' : '');
    var i = document.createElement('i'); i.className = 'layui-anim layui-icon'; i.textContent = r.checked ? '\\ue643' : '\\ue63f';
    var t = document.createElement('div'); t.textContent = r.getAttribute('title');
    div.appendChild(i); div.appendChild(t);
    div.addEventListener('click', function () {
      document.querySelectorAll('input[type=radio][name="' + r.name + '"]').forEach(function (o) { o.checked = o === r; });
      document.querySelectorAll('input[type=radio][name="' + r.name + '"]').forEach(drawRadio);
      fire('radio', r, r.value);
    });
    r.parentNode.insertBefore(div, r.nextSibling);
  }
  window.form = {
    on: function (ev, fn) { handlers[ev] = fn; },
    render: function () { document.querySelectorAll('.layui-form select').forEach(drawSelect); document.querySelectorAll('.layui-form input[type=radio]').forEach(drawRadio); }
  };
  document.addEventListener('click', function (e) { document.querySelectorAll('.layui-form-selected').forEach(function (b) { if (!b.contains(e.target)) b.className = 'layui-unselect layui-form-select'; }); });
})();
</script>`;
