import type { ApplicationStepId } from '../portal/step-ids';
import { cellOf, findingOf, rowHasAttachment, sequenceColumn } from './common';
import type { Check, CheckAbout } from './types';

/** What each record step's attachment must contain (seed steps 3(3), 3(4), 3(7), 3(8), 3(9)). */
const EVIDENCE: Partial<Record<ApplicationStepId, string>> = {
  'qualification-history': '专业技术资格证书扫描件',
  education: '学历（学位）证书，以及学信网下载的学籍验证报告和学历证书电子注册备案表',
  achievements: '项目佐证材料（复印件须本人签名，工作单位加具意见并盖公章）',
  publications: '论文刊物封面页、目录页（标明论文条目）、正文页、检索页面截图、刊物合法性查询截图等证明材料',
  'annual-review': '年度考核表或聘任期满考核表（复印件须本人签名，工作单位加具意见并盖公章）',
};

/**
 * Every saved record on a step that needs evidence shows an attachment. Grids that show no
 * attachment column and no 查看附件-like action are skipped (nothing can be read from them).
 */
export const attachmentMissing: Check = {
  id: 'attachment-missing',
  steps: Object.keys(EVIDENCE) as ApplicationStepId[],
  severity: 'error',
  run(ctx) {
    const evidence = EVIDENCE[ctx.step as ApplicationStepId];
    if (!evidence) return [];
    return ctx.snapshot.grids.flatMap((grid) => {
      const seqColumn = sequenceColumn(grid);
      return grid.rows.flatMap((row, i) => {
        if (rowHasAttachment(grid, row) !== false) return [];
        const which = cellOf(row, seqColumn) || String(i + 1);
        return [findingOf(attachmentMissing, `第 ${which} 条记录还没有上传附件。请点“修改”→“附件上传”，上传${evidence}。`, { field: '附件上传' })];
      });
    });
  },
};

/** What attachmentMissing checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const attachmentMissingAbout: CheckAbout = {
  id: 'attachment-missing',
  title: '记录缺少附件',
  source: '操作指引 3(3)(4)(7)(8)(9)：“附件上传”必须上传相应证明材料',
};
