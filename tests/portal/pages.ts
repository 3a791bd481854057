import { z } from 'zod';
import { APPLICATION_STEP_IDS, type ApplicationStepId } from '../../lib/portal/step-ids';

/**
 * The page table of the practice portal: one entry per step of spec/portal.md, each with its
 * form fields. Rendering (render.ts) and server-side validation (steps.ts) are driven by this
 * table, so a page is changed here, not in code. Construction deliberately varies between pages
 * (WebForms naming container prefix, label placement, required mark, option padding, some ids
 * not pinyin) because the real portal is one sample the product must generalise from.
 */

/** Where a field's options come from: a table of vocab.ts, or a rule that depends on state. */
const optionSourceSchema = z.enum([
  'GENDER',
  'ETHNICITY',
  'POLITICAL_STATUS',
  'EDUCATION_LEVEL',
  'DEGREE',
  'STUDY_MODE',
  'REVIEW_RESULT',
  'REVIEW_YEAR',
  'YES_NO',
  'COMMITTEE',
  'ROLE',
  'PUBLICATION_KIND',
  /** by the session's 申报级别 (初级/中级). */
  'QUALIFICATION_NAME',
  /** by the 申报评委会 value on the same form (client-side cascade). */
  'SPECIALTY',
  /** by the upload page's step (选择上传附件名称). */
  'ATTACHMENT_NAME',
]);

const fieldSchema = z
  .object({
    /** Storage key of the value (stable, unique within the page). */
    key: z.string().min(1),
    /** The label text without `*` and `：`. */
    label: z.string().min(1),
    /** Control id inside the naming container, e.g. `txtXM`. */
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    kind: z.enum(['text', 'textarea', 'select', 'date', 'picker', 'radios', 'file']),
    required: z.boolean().default(false),
    /** Characters (HTML maxlength, also enforced by the server). */
    maxLength: z.number().int().positive().optional(),
    options: optionSourceSchema.optional(),
    /** Inline `onchange` handler (a function of common.js). */
    onchange: z.string().optional(),
    /** Picker only: id of the hidden code input, and the chooser table of vocab.ts. */
    codeId: z.string().optional(),
    chooser: z.string().optional(),
    /**
     * Text fields only: a "..." button that opens the chooser table of modal-chooser.ts with
     * `window.showModalDialog` (an IE-only API) and writes the returned `code|text` into this
     * box and the code into the field with id `codeField` (spec/portal.md §Pickers).
     */
    modalChooser: z.object({ table: z.string().min(1), codeField: z.string().min(1) }).optional(),
    /** Shown as a column of the saved-records grid. */
    grid: z.boolean().default(false),
    /** Takes a whole row in the two-pairs layout. */
    wide: z.boolean().default(false),
  })
  .refine((f) => (f.kind === 'select' || f.kind === 'radios') === (f.options !== undefined), {
    message: 'select and radios fields need options, other kinds none',
  })
  .refine((f) => (f.kind === 'picker') === (f.codeId !== undefined && f.chooser !== undefined), {
    message: 'pickers need codeId and chooser',
  })
  .refine((f) => f.modalChooser === undefined || f.kind === 'text', { message: 'modal choosers sit on text fields' });
export type FieldDef = z.infer<typeof fieldSchema>;

