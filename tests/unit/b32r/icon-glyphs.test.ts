/**
 * Breaker 32r item 5: layui draws a radio as a div holding its icon font's glyph (U+E643 ticked,
 * U+E63F not) before the choice's words, and the choice's text is read with it. The preview and
 * the report show the words only: 男, not "\ue63f男" (on main the glyph, a private-use character
 * no font of the overlay draws, stood before the value and what the page showed).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { choiceWords } from '../../../lib/fill/display';
import { installLocale } from '../i18n-fake';
import { crumb, readPage, row } from './helpers';

const radio = (v: string, checked: boolean) =>
  `<input type="radio" name="xb" value="${v}" title="${v}" id="rb${v}"${checked ? ' checked' : ''} style="display:none"><div class="layui-unselect layui-form-radio${checked ? ' layui-form-radioed' : ''}"><i class="layui-anim layui-icon">${checked ? '\ue643' : '\ue63f'}</i><div>${v}</div></div>`;

describe('icon glyphs in a drawn choice’s text (breaker 32r item 5)', () => {
  beforeEach(() => installLocale());

  it('the preview shows 男 to choose and 女 the page shows, without layui’s glyphs', () => {
    const html = `${crumb('基本信息')}<div class="layui-form"><table>${row('姓名', '<input id="xm">')}${row('性别', radio('男', false) + radio('女', true))}</table></div><input type="submit" value="保存">`;
    expect(readPage(html).items.find((i) => i.key === 'basic.gender')).toMatchObject({ control: 'rb男', value: '男', current: '女' });
  });

  it('choiceWords drops private-use characters only', () => {
    expect(choiceWords(' \ue643男 ')).toBe('男');
    expect(choiceWords('\u{f0001}至今')).toBe('至今');
    expect(choiceWords('合格（称职）')).toBe('合格（称职）');
  });
});
