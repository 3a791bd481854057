import { afterEach, describe, expect, it } from 'vitest';
import { run, withProfile } from './harness';
import { H_WORK, workForm, txt } from './pages';
afterEach(() => { document.body.innerHTML = ''; });
const show = (name: string, r: ReturnType<typeof run>) => console.log(`\n=== ${name}\nrec=${r.recordIndex} seq=${r.seq}\n${r.items.join('\n')}\nkeys: ${r.keys.join(' ')}`);
const item = (r: ReturnType<typeof run>, key: string) => r.items.filter((i) => i.split('|')[1] === key).join(' // ');
describe('until-now radio pair', () => {
  it('U1 终止时间 cell: (o)至今 (o)截止 [date]', () => {
    const cell = '<input type="radio" id="r0" name="rblZZ" value="1"/><label for="r0">至今</label><input type="radio" id="r1" name="rblZZ" value="2"/><label for="r1">截止</label>' + txt('txtZZSJ');
    const r = run(H_WORK + workForm({ endCell: cell }), { step: 'work-experience' });
    show('U1', r);
    expect.soft(item(r, 'workHistory.endDate')).toContain('opt=1');
    const ended = withProfile((x) => { x.workHistory[0].endDate = '2023-12-31'; });
    const r2 = run(H_WORK + workForm({ endCell: cell }), { step: 'work-experience', profile: ended });
    show('U1 ended', r2);
    expect.soft(item(r2, 'workHistory.endDate')).toContain('opt=2');
  });
});
