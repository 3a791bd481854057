import { compact, findColumn, findingOf } from './common';
import type { Check } from './types';

const PROOF = '在岗在职证明材料';

/**
 * Step 10's list of uploaded materials includes 在岗在职证明材料. Only speaks when the page shows
 * an upload list (a grid with a 附件/材料/名称 column); without one nothing can be read.
 */
export const onJobProofMissing: Check = {
  id: 'on-job-proof-missing',
  title: '在岗在职证明材料',
  steps: ['certificates'],
  severity: 'error',
  source: '操作指引 3(10)：必须上传“在岗在职证明材料”',
  run(ctx) {
    const lists = ctx.snapshot.grids.filter((g) => findColumn(g, (h) => /附件|材料|名称/.test(h)) >= 0);
    if (lists.length === 0) return [];
    const present = lists.some((g) => g.rows.some((row) => row.cells.some((cell) => compact(cell).includes('在岗在职'))));
    if (present) return [];
    return [
      findingOf(
        onJobProofMissing,
        `还没有上传“${PROOF}”。职称系统能直接获取你在广州市缴纳的社保信息时按系统提示即可；否则请上传与工作经历相同的、连续半年以上（截止到申报当月或上一月）的社保明细、聘书、合同或离职证明等：点“附件上传”→ 选择“${PROOF}”→ 记录序号 → 选择文件 →“上传”→“返回”。`,
        { field: PROOF },
      ),
    ];
  },
};