const pageSchema = z.object({
  stepId: z.enum(APPLICATION_STEP_IDS),
  /** Path under /vsgzhr/ (the server matches it case-insensitively). */
  path: z.string().regex(/^[A-Za-z]+\/[A-Za-z0-9_]+\.aspx$/),
  /** Heading shown on the page and the business-tree text. */
  title: z.string().min(1),
  /** The red 注意说明 text. */
  notice: z.string().min(1),
  kind: z.enum(['history', 'form', 'records', 'certificates', 'submit']),
  /** WebForms naming container: `ctl00$ContentPlaceHolder1$`, `ctl00$MainContent$`, or none. */
  prefix: z.enum(['ctl00$ContentPlaceHolder1$', 'ctl00$MainContent$', '']),
  layout: z.enum(['two-pairs', 'label-cell', 'header-above', 'label-above']),
  /** How a required label is marked: a red `<font>` star, or a plain `*` in the text. */
  requiredMark: z.enum(['font', 'text']),
  /** Padding of option texts: non-breaking spaces or full-width spaces. */
  pad: z.enum(['nbsp', 'ideo']),
  fields: z.array(fieldSchema),
  /** Records steps: rows needed before 保存并下一步 is accepted. */
  minRows: z.number().int().min(0).default(0),
  /** Button ids (they differ between pages of the real system too). */
  buttons: z
    .object({
      next: z.string().default('btnSaveNext'),
      add: z.string().default('btnAdd'),
      save: z.string().default('btnSave'),
      saveAdd: z.string().default('btnSaveAdd'),
      back: z.string().default('btnBack'),
      upload: z.string().default('btnUpload'),
    })
    .prefault({}),
});
export type PageDef = z.infer<typeof pageSchema>;
type PageInput = z.input<typeof pageSchema>;

const SEQ = { key: 'seq', label: '记录序号', required: true, maxLength: 3, grid: true } as const;

