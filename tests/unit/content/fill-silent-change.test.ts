import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { onDemandContext } from './on-demand-context';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import type { FillReport } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import type { OverlayModel } from '../../../components/overlay/model';

// A page that answers a fill by script a moment later — an AJAX check of 公民身份号码 writing the
// server's value back with `.value =` — fires no event and redraws nothing: no mutation tells the
// controller to look again. The report must still say what the page shows (breaker 31f F2, left
// at stop 45: the row stayed 已填写).

const profile = profileSchema.parse({
  label: '测试',
  application: { level: '初级', qualificationName: '助理工程师', committee: '广州市工程系列生态环境专业初级职称评审委员会', specialty: '生态环境监测' },
  basic: { name: '李明远', gender: '男', idNumber: '440106199805120314', mobile: '13926001234' },
});
const row = (label: string, field: string) => `<tr><td>${label}：</td><td>${field}</td></tr>`;
const PAGE = `<table>${row('姓名', '<input id="txtXM">')}${row('公民身份号码', '<input id="txtSFZ">')}${row('手机号码', '<input id="txtSJ">')}</table>`;

function previewOpen() {
  document.body.innerHTML = PAGE;
  const planned = collectSnapshot(document, window);
  const plan = planFill(planned, recognizeFields(planned, 'basic-info'), profile, 'basic-info');
  const model = { autofill: { phase: 'preview', plan, overwrite: new Set() }, teach: { phase: 'idle' } } as unknown as OverlayModel;
  // The controller's refresh: the page re-read, then the fill's report checked against it.
  let actions: ReturnType<typeof onDemandActions> | undefined;
  const refresh = vi.fn(() => actions?.checkFillRedrawn());
  actions = onDemandActions(onDemandContext(model, { refresh }));
  return { model, actions, refresh };
}

const rowOf = (model: OverlayModel, key: string) => (model.autofill as { report: FillReport }).report.items.find((i) => i.key === key);

describe('the report after a fill, when the page changes a value by script alone', () => {
  beforeEach(() => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ profile } as never);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('a value set by `.value =` after the report: its row turns 失败 with what the page shows, the others stay 已填写', async () => {
    const { model, actions } = previewOpen();
    actions.applyAutofill();
    await vi.waitFor(() => expect(model.autofill.phase).toBe('report'), { timeout: 15_000 });
    expect(rowOf(model, 'basic.idNumber')?.result).toBe('filled');
    // The server's answer, written silently a little after the fill.
    await new Promise((r) => setTimeout(r, 50));
    (document.getElementById('txtSFZ') as HTMLInputElement).value = '44010619980512031X';
    await vi.waitFor(() => expect(rowOf(model, 'basic.idNumber')).toMatchObject({ result: 'failed', detail: '填写后被页面改为“44010619980512031X”了，请核对档案与页面' }), { timeout: 3_000 });
    expect(rowOf(model, 'basic.name')?.result).toBe('filled');
    expect(rowOf(model, 'basic.mobile')?.result).toBe('filled');
  });
});
