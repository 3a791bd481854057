/**
 * Breaker 38 item 6, left over: a 至今 the fill cannot choose (a box or a radio the page disabled)
 * leaves the record with neither 至今 nor an end date, so the 终止时间 beside it is the user's,
 * saying why, not 选了“至今”，终止时间留空 (lib/fill/plan.ts withUntilNow). Each case failed on the
 * code before it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFill } from '../../../lib/fill/apply';
import { t } from '../../../lib/i18n/t';
import { box, planPage as plan, th, title, valueOf as value } from './page-markup';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the end date beside a 至今 the fill cannot choose is the user’s (breaker 38 item 6: it said 选了“至今”，终止时间留空)', () => {
  const work = (untilNow: string) => `${title('主要专业技术工作经历')}<table>${th('记录序号', box('xh'))}${th('起始时间', box('qs'))}${th('终止时间', `${box('zz')}${untilNow}`)}</table>`;
  const checkbox = (attrs: string) => `<input type="checkbox" id="zj" name="zj"${attrs}><label for="zj">至今</label>`;
  const endDate = (p: ReturnType<typeof plan>['plan']) => p.items.find((i) => i.key === 'workHistory.endDate')!;

  it('a 至今 box the page disabled, unticked: 终止时间 needs-user, saying 至今 could not be chosen, in the preview and the report; nothing written', async () => {
    const { snapshot, plan: p } = plan(work(checkbox(' disabled')), 'work-experience');
    expect(endDate(p)).toMatchObject({ action: 'needs-user', overwrite: false, reason: t('fill_reason_until_now_not_chosen') });
    const report = await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'workHistory.endDate')).toMatchObject({ result: 'needs-user', detail: t('fill_reason_until_now_not_chosen') });
    expect(value('zz')).toBe('');
    expect((document.getElementById('zj') as HTMLInputElement).checked).toBe(false);
  });

  it('a ◉至今 radio the page disabled beside ○截止: 终止时间 needs-user too; a 至今 box disabled but ticked, or one the fill ticks, still leaves it empty (选了“至今”)', () => {
    const radios = `<input type="radio" name="zt" id="zt1" value="1" disabled><label for="zt1">至今</label><input type="radio" name="zt" id="zt2" value="2"><label for="zt2">截止</label>`;
    expect(endDate(plan(work(radios), 'work-experience').plan)).toMatchObject({ action: 'needs-user', reason: t('fill_reason_until_now_not_chosen') });
    for (const attrs of [' disabled checked', '']) {
      expect(endDate(plan(work(checkbox(attrs)), 'work-experience').plan)).toMatchObject({ action: 'skip', reason: t('fill_reason_until_now_chosen') });
    }
  });
});