const PAGE_INPUTS: PageInput[] = [
  {
    stepId: 'fetch-history',
    path: 'ZCSB/HQLSSJ.aspx',
    title: '获取历史数据',
    notice: '注意说明：如系统中有您的历史数据，可点击“资格评审人员基本信息”获取，获取后请到“基本信息”逐项核对；没有历史数据的可跳过此项。',
    kind: 'history',
    prefix: 'ctl00$ContentPlaceHolder1$',
    layout: 'label-cell',
    requiredMark: 'font',
    pad: 'nbsp',
    fields: [],
    buttons: { next: 'btnNext' },
  },
  {
    stepId: 'basic-info',
    path: 'ZCSB/JBXX.aspx',
    title: '基本信息',
    notice:
      '注意说明：带“*”的指标为必填项，带“...”或“﹀”的指标为可选择或可输入关键字搜索选择选定，其他指标手动填写。个人照片须为本人近期（半年内）正面免冠彩色一寸蓝色底电子证件照，jpg格式，24位RGB真彩色，大小在500K以内，像素不小于413×295。“申报（评审）专业组”不用填写。',
    kind: 'form',
    prefix: 'ctl00$ContentPlaceHolder1$',
    layout: 'two-pairs',
    requiredMark: 'font',
    pad: 'nbsp',
    fields: [
      { key: 'XM', label: '姓名', id: 'txtXM', kind: 'text', required: true, maxLength: 20 },
      { key: 'XB', label: '性别', id: 'ddlXB', kind: 'select', required: true, options: 'GENDER' },
      { key: 'SFZH', label: '公民身份号码', id: 'txtSFZH', kind: 'text', required: true, maxLength: 18, onchange: 'SFZHChange(this)' },
      { key: 'CSRQ', label: '出生日期', id: 'txtCSRQ', kind: 'date', required: true },
      { key: 'MZ', label: '民族', id: 'ddlMZ', kind: 'select', required: true, options: 'ETHNICITY' },
      { key: 'ZZMM', label: '政治面貌', id: 'ddlZZMM', kind: 'select', required: true, options: 'POLITICAL_STATUS' },
      { key: 'CJGZSJ', label: '参加工作时间', id: 'txtCJGZSJ', kind: 'date', required: true },
      { key: 'GZDW', label: '工作单位', id: 'txtGZDW', kind: 'text', required: true, maxLength: 50, modalChooser: { table: 'DW', codeField: 'txtTYXYDM' } },
      { key: 'TYXYDM', label: '单位统一社会信用代码', id: 'txtTYXYDM', kind: 'text', maxLength: 18 },
      { key: 'XCSZY', label: '现从事专业技术工作', id: 'txtXCSZY', kind: 'text', maxLength: 30 },
      { key: 'LXDH', label: '联系电话', id: 'txtLXDH', kind: 'text', maxLength: 20 },
      { key: 'SJHM', label: '手机号码', id: 'txtSJHM', kind: 'text', required: true, maxLength: 11 },
      { key: 'DZYX', label: '电子邮箱', id: 'txtDZYX', kind: 'text', maxLength: 50 },
      { key: 'YZBM', label: '邮政编码', id: 'txtYZBM', kind: 'text', maxLength: 6 },
      { key: 'TXDZ', label: '通讯地址', id: 'txtTXDZ', kind: 'text', maxLength: 100, wide: true },
      { key: 'ZGXL', label: '最高学历', id: 'ddlZGXL', kind: 'select', required: true, options: 'EDUCATION_LEVEL' },
      { key: 'ZGXW', label: '最高学位', id: 'ddlZGXW', kind: 'select', options: 'DEGREE' },
      { key: 'RDZGMC', label: '认定资格名称', id: 'ddlRDZGMC', kind: 'select', required: true, options: 'QUALIFICATION_NAME' },
      { key: 'SBPWH', label: '申报评委会', id: 'ddlSBPWH', kind: 'select', required: true, options: 'COMMITTEE', onchange: 'SBPWHChange(this)' },
      { key: 'RDZY', label: '认定专业', id: 'ddlRDZY', kind: 'select', required: true, options: 'SPECIALTY' },
      { key: 'ZYZ', label: '申报（评审）专业组', id: 'txtZYZ', kind: 'picker', codeId: 'hidZYZDM', chooser: 'ZYZ' },
      { key: 'ZP', label: '个人照片', id: 'fuZP', kind: 'file', required: true, wide: true },
    ],
    buttons: { next: 'btnBCXYB' },
  },
  {
    stepId: 'qualification-history',
    path: 'ZCSB/ZYJSZGLS.aspx',
    title: '专业技术资格历史情况',
    notice:
      '注意说明：点击“添加”填写相关信息，“附件上传”附上专业技术资格证书扫描件；记录序号按照1，2，3…的顺序填报，若有多个则点击“保存并新增”继续填报。未获得专业技术资格的不填报。',
    kind: 'records',
    prefix: 'ctl00$ContentPlaceHolder1$',
    layout: 'header-above',
    requiredMark: 'text',
    pad: 'ideo',
    fields: [
      { ...SEQ, id: 'txtJLXH', kind: 'text' },
      { key: 'ZGMC', label: '资格名称', id: 'txtZGMC', kind: 'text', required: true, maxLength: 30, grid: true },
      { key: 'XL', label: '系列', id: 'txtXL', kind: 'picker', required: true, codeId: 'hidXLDM', chooser: 'XL', grid: true },
      { key: 'ZY', label: '专业', id: 'txtZY', kind: 'text', required: true, maxLength: 30, grid: true },
      { key: 'QDSJ', label: '取得时间', id: 'txtQDSJ', kind: 'date', required: true, grid: true },
      { key: 'ZSBH', label: '证书编号', id: 'txtZSBH', kind: 'text', maxLength: 30 },
      { key: 'SPDW', label: '审批单位', id: 'txtSPDW', kind: 'text', maxLength: 50 },
    ],
  },
  {
    stepId: 'education',
    path: 'ZCSB/XLXWJY.aspx',
    title: '学位（学历）教育情况',
    notice:
      '注意说明：点击“添加”填写相关信息，按照最高学历从高到低的顺序填报，若有多个则点击“保存并新增”继续填报；“附件上传”必须上传学历（学位）证书和学籍验证报告及学历证书电子注册备案表（可通过学信网验证并下载）。',
    kind: 'records',
    prefix: 'ctl00$MainContent$',
    layout: 'label-cell',
    requiredMark: 'font',
    pad: 'ideo',
    minRows: 1,
    fields: [
      { ...SEQ, id: 'TextBox1', kind: 'text' },
      { key: 'QSSJ', label: '起始时间', id: 'TextBox2', kind: 'date', required: true, grid: true },
      { key: 'ZZSJ', label: '终止时间', id: 'TextBox3', kind: 'date', required: true, grid: true },
      { key: 'BYYX', label: '毕业院校', id: 'TextBox4', kind: 'text', required: true, maxLength: 50, grid: true },
      { key: 'SXZY', label: '所学专业', id: 'TextBox5', kind: 'text', required: true, maxLength: 30, grid: true },
      { key: 'XL', label: '学历', id: 'DropDownList1', kind: 'select', required: true, options: 'EDUCATION_LEVEL', grid: true },
      { key: 'XW', label: '学位', id: 'DropDownList2', kind: 'select', options: 'DEGREE' },
      { key: 'XXXS', label: '学习形式', id: 'DropDownList3', kind: 'select', required: true, options: 'STUDY_MODE', grid: true },
      { key: 'ZSBH', label: '证书编号', id: 'TextBox6', kind: 'text', maxLength: 30 },
    ],
    buttons: { add: 'Button1', save: 'Button2', saveAdd: 'Button3', back: 'Button4', next: 'Button5', upload: 'Button6' },
  },
  {
    stepId: 'work-experience',
    path: 'ZCSB/GZJL.aspx',
    title: '主要专业技术工作经历',
    notice: '注意说明：点击“添加”填写相关信息，若有多个则点击“保存并新增”继续填报。“是否缴纳社保”填“否”时需填写未缴纳社保原因。终止时间不填表示至今。',
    kind: 'records',
    prefix: 'ctl00$ContentPlaceHolder1$',
    layout: 'two-pairs',
    requiredMark: 'font',
    pad: 'nbsp',
    minRows: 1,
    fields: [
      { ...SEQ, id: 'txtXH', kind: 'text' },
      { key: 'QSSJ', label: '起始时间', id: 'txtKSSJ', kind: 'date', required: true, grid: true },
      { key: 'ZZSJ', label: '终止时间', id: 'txtJSSJ', kind: 'date', grid: true },
      { key: 'GZDW', label: '工作单位', id: 'txtGZDW', kind: 'text', required: true, maxLength: 50, grid: true },
      { key: 'ZW', label: '职务/岗位', id: 'txtZW', kind: 'text', required: true, maxLength: 30, grid: true },
      { key: 'GZNR', label: '主要工作内容', id: 'txtGZNR', kind: 'textarea', required: true, maxLength: 500, wide: true },
      { key: 'SFJNSB', label: '是否缴纳社保', id: 'rblSFJNSB', kind: 'radios', required: true, options: 'YES_NO', onchange: 'SFJNSBChange()', grid: true },
      { key: 'WJNYY', label: '未缴纳社保原因', id: 'txtWJNYY', kind: 'textarea', maxLength: 200, wide: true },
    ],
  },
  {
    stepId: 'awards-summary',
    path: 'ZCSB/JCXJ.aspx',
    title: '工作期间奖惩情况/个人专业技术工作小结',
    notice: '注意说明：“工作期间奖惩情况”和“个人专业技术工作小结”根据个人实际情况填报；“工作期间奖惩情况”无内容填报则填写“无。”',
    kind: 'form',
    prefix: '',
    layout: 'label-above',
    requiredMark: 'text',
    pad: 'nbsp',
    fields: [
      { key: 'JCQK', label: '工作期间奖惩情况', id: 'txtJCQK', kind: 'textarea', required: true, maxLength: 1000 },
      { key: 'GZXJ', label: '个人专业技术工作小结', id: 'txtGZXJ', kind: 'textarea', required: true, maxLength: 3000 },
    ],
    buttons: { next: 'btnSubmit' },
  },
  {
    stepId: 'achievements',
    path: 'ZCSB/YJCG.aspx',
    title: '从事专业技术工作及取得的业绩成果情况',
    notice:
      '注意说明：点击“添加”填写相关信息，若有多个则点击“保存并新增”继续填报；“附件上传”必须上传所填项目的佐证材料（复印件须本人签名，工作单位加具意见并盖公章）。',
    kind: 'records',
    prefix: 'ctl00$ContentPlaceHolder1$',
    layout: 'label-cell',
    requiredMark: 'text',
    pad: 'nbsp',
    minRows: 1,
    fields: [
      { ...SEQ, id: 'txtJLXH', kind: 'text' },
      { key: 'QSSJ', label: '起始时间', id: 'txtQSSJ', kind: 'date', required: true, grid: true },
      { key: 'ZZSJ', label: '终止时间', id: 'txtZZSJ', kind: 'date', grid: true },
      { key: 'XMMC', label: '项目名称', id: 'txtXMMC', kind: 'text', required: true, maxLength: 100, grid: true },
      { key: 'BRJS', label: '本人角色', id: 'ddlBRJS', kind: 'select', required: true, options: 'ROLE', grid: true },
      { key: 'ZYNR', label: '主要内容', id: 'txtZYNR', kind: 'textarea', required: true, maxLength: 1000 },
      { key: 'CG', label: '成果', id: 'txtCG', kind: 'textarea', maxLength: 1000 },
    ],
  },
  {
    stepId: 'publications',
    path: 'ZCSB/LWZZ.aspx',
    title: '论文、著作、译注/学术会议宣读的论文/专项技术分析报告、实例材料',
    notice:
      '注意说明：如有此项内容，点击“添加”填写相关信息；“附件上传”上传论文（刊物封面页、目录页、正文页）、论文检索页面截图、刊物合法性查询截图；专项技术分析报告、实例材料复印件须本人签名，工作单位加具意见并盖公章。',
    kind: 'records',
    prefix: 'ctl00$ContentPlaceHolder1$',
    layout: 'two-pairs',
    requiredMark: 'font',
    pad: 'ideo',
    fields: [
      { ...SEQ, id: 'txtJLXH', kind: 'text' },
      { key: 'LB', label: '类别', id: 'ddlLB', kind: 'select', required: true, options: 'PUBLICATION_KIND', grid: true },
      { key: 'TM', label: '题目', id: 'txtTM', kind: 'text', required: true, maxLength: 100, grid: true, wide: true },
      { key: 'KWMC', label: '刊物名称', id: 'TextBox3', kind: 'text', maxLength: 50, grid: true },
      { key: 'ISSN', label: 'ISSN', id: 'txtISSN', kind: 'text', maxLength: 9 },
      { key: 'CN', label: 'CN', id: 'txtCN', kind: 'text', maxLength: 12 },
      { key: 'FBSJ', label: '发表时间', id: 'txtFBSJ', kind: 'date', required: true, grid: true },
      { key: 'BRPM', label: '本人排名', id: 'txtBRPM', kind: 'text', maxLength: 2 },
    ],
  },
  {
    stepId: 'annual-review',
    path: 'ZCSB/NDKH.aspx',
    title: '年度考核结果',
    notice:
      '注意说明：点击“添加”填写相关信息，若有多个则点击“保存并新增”继续填报；“附件上传”必须上传任现职以来的年度考核表或聘任期满考核表（复印件须本人签名，工作单位加具意见并盖公章）。',
    kind: 'records',
    prefix: 'ctl00$ContentPlaceHolder1$',
    layout: 'header-above',
    requiredMark: 'font',
    pad: 'nbsp',
    minRows: 1,
    fields: [
      { ...SEQ, id: 'txtJLXH', kind: 'text' },
      { key: 'ND', label: '年度', id: 'ddlND', kind: 'select', required: true, options: 'REVIEW_YEAR', grid: true },
      { key: 'KHJG', label: '考核结果', id: 'ddlKHJG', kind: 'select', required: true, options: 'REVIEW_RESULT', grid: true },
    ],
  },
  {
    stepId: 'certificates',
    path: 'ZCSB/ZSZM.aspx',
    title: '证书、证明材料',
    notice:
      '注意说明：点击“附件上传”，按照①选择上传附件名称－②记录序号－③选择上传的文件－④点击“上传”－⑤点击“返回”的顺序进行填报。必须上传“在岗在职证明材料”。',
    kind: 'certificates',
    prefix: 'ctl00$ContentPlaceHolder1$',
    layout: 'label-cell',
    requiredMark: 'font',
    pad: 'nbsp',
    fields: [],
    buttons: { next: 'btnSaveNext', upload: 'btnFJSC' },
  },
  {
    stepId: 'submit',
    path: 'ZCSB/WCSS.aspx',
    title: '完成并送审',
    notice: '注意说明：完成个人填报后，选择“同意”，点击“送审”，在弹出的提示框中点击“确定”。送审后不能再修改申报信息。',
    kind: 'submit',
    prefix: 'ctl00$ContentPlaceHolder1$',
    layout: 'label-cell',
    requiredMark: 'font',
    pad: 'nbsp',
    fields: [],
  },
];

