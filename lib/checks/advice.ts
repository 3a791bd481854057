import type { Advice } from './advice.schema';

export type { Advice };

/**
 * Requirements that software cannot see on the page — signatures, seals, what a scan shows,
 * how a photo looks, paper materials — to be told plainly at the right step. Each sentence
 * restates the applicant's walkthrough (seed, 2020 操作指引) faithfully; `source` names the section.
 * The overlay's 指引 shows a step's advice after its needs (lib/portal/step-needs.ts) in one list,
 * so an advice sentence never repeats a need (tests/unit/guidance-seed.test.ts): it says what the
 * helper cannot check, or a list the needs point to (论文 ①–⑤).
 *
 * This is the Chinese source of the advice the UI shows. No extension code imports it (issue 9:
 * the content script would carry every sentence and source): the UI reads the same sentences
 * from the locale files as `advice_<step>_1`, `_2`, … (lib/i18n/steps.ts localAdvice), and
 * tests/unit/i18n.test.ts checks that zh_CN equals this table word for word, in table order
 * per step, and that en has each sentence.
 */

/** The table; validated by tests/unit/tables.test.ts with adviceTableSchema (lib/checks/advice.schema.ts). */
export const ADVICE: readonly Advice[] = [
  {
    step: 'basic-info',
    text: '本助手只能检查照片的格式、大小和像素；是否本人近期（半年内）正面、免冠、彩色、蓝色底的一寸电子证件照，请自己对照确认。',
    source: '操作指引 3(2)：要求为本人近期（半年内）正面免冠彩色一寸蓝色底电子证件照',
  },
  {
    step: 'qualification-history',
    text: '本助手看不到附件的内容：请确认资格证书扫描件清晰、与所填证书一致。',
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
    // The guide's 国家新闻出版广电总局 was split in 2018; the journal query is on the 国家新闻出版署 site.
    text: '③ 刊物合法性查询截图：在国家新闻出版署（原国家新闻出版广电总局）网站查询该刊物的结果截图。',
    source: '操作指引 3(8)③：刊物在国家新闻出版广电总局网站进行合法性查询的截图',
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
    text: '本助手看不到上传文件的内容：上传社保明细的，请确认连续半年以上、单位与所填工作经历相同。',
    source: '操作指引 3(10)：个人工作经历相同的连续半年以上（截止到申报当月或上一月）的社保明细',
  },
];
