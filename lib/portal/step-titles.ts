import type { StepId } from './step-ids';

/**
 * Each page's title as the portal / seed names it, and its short title for the popup's list
 * (Chinese). This is the Chinese source of the titles the UI shows: the UI reads them from the
 * locale files as `step_<id>_title` / `step_<id>_short` (lib/i18n/steps.ts localStep), and
 * tests/unit/i18n.test.ts checks that zh_CN equals this table word for word. Kept out of the
 * step table (./steps.ts), which the content script needs to recognise pages, so that script
 * does not carry the sentences (issue 9), as with ./step-needs.ts.
 *
 * Validated by tests/unit/tables.test.ts with stepTitlesTableSchema (./step-titles.schema.ts).
 */
export const STEP_TITLES: Readonly<Record<StepId, { title: string; short: string }>> = {
  login: { title: '系统登录', short: '登录' },
  'select-series': { title: '选择申报资格系列', short: '选择系列' },
  'fetch-history': { title: '获取历史数据', short: '获取历史数据' },
  'basic-info': { title: '基本信息', short: '基本信息' },
  'qualification-history': { title: '专业技术资格历史情况', short: '资格历史' },
  education: { title: '学位（学历）教育情况', short: '学历' },
  'work-experience': { title: '主要专业技术工作经历', short: '工作经历' },
  'awards-summary': { title: '工作期间奖惩情况 / 个人专业技术工作小结', short: '奖惩与小结' },
  achievements: { title: '从事专业技术工作及取得的业绩成果情况', short: '业绩成果' },
  publications: { title: '论文、著作、译注 / 学术会议宣读的论文 / 专项技术分析报告、实例材料', short: '论文著作' },
  'annual-review': { title: '年度考核结果', short: '年度考核' },
  certificates: { title: '证书、证明材料', short: '证明材料' },
  submit: { title: '完成并送审', short: '完成并送审' },
  unknown: { title: '未识别的页面', short: '未识别' },
};