/** The eleven step pages in order (validated at load; a bad table fails every test at once). */
export const STEP_PAGES: readonly PageDef[] = z.array(pageSchema).length(APPLICATION_STEP_IDS.length).parse(PAGE_INPUTS);

/**
 * The 附件上传 page (name → 记录序号 → file → 上传 → 返回, seed 3(10)); shared by every step that
 * takes attachments, told which by `?lx=<step id>`.
 */
export const UPLOAD_PAGE: PageDef = pageSchema.parse({
  stepId: 'certificates',
  path: 'ZCSB/FJSC.aspx',
  title: '附件上传',
  notice: '注意说明：请按照①选择上传附件名称－②记录序号－③选择上传的文件－④点击“上传”－⑤点击“返回”的顺序操作；单个文件不超过5M，支持jpg、pdf格式。',
  kind: 'form',
  prefix: 'ctl00$ContentPlaceHolder1$',
  layout: 'label-cell',
  requiredMark: 'font',
  pad: 'ideo',
  fields: [
    { key: 'FJMC', label: '选择上传附件名称', id: 'ddlFJMC', kind: 'select', required: true, options: 'ATTACHMENT_NAME' },
    { key: 'JLXH', label: '记录序号', id: 'txtJLXH', kind: 'text', required: true, maxLength: 3 },
    { key: 'WJ', label: '选择上传的文件', id: 'FileUpload1', kind: 'file', required: true },
  ],
  buttons: { upload: 'btnUpload', back: 'btnReturn' },
});

/** The page of a step id. */
export function pageOf(stepId: ApplicationStepId): PageDef {
  const page = STEP_PAGES.find((p) => p.stepId === stepId);
  if (!page) throw new Error(`no page for step ${stepId}`);
  return page;
}

/** The step after `stepId`, or null after the last. */
export function nextPage(stepId: ApplicationStepId): PageDef | null {
  const index = STEP_PAGES.findIndex((p) => p.stepId === stepId);
  return STEP_PAGES[index + 1] ?? null;
}

/** Steps whose attachments the upload page accepts (those with a 附件上传 button). */
export const STEPS_WITH_ATTACHMENTS: readonly ApplicationStepId[] = [
  'qualification-history',
  'education',
  'achievements',
  'publications',
  'annual-review',
  'certificates',
];

/** WebForms `name` of a control on `page`, e.g. `ctl00$ContentPlaceHolder1$txtXM`. */
export function controlName(page: PageDef, id: string): string {
  return page.prefix + id;
}

/** WebForms client `id` of a control on `page`, e.g. `ctl00_ContentPlaceHolder1_txtXM`. */
export function controlId(page: PageDef, id: string): string {
  return controlName(page, id).replace(/\$/g, '_');
}
