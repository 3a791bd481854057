import type { Advice } from './advice.schema';

export type { Advice };

/**
 * Requirements that software cannot see on the page — signatures, seals, what a scan shows,
 * how a photo looks, paper materials — to be told plainly at the right step. Each sentence
 * restates the applicant's walkthrough (seed, 2020 操作指引) faithfully; `source` names the section.
 *
 * This is the Chinese source of the advice the UI shows. No extension code imports it (issue 9:
 * the content script would carry every sentence and source): the UI reads the same sentences
 * from the locale files as `advice_<step>_1`, `_2`, … (lib/i18n/steps.ts localAdvice), and
 * tests/unit/i18n.test.ts checks that zh_CN equals this table word for word, in table order
 * per step, and that en has each sentence.
 */

/** The table; validated by tests/unit/tables.test.ts with adviceTableSchema (lib/checks/advice.schema.ts). */
export const ADVICE: readonly Advice[] = [
  { step: 'basic-info', text: '填写前请先看页面上方红色字体的注意说明。', source: '操作指引 3：填报各项前请先看上方的注意说明（红色字体）' },
  {
    step: 'basic-info',
    text: '个人照片须是本人近期（半年内）正面、免冠、彩色、蓝色底的一寸电子证件照。本助手只能检查文件格式、大小和像素，照片内容请自己确认。',
    source: '操作指引 3(2)：要求为本人近期（半年内）正面免冠彩色一寸蓝色底电子证件照',
  },
  {
    step: 'qualification-history',
    text: '本助手看不到附件的内容：请确认资格证书扫描件清晰、与所填证书一致。未获得专业技术资格的，本项不填。',
    source: '操作指引 3(3)',
  },
  {
    step: 'education',
    text: '本助手看不到附件的内容：请逐条确认上传的证书和学信网材料是本人、本条学历的。',
    source: '操作指引 3(4)：“附件上传”必须上传学历（学位）证书和政策要求的证明材料（即学籍验证报告及学历证书电子注册备案表，可通过学信网验证并下载）',
  },
  {
    step: 'work-experience',
    text: '从事的专业技术工作须与所学专业相同或相近，这由评委会判断，请如实填写岗位和工作内容。',
    source: 'spec/portal.md §Eligibility（2021 年广州市指引）',
  },
  {
    step: 'awards-summary',
    text: '“工作期间奖惩情况”和“个人专业技术工作小结”须根据个人实际情况填写。',
    source: '操作指引 3(6)',
  },
  {
    step: 'achievements',
    text: '本助手无法核对签名和公章：请上传前逐份检查，每份复印件都有本人签名、工作单位的意见和公章。',
    source: '操作指引 3(7)',
  },
  {
    step: 'publications',
    text: '① 论文：上传刊物封面页、目录页、正文页，并用彩笔在目录页上标明论文条目。',
    source: '操作指引 3(8)①',
  },
  {
    step: 'publications',
    text: '② 论文检索页面截图：须包括网站、刊物名称、论文标题、作者姓名及排名、CN/ISSN 刊号等信息，并附上网址。',
    source: '操作指引 3(8)②',
  },
  {
    step: 'publications',
    text: '③ 刊物在国家新闻出版广电总局网站进行合法性查询的截图。',
    source: '操作指引 3(8)③',
  },
  {
    step: 'publications',
    text: '④ 学术会议宣读的论文：上传论文正文页面及相关证明材料（如会议通知、宣读证明等）。',
    source: '操作指引 3(8)④',
  },
  {
    step: 'publications',
    text: '⑤ 专项技术分析报告、实例材料：上传相关材料，复印件须本人签名，并由工作单位加具意见、盖公章。',
    source: '操作指引 3(8)⑤',
  },
  {
    step: 'annual-review',
    text: '本助手无法核对签名和公章：请上传前检查，考核表复印件有本人签名、工作单位的意见和公章。',
    source: '操作指引 3(9)',
  },
  {
    step: 'certificates',
    text: '必须有“在岗在职证明材料”：职称系统能直接获取你在广州市缴纳的社保信息的，以系统获取为准；获取不到的，请上传与个人工作经历相同的、连续半年以上（截止到申报当月或上一月）的社保明细、聘书、合同或离职证明等材料。',
    source: '操作指引 3(10)',
  },
  {
    step: 'certificates',
    text: '上传顺序：① 选择上传附件名称 → ② 记录序号 → ③ 选择上传的文件 → ④ 点击“上传” → ⑤ 点击“返回”。其他证书、证明材料也按此流程上传。',
    source: '操作指引 3(10)',
  },
  {
    step: 'submit',
    text: '选择“同意”并点击“送审”后，会先后弹出两个提示框，都要点“确定”才完成申报。本助手不会替你点击“送审”或“确定”。',
    source: '操作指引 3(11)',
  },
];
