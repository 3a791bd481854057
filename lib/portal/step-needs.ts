import type { StepId } from './step-ids';

/**
 * What each page of the application needs, in plain words (Chinese), one requirement per
 * sentence: our own wording of the applicant's walkthrough (shared/seed/000_f5c71b80133c31eb.txt,
 * sections 1–3(11)); every requirement the seed states for a step appears in that step's list or
 * in its advice (lib/checks/advice.ts: what the helper cannot check), which the overlay's 指引
 * shows right after it — so neither restates the other (tests/unit/guidance-seed.test.ts).
 *
 * This is the Chinese source of the guidance the UI shows. The content script does not import
 * it (issue 9: it would carry every sentence); it reads the same sentences from the locale files
 * as `step_<id>_need_1`, `_2`, … (lib/i18n/steps.ts localStep), and tests/unit/i18n.test.ts
 * checks that zh_CN equals this table word for word and that en has each sentence. The tour
 * (lib/tour/stops.ts, on-demand bundle) matches the quoted names in these sentences against
 * the page, which is Chinese whatever the UI language.
 *
 * Validated by tests/unit/tables.test.ts with stepNeedsTableSchema (lib/portal/step-needs.schema.ts).
 */
export const STEP_NEEDS: Readonly<Record<StepId, readonly string[]>> = {
  login: [
    '输入用户名、密码和验证码后点击“登录”；新用户先注册再登录。',
    '验证码请自己输入，本助手不会代填。',
  ],
  'select-series': [
    '登录后先选“职称业务申报”，再依次选择“初次职称考核认定”→“常规流程”→“初级”（员级、助理级）或“中级”，然后选“初级初次职称考核认定”或“中级初次职称考核认定”。',
    '系统里已有本人数据的，可以点“数据贡献”选用。',
    '“单位主管类型”按单位实际情况在三个选项中选一个。',
    '“认定资格类型”必须选“工程技术人员”，然后点“选定”。',
    '如果点“选定”没有反应，多半是浏览器兼容问题：请换一台电脑或换浏览器再填。',
  ],
  'fetch-history': [
    '以前在系统里填报过的，可以点“资格评审人员基本信息”把历史数据取回来，省去重复填写。',
    '取回后请逐项核对，过时的内容（单位、电话、地址）要改成现在的。',
    '没有历史数据的可以跳过这一步。',
  ],
  'basic-info': [
    '先看页面上方红字的注意说明。',
    '带“*”的是必填项；带“...”或“﹀”的要点开选择（可输入关键字搜索），其余手动填写。',
    '“个人照片”必须上传：本人近半年正面免冠彩色一寸蓝底证件照，jpg 格式、24 位 RGB 真彩色、小于 500KB、不小于 295×413 像素（宽×高；操作指引写的“413×295”是高×宽）。',
    '“认定资格名称”：申报初级选“技术员”或“助理工程师”，申报中级选“工程师”。',
    '“申报评委会”：初级选“广州市工程系列生态环境专业初级职称评审委员会”，中级选“广州市工程系列生态环境专业中级职称评审委员会”。',
    '“认定专业”一定要准确填写（生态环境工程 / 生态环境管理与咨询 / 生态环境监测）；“申报（评审）专业组”不用填写。',
    '填完点击“保存并下一步”。',
  ],
  'qualification-history': [
    '点“添加”逐条填写已取得的专业技术资格；多条时点“保存并新增”继续。',
    '“记录序号”按 1、2、3… 从小到大的顺序填，不跳号。',
    '每条都要在“附件上传”附上专业技术资格证书扫描件。',
    '没有取得过专业技术资格的，这一步不填。',
    '填完点击“保存并下一步”。',
  ],
  education: [
    '点“添加”填写，多条时点“保存并新增”。',
    '按最高学历从高到低的顺序填报；同一层次既有全日制又有非全日制的，全日制的排在前面。',
    '每条的“附件上传”必须有学历（学位）证书，以及学信网的学籍验证报告和学历证书电子注册备案表（在学信网验证后下载）。',
    '填完点击“保存并下一步”。',
  ],
  'work-experience': [
    '点“添加”逐段填写专业技术工作经历，多条时点“保存并新增”。',
    '“是否缴纳社保”选“否”时，必须写明原因。',
    '各段起止时间按实际填写，不要互相重叠。',
    '填完点击“保存并下一步”。',
  ],
  'awards-summary': [
    '“工作期间奖惩情况”和“个人专业技术工作小结”按本人实际情况填写。',
    '没有奖惩的，“工作期间奖惩情况”要填“无。”（带句号），不能留空。',
    '工作小结不能为空。',
    '填完点击“保存并下一步”。',
  ],
  achievements: [
    '点“添加”逐项填写，多项时点“保存并新增”。',
    '每项的“附件上传”必须有该项目的佐证材料；复印件要本人签名，并由工作单位签署意见、加盖公章。',
    '填完点击“保存并下一步”。',
  ],
  publications: [
    '有这项内容才填：点“添加”填写，多项时点“保存并新增”。',
    '每项都要在“附件上传”上传证明材料：论文按下列 ①–④ 准备，专项技术分析报告、实例材料按 ⑤ 准备。',
    '填完点击“保存并下一步”。',
  ],
  'annual-review': [
    '点“添加”逐年填写，多条时点“保存并新增”。',
    '“附件上传”必须有任现职以来的年度考核表或聘任期满考核表；复印件要本人签名，并由工作单位签署意见、加盖公章。',
    '最近一年考核为“基本称职”或“不称职”的，不能申报。',
    '填完点击“保存并下一步”。',
  ],
  certificates: [
    '点“附件上传”，按顺序操作：① 选择上传附件名称 → ② 记录序号 → ③ 选择文件 → ④ 点“上传” → ⑤ 点“返回”。',
    '必须上传“在岗在职证明材料”：职称系统能直接获取您在广州市缴纳的社保信息的，以系统获取的为准；获取不到的，请上传与个人工作经历相同、连续半年以上（截止到申报当月或上一月）的社保明细、聘书、合同或离职证明等材料。',
    '其他证书、证明材料按同样流程上传。',
    '上传完点击“保存并下一步”。',
  ],
  submit: [
    '确认前面各项都已填好、附件齐全。',
    '选择“同意”，点击“送审”；弹出提示框点“确定”，再弹出结果提示后再点一次“确定”，才算完成申报。',
    '送审由您本人点击，本助手不会替您送审。',
  ],
  unknown: [
    '这一页不是已知的申报步骤。若确是申报页面，请点本栏下方的“导出页面结构”，把文件发给维护者或服务台（文件里没有您填写的内容）；服务台可据此给您一个字段映射包，在本助手的“申报档案”页导入后即可识别。',
  ],
};
