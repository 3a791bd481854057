/**
 * The field dictionary: one row per field key, saying how a control that means this key is
 * labelled on government pages (Chinese synonyms, decorations removed before matching), which
 * labels must never count (negatives), the pinyin-initial and English tokens seen in WebForms
 * ids/names (spec/portal.md §Hosts and technology), which control kinds may carry it, and the
 * steps where it appears (record keys only on their record step).
 *
 * Label strings are written normalised (lib/page/normalize.ts; the schema refuses any other) and
 * compared for equality with the page's labels after the same normalisation and the
 * recogniser's decoration stripping; RegExps are tested against the same text. A label that
 * matches a negative pattern never supports the key. The rows are validated by
 * tests/unit/tables.test.ts with fieldTupleTableSchema and, named, fieldTableSchema
 * (./dictionary.schema.ts), so a bad row fails every test run rather than a user's page, and the
 * content script carries no zod (issue 9). The rows are written as tuples (FIELD_TABLE says the
 * columns) and named on first use (fieldDictionary).
 * A field's title (what previews and the teach chooser call it) is written only where it is not
 * its first label, in FIELD_TITLES beside the rows; a row's kinds only where they are not a text
 * box alone.
 */
import type { FieldKey } from './keys';
import type { StepId } from '../portal/step-ids';
import type { RecordSection } from '../profile/vocabulary';
import type { ControlKind } from '../page/snapshot';
import { RECORD_STEPS } from './sections';
import type { FieldGroup, FieldRow, FieldTuple, LabelPattern } from './dictionary.schema';
import { END_YEAR_LABEL, START_YEAR_LABEL } from './date-fields';

export type { FieldGroup, FieldTuple, LabelPattern };

/** A dictionary row ready for matching: labels normalised, absent lists empty, the title and the kinds given. */
export type FieldSpec = Omit<FieldRow, 'negative' | 'pinyin' | 'english' | 'kinds'> & {
  /** What previews and the teach chooser call the field: FIELD_TITLES', else its first label; absent in the content script, which shows none. */
  title: string;
  /** The fields its options follow (FIELD_DEPENDS); none in the content script. */
  dependsOn?: FieldKey[];
  kinds: ControlKind[];
  negative: LabelPattern[];
  pinyin: string[];
  english: string[];
};

/** The kinds of a row that writes none: a text box. */
const TEXT: ControlKind[] = ['text'];
const TEXTISH: ControlKind[] = ['text', 'textarea'];
/** A box, or a list of the values (a record's name or title may be chosen from the portal's list). */
const TEXT_OR_LIST: ControlKind[] = ['text', 'select'];
const CHOICE: ControlKind[] = ['select', 'radio', 'text'];
/** A date may be a box, or lists of its year, month and day (the year's list carries the key; lib/fields/recognize.ts dateParts). */
const DATEISH: ControlKind[] = ['date', 'text', 'select'];
/** A box, a text area or a list of the values. Only whether a kind is in a row's list counts, not its order. */
const WRITTEN_OR_LIST: ControlKind[] = [...TEXTISH, 'select'];
const FILE: ControlKind[] = ['file'];

/** The application's own choices: on the select-series page and again on 基本信息. */
const APPLICATION_STEPS: StepId[] = ['select-series', 'basic-info'];

/** 起止时间 / 起讫日期 / 起止年月 / 起止年份: one label over a start box and an end box (a period's years: lists or yyyy boxes, fill 64). */
const RANGE_LABEL = /^(起止|起讫|起至|起始-终止)(时间|日期|年月|年限|年份)?$/;

/**
 * The words of a box or list beside 终止时间 that says "still going" instead of a date (normalised
 * text): □至今, 是否至今 是/否, ◉至今在职, □(至今), □至今(请勾选), □是否在职, □在职. Not a field of the profile of its
 * own: it is how the page writes a null 终止时间 (spec/profile-format.md: endDate null = 至今).
 * Read by the autofill (lib/fill/plan.ts ticks it) and required-field (a ticked one excuses the
 * empty 终止时间).
 */
export const UNTIL_NOW_LABEL = /^\(?(是否)?(至今|在职)(在职|在岗)?\)?\(?(请勾选|请选择)?\)?$/;

/** The record number of `section`'s records (its step's group gives the step). */
function seqRow(section: RecordSection): FieldTuple {
  return [`${section}.seq` as FieldKey, ['记录序号 序号 排序号 顺序号 记录顺序 排序 记录号'], 'JLXH XH PXH SXH seq orderno sortno sort', TEXT_OR_LIST];
}

/**
 * The start of `section`'s period, with `extra` labels of that section's own (as written: separated by spaces) before the range labels.
 * Its tokens are every section's, 入学 (RXSJ, RXRQ, EnrollDate) too, as the end's are 毕业 and 完成 (BYSJ, BYRQ, WCSJ,
 * GraduateDate): a record step asks its own section's dates only, and one row of tokens costs the content script less
 * than a section's own (unseen69: unlabelled 学历 boxes known by those ids alone).
 */
function startRow(section: RecordSection, extra: string[] = []): FieldTuple {
  return [
    `${section}.startDate` as FieldKey,
    ['起始时间 开始时间 起始日期 开始日期 起始年月 开始年月 起始 起 从 自', ...extra, RANGE_LABEL, START_YEAR_LABEL],
    'QSSJ KSSJ RXSJ QSRQ KSRQ RXRQ QSNY QS start begin from startdate begindate enrolldate',
    DATEISH,
    [],
    { range: 'start' },
  ];
}

/** The end of `section`'s period, with `extra` labels of that section's own (as written: separated by spaces) before the range labels; its tokens as the start's. */
function endRow(section: RecordSection, extra: string[] = []): FieldTuple {
  return [
    `${section}.endDate` as FieldKey,
    ['终止时间 结束时间 截止时间 终止日期 结束日期 截止日期 终止年月 结束年月 终止 至 到', ...extra, RANGE_LABEL, END_YEAR_LABEL],
    'ZZSJ JSSJ JZSJ BYSJ WCSJ ZZRQ JSRQ BYRQ ZZNY ZZ end enddate until graduatedate',
    DATEISH,
    [],
    { range: 'end' },
  ];
}

/**
 * The dictionary as written, in groups of rows asked on the same steps: `[steps, rows]`, the
 * steps one StepId or several (a record key only on its record step). Each row is a tuple whose
 * columns are, in this order:
 *   0. key — the field key;
 *   1. labels — exact label texts (written normalised) or patterns, the texts side by side in
 *      one string separated by spaces (a normalised text has none), in the order they are named;
 *   2. tokens — the pinyin-initial (upper case: XM, SFZH) and English (lower case: name, idcard)
 *      tokens of ids/names, in one string separated by spaces; '' for none;
 *   3. kinds — the control kinds that may carry it; a text box alone (TEXT) when absent;
 *   4. negative — labels that must never count for it; none when absent;
 *   5. more — `range` (a part of a date range) or `parts` (the fields it holds together).
 * Columns, not named properties, because the content script carries the table: the names
 * repeated on every row cost it about 250 bytes gzip (issue 9). fieldDictionary() gives the rows
 * named; fieldTupleTableSchema (./dictionary.schema.ts) validates the table as written.
 */
export const FIELD_TABLE: readonly FieldGroup[] = [
  // ── 申报资格 (select-series page and step 2) ──────────────────────────────────────────
  [APPLICATION_STEPS, [
    ['application.level', ['申报级别', /^(申报|资格|职称|评审|认定)?(级别|层级)$/, '申报等级'], 'SBJB JB ZCJB ZGJB level grade', CHOICE, [/专业组/]],
    ['application.unitSupervisorType', ['单位主管类型 主管类型 单位主管部门类型 主管单位类型 单位主管性质'], 'DWZGLX ZGLX supervisortype', CHOICE],
    ['application.qualificationType', ['认定资格类型 资格类型 申报资格类型 人员类型 认定类型'], 'RDZGLX ZGLX SBZGLX qualificationtype qualtype', CHOICE],
    // Chosen on 基本信息 (seed 3(2)), or in the cascade of 选择申报资格系列 on other portals (breaker
    // 64a item 1). There the ①申报资格 radios pick the track (初级初次职称考核认定), not this name
    // (breaker11 item 1): 申报资格 alone is no label of it, but a list of it offering titles is
    // (recognize.ts labelInputs). Its list follows the level (FIELD_DEPENDS).
    ['application.qualificationName', ['认定资格名称 资格名称 申报资格名称 拟申报资格名称 拟认定资格 拟认定资格名称 认定资格 申报职称 申报职称名称'], 'RDZGMC ZGMC SBZG SBZGMC RDZG qualificationname qualname', CHOICE, [/现有|已有|历史|取得/]],
    // Its list follows the title chosen and the level (FIELD_DEPENDS).
    ['application.committee', ['申报评委会', /^(申报)?评审?委员?会(名称)?$/, '评审机构'], 'SBPWH PWH PWHMC PSWYH committee', CHOICE, [/专业组/]],
    ['application.specialty', ['认定专业', /^(拟?认定|申报|评审)专业(名称)?$/], 'RDZY SBZY RDZYMC SBZYMC specialty speciality', CHOICE, [/专业组/, /现从事/, /所学/]],
  ]],
  ['basic-info', [
    ['page.reviewGroup', [/专业组/, /^(申报)?(\(?评审\)?)?专业组(名称)?$/], 'SBPSZYZ PSZYZ ZYZ SBZYZ reviewgroup specialtygroup', CHOICE],
    // ── 基本信息 (step 2) ──────────────────────────────────────────────────────────────
    // UserName (txtUserName) named whole: read before its generic head Name (breaker 26 F7).
    ['basic.name', ['姓名 申报人姓名 申报人 本人姓名 真实姓名 中文姓名'], 'XM SBRXM XINGMING name realname fullname xingming username'],
    ['basic.gender', ['性别'], 'XB XINGBIE sex gender xingbie', CHOICE],
    ['basic.birthDate', ['出生日期 出生年月 出生年月日 生日 出生时间'], 'CSRQ CSNY CSSJ CSNYR birth birthday birthdate dob', DATEISH],
    ['basic.idNumber', ['公民身份号码', /^((公民|居民)?身份证件?|证件)号码?$|^身份证$/], 'SFZH SFZHM ZJHM GMSFHM SFZ GMSFZHM ZJH idcard idno idnumber identity cardno sfz', TEXT, [/类型|种类|证书/]],
    // 有效证件类型 too: the checks read the applicant's 证件类型 from this field (lib/checks/common.ts fieldValues).
    // A box too: a portal shows the account's 证件类型 read-only (fill 45).
    ['page.idType', ['证件类型', /^(身份|有效)?证件(类型|种类|名称)$/], 'ZJLX ZJZL SFZJLX idtype cardtype certtype zjlx', CHOICE],
    ['basic.ethnicity', ['民族'], 'MZ MINZU nation ethnic ethnicity minzu', CHOICE],
    ['basic.politicalStatus', ['政治面貌 政治面目 党派'], 'ZZMM political politics party', CHOICE],
    ['basic.workStartDate', ['参加工作时间', /^参加工作(日期|年月|年份)?$|^(开始工作|工作起始)时间$/], 'CJGZSJ CJGZRQ CJGZNY GZSJ workstart workdate jobstart', DATEISH],
    ['basic.employer', ['工作单位 单位名称 现工作单位 所在单位 工作单位名称 现单位 现工作单位名称 现任职单位 任职单位 所在单位名称 单位'], 'GZDW DWMC XGZDW SZDW DW employer company unitname workunit orgname', WRITTEN_OR_LIST],
    // The unit named as the employer (所在 / 用人 / 现工作单位…) or not at all; the words also
    // reversed (社会统一信用代码). Never another unit's (主管单位, 上级单位: probe 20 F2).
    ['basic.employerCreditCode', ['统一社会信用代码', /^((所在|用人|聘用|现?工作)?单位)?(统一社会|社会统一|社会|统一)?信用代码$/], 'TYSHXYDM XYDM SHXYDM DWXYDM creditcode uscc uscode'],
    ['basic.currentPost', ['现从事专业技术工作 现从事专业技术工作岗位 现从事岗位 现岗位 现从事专业技术岗位 现从事专业 现从事工作 现从事专业技术工作及岗位 现任岗位 现任专业技术岗位 从事专业技术工作'], 'XCSZYJSGZ XCSGZ XGW XCSZY XRGW currentpost post position', WRITTEN_OR_LIST],
    ['basic.phone', ['联系电话 办公电话 固定电话 电话 电话号码 固话 座机 办公室电话'], 'LXDH BGDH GDDH DH DHHM phone tel telephone officephone', TEXT, [/手机|移动|传真|紧急|家庭/]],
    ['basic.mobile', ['手机号码 手机 移动电话 手机号 移动电话号码 联系手机'], 'SJHM SJ YDDH SJH LXSJ mobile cellphone cell handset'],
    ['basic.email', ['电子邮箱 电子邮件 邮箱 E-mail Email 电子信箱 E-mail地址 邮箱地址 电子邮箱地址 Mail'], 'DZYX DZXX EMAIL YX DZYJ email mail'],
    // Mail without the E, with Addr, is the mailing address (通讯地址); the id is read whole first
    // (an E split off, txtE_MailAddr, is joined back: nameTokens).
    ['basic.address', ['通讯地址 通信地址 联系地址 地址 邮寄地址 联系人地址'], 'TXDZ LXDZ DZ YJDZ address addr mailaddr mailaddress', TEXTISH, [/单位|户籍|家庭|出生|籍贯|邮箱|电子/]],
    ['basic.postcode', ['邮政编码 邮编 邮码'], 'YZBM YB postcode zipcode zip postal'],
    ['basic.highestEducation', ['最高学历 学历 文化程度 最高学历层次'], 'ZGXL XL education edu', CHOICE],
    ['basic.highestDegree', ['最高学位 学位'], 'ZGXW XW degree', CHOICE],
    // 照片, 上传照片, 上传个人照片, 本人照片, 电子照片, 照片上传.
    ['page.photo', ['个人照片', /^(上传)?(个人|本人|电子)?照片(上传)?$/, '证件照 个人近照 相片'], 'ZP GRZP ZHAOPIAN photo picture avatar zhaopian', FILE],
  ]],
  // ── 工作期间奖惩情况 / 个人专业技术工作小结 (step 6) ───────────────────────────────────
  ['awards-summary', [
    // 奖惩, 奖惩信息, 奖惩情况总结, 奖惩及表彰情况: the awards however summed up (breaker 22 #12).
    ['awards', ['工作期间奖惩情况', /^(工作期间)?奖惩(及表彰)?(情况|信息)?(总结)?$/, '奖励和处分情况 何时何地受过何种奖励或处分'], 'JCQK GZQJJCQK JC awards reward rewards', TEXTISH],
    // A lone box □无 (or a pair □有 □无) answers it too (fill 60).
    ['page.awardsYesNo', ['有无奖惩', /^(有无|是否有)奖惩(情况)?$/], '', [...CHOICE, 'checkbox']],
    // 奖惩 asked in two boxes: 奖励情况 / 获奖情况 / 奖励 and 处分情况 / 受处分情况 / 惩处 (probe 18).
    ['page.rewards', ['奖励情况', /^(工作期间)?[受获]?(奖励?|表彰)(情况)?$/], '', TEXTISH],
    ['page.punishments', ['处分情况', /^(工作期间)?受?(处分|惩处|处罚)(情况)?$/], '', TEXTISH],
    // 总结, 工作小结, 个人总结, 专业技术工作总结, 任现职以来工作总结 (the years in the present post: breaker 22 #12).
    ['workSummary', ['个人专业技术工作小结', /^(任现职以来)?(个人)?(专业技术)?(工作)?[小总]结$/], 'GZXJ ZYJSGZXJ GRXJ GRZYJSGZXJ XJ GZZJ GRZJ summary worksummary', TEXTISH],
  ]],
  // ── 专业技术资格历史情况 (step 3) ──────────────────────────────────────────────────────
  ['qualification-history', [
    seqRow('qualificationHistory'),
    // 名称 alone: on this step's form the only name is the qualification's.
    ['qualificationHistory.name', ['资格名称 专业技术资格名称 专业技术资格 职称名称 资格 职称 专业技术职务任职资格 任职资格名称 任职资格 名称'], 'ZGMC ZCMC ZYJSZG RZZG qualname titlename', TEXT_OR_LIST],
    ['qualificationHistory.series', ['系列 资格系列 职称系列 专业系列 系列名称 评审系列 所属系列'], 'XL ZGXL ZCXL XLMC series', TEXT_OR_LIST],
    ['qualificationHistory.specialty', ['专业 资格专业 专业名称 评审专业 取得专业 资格专业名称'], 'ZY ZYMC ZGZY specialty major', TEXT_OR_LIST, [/专业组/]],
    ['qualificationHistory.obtainedDate', ['取得时间', /^((取得|获得|批准|发证|评审通过)(资格)?|资格取得)(时间|日期|年月)$/], 'QDSJ QDRQ HDSJ PZSJ FZRQ QDZGSJ obtaindate obtaineddate issuedate getdate', DATEISH],
    ['qualificationHistory.certificateNo', ['证书编号 证书号 资格证书编号 证书号码 资格证书号 证书编码'], 'ZSBH ZSHM ZSH ZGZSBH certno certificateno certificate'],
    ['qualificationHistory.approvedBy', ['审批单位', /^(审批|批准|发证|评审)(单位|机关|部门)$/, '发证机构'], 'SPDW PZDW FZDW SPJG FZJG PZJG approvedby issuer authority', TEXT_OR_LIST],
  ]],
  // ── 学位（学历）教育情况 (step 4) ──────────────────────────────────────────────────────
  ['education', [
    seqRow('education'),
    startRow('education', ['入学时间 入学日期 入学年月']),
    endRow('education', ['毕业时间 毕业日期 毕业年月']),
    ['education.school', ['毕业院校 学校 学校名称 毕业学校 院校名称 就读学校 毕业院校名称 院校'], 'BYYX XXMC XX YXMC BYXX school college university', TEXT_OR_LIST],
    // The major studied (studymajor, graduatemajor): an id's word before Major or Specialty chooses this row (recognize.ts headWord).
    ['education.major', ['所学专业 专业 专业名称 学习专业 毕业专业'], 'SXZY ZY ZYMC BYZY XXZY major specialty studymajor graduatemajor', TEXT_OR_LIST, [/专业组/]],
    ['education.educationLevel', ['学历 学历层次 文化程度 学历名称'], 'XL XLCC WHCD education edulevel edu', CHOICE],
    ['education.degree', ['学位 学位名称 所获学位 获得学位'], 'XW XWMC degree', CHOICE],
    // A lone □全日制 box asks it too (lib/fill/plan.ts asYesNo).
    ['education.studyMode', ['学习形式', /^(学习|教育|办学)(形式|方式|性质|类型)$/, '是否全日制'], 'XXXS XXFS JYXS XXXZ studymode studytype', [...CHOICE, 'checkbox']],
    ['education.certificateNo', ['证书编号', /^((毕业|学历)?证书|毕业证)(编号|号码?)$/], 'ZSBH BYZSBH XLZSBH BYZH ZSH certno diplomano certificateno', TEXT, [/学位/]],
  ]],
  // ── 主要专业技术工作经历 (step 5) ─────────────────────────────────────────────────────
  ['work-experience', [
    seqRow('workHistory'),
    startRow('workHistory'),
    endRow('workHistory'),
    ['workHistory.employer', ['工作单位 单位名称 所在单位 工作单位名称 单位 任职单位 就职单位'], 'GZDW DWMC SZDW DW employer company unitname workunit', TEXTISH],
    ['workHistory.post', ['职务 岗位 职务/岗位 担任职务 所任职务 从事岗位 岗位名称 任职岗位 职务岗位 所在岗位 担任岗位'], 'ZW GW RZZW DRZW GWMC post position job duty', TEXT_OR_LIST],
    ['workHistory.duties', ['工作内容 主要工作内容 从事专业技术工作内容 主要职责 工作职责 从事专业技术工作 主要工作 从事何种专业技术工作 工作内容及职责 从事的专业技术工作'], 'GZNR ZYZZ GZZZ ZYGZNR CSZYJSGZ duties content jobcontent workcontent', TEXTISH],
    // 是否缴纳社会保险, 是否购买社保, 缴纳社保, 是否缴交社保, 是否有社保, 社保, 是否参保, 是否在本单位缴纳社保;
    // a lone □已缴纳社保, □已缴社保, □已参保, □参加社会保险 ticked when paid (breaker 27 F12),
    // and □未缴纳社保, □未参保 ticked when not (fill 60: the fill and the checks read a box saying no
    // the other way round: lib/vocab/option-wording.ts saysNo, recognize.ts controlDisplayValue).
    ['workHistory.socialInsurancePaid', ['是否缴纳社保', /^(是否)?(在本单位)?[已未]?((缴纳?|缴交|购买|有|参加)?(社保|社会保险)|参保)$/, '社保缴纳情况'], 'SFJNSB SFCB JNSB SFGMSB SFJJSB insurance socialinsurance insured', ['select', 'radio', 'checkbox']],
    // 未缴纳原因, 不缴纳原因, 未缴纳社保的原因, 没有缴纳社保原因, 未缴纳社会保险原因, 未参保原因, 未缴社保原因.
    // A list of the portal's reasons too, whose options may load only once 否 is chosen (breaker 22 #9).
    ['workHistory.noSocialInsuranceReason', ['未缴纳社保原因', /^(未|不|没有)(缴纳?|参保)(社保|社会保险)?的?原因$/, '原因 原因说明'], 'WJNYY WJNSBYY YY BJNYY WCBYY reason noinsurancereason', WRITTEN_OR_LIST],
  ]],
  // ── 从事专业技术工作及取得的业绩成果情况 (step 7) ──────────────────────────────────────
  ['achievements', [
    seqRow('achievements'),
    startRow('achievements'),
    // A project's end is its 完成 / 结题 / 验收 date (breaker 12: 完成时间 was unkeyed, so its 至今 excused nothing).
    endRow('achievements', ['完成时间 完成日期 结题时间 验收时间']),
    ['achievements.title', ['项目名称 成果名称 业绩名称 名称 项目/成果名称 课题名称 业绩成果名称 项目或成果名称 工作项目名称 业绩项目名称'], 'XMMC CGMC YJMC KTMC MC title project projectname', TEXTISH],
    // 本人在项目中的作用 / 角色 (probe 18 F1's form).
    // Or chosen among radio buttons (负责人 / 主要参加人 / 参加人: breaker 27 F15).
    ['achievements.role', ['本人角色', /^(本人)?((担任|承担)?角色|(所起)?作用|在项目中的(作用|角色))$/, '承担任务 担任职务'], 'BRJS DRJS JS BRZY CDJS role', CHOICE],
    ['achievements.content', ['主要内容', /^(主要|工作|项目|业绩|主要工作)?内容$|^(项目|成果)简介$|^本人(承担的?)?(主要)?工作$/], 'ZYNR GZNR XMNR NR YJNR content description detail', TEXTISH],
    ['achievements.result', ['取得成果', /^(取得的?)?(成果|成效|效益)(及效益)?$|^(项目)?完成情况(及效益)?$/, '结果 取得的业绩 业绩成果'], 'QDCG CG CX QDCX result outcome', TEXTISH],
  ]],
  // ── 论文、著作… (step 8) ───────────────────────────────────────────────────────────
  ['publications', [
    seqRow('publications'),
    ['publications.kind', ['类别 类型 成果类型 论文类别 著作类型 种类 成果类别 论文类型 材料类型 论著类别 成果形式'], 'LB LX CGLX LWLB CGLB kind type category', CHOICE],
    // 报告名称 (txtBgMc) named whole, as 报告 names no field of its own (breaker 26 F7).
    ['publications.title', ['论文题目 题目 名称 论文名称 著作名称 标题 论文著作名称 成果名称 论文、著作名称 论著名称 题名 报告名称'], 'LWTM TM LWMC ZZMC MC BT BGMC title', TEXTISH],
    ['publications.venue', ['刊物名称 发表刊物 期刊名称 出版社 发表刊物/出版社 刊物/出版社 会议名称 发表刊物或出版社 出版单位 发表期刊 刊物 刊名'], 'KWMC FBKW QKMC CBS KW CBDW journal venue publisher periodical'],
    // Also with the Latin name after the Chinese one: 国际标准刊号ISSN, 国内统一刊号CN (breaker 23).
    ['publications.issn', ['ISSN', /^(ISSN|国际(标准)?(刊号|连续出版物号))(ISSN|刊?号)?$/i], 'ISSN GJKH issn'],
    ['publications.cn', ['CN', /^(CN|(国内)?统一(刊号|连续出版物号)|国内刊号)(CN|刊?号)?$/i], 'CN GNKH TYKH cnno'],
    // One box for both numbers (probe 21 N1, probe 18 F6): 刊号, 刊号（ISSN/CN）, ISSN/CN号, CN/ISSN,
    // 国际/国内刊号, 国内外刊号, 期刊号. What it is filled with, the label says (lib/fill/plan.ts); a box
    // its own words name ISSN or CN (刊号（ISSN）, 刊号：ISSN [ ] CN [ ]) is that one (parts).
    ['page.journalNo', ['刊号 期刊号 国内外刊号', /^(ISSN|CN|国[际内])[/、,]?(ISSN|CN|国[际内])(刊?号)?$/], '', TEXT, [], { parts: ['publications.issn', 'publications.cn'] }],
    ['publications.publishedDate', ['发表时间', /^(发表|出版|刊出|宣读|发表\/出版)(时间|日期|年月)$/], 'FBSJ CBSJ FBRQ CBRQ FBNY pubdate publishdate publisheddate', DATEISH],
    // Also asked as a yes/no question, 是否第一作者 [是/否] (breaker 40): answered from the rank
    // (lib/fill/plan.ts YES_NO_QUESTION).
    ['publications.authorRank', ['本人排名 作者排名 排名 第几作者 本人排序 作者排序 署名排名 署名顺序 本人署名 是否第一作者'], 'BRPM ZZPM PM ZZPX BRPX rank authorrank authororder', CHOICE],
  ]],
  // ── 年度考核结果 (step 9) ───────────────────────────────────────────────────────────
  ['annual-review', [
    seqRow('annualReviews'),
    ['annualReviews.year', ['考核年度 年度 考核年份 年份 考核时间'], 'KHND ND KHNF NF year', DATEISH],
    // 结果, 考核结果, 年度考核结果; 等次 / 等级 alone too, under a title naming the 考核 (任现职以来年度考核情况:
    // breaker 27 F10); a row of its own per year, 2021年度考核结果 [▼], the year naming the record
    // (lib/fill/plan.ts planRowRecord; breaker 32r item 3). One pattern for all: content.js's size budget.
    ['annualReviews.result', ['考核结果', /^(\d+年度?|年度)?(考核)?(等次|等级|结果)$/, '考核情况 考核意见'], 'KHJG JG KHDC KHDJ result grade', CHOICE],
  ]],
  // ── 附件 (record steps, step 10) and 同意 (step 11) ───────────────────────────────────
  [[...RECORD_STEPS, 'certificates'], [
    ['page.attachmentFile', ['附件上传 选择文件 上传文件 附件 选择上传的文件 上传附件 文件 附件文件 选择附件 扫描件 证明材料'], 'FJ FJSC SCWJ WJ file upload attachment attach', FILE],
  ]],
  ['certificates', [
    ['page.attachmentName', ['附件名称 材料名称 附件类型 证明材料名称 上传附件名称 材料类型 附件类别 证书名称 材料类别'], 'FJMC FJLX CLMC CLLX attachname attachmentname filetype', TEXT_OR_LIST],
  ]],
  ['submit', [
    // 同意 / 承诺 / 确认 / 声明 (one or more: 承诺声明) said by the applicant (本人, 申报人, 个人, 诚信, 郑重) or asked
    // (是否) of the application: alone, or before what is agreed or promised (以上, 上述, 本人…, 所填…, 如下,
    // 遵守, 并, 书, 提交, 送审) or a stop — not a noun or a verb of another question (承诺期限, 承诺事项, 承诺人,
    // 同意调剂, 是否同意公示, 同意推荐, 确认日期: breaker 13, breaker 14b item 1). Also the applicant's own 意见 and
    // 本人对以上内容…负责. A question of the unit's (单位意见, 审核意见) has no applicant before its verb. The
    // applicant may be 申请人 / 填报人 / 参评人, and what is declared 送审 / 信息 (申请人声明, 送审声明, 信息确认,
    // 申请人意见: breaker 15b item 3); so 送审确认 needs no exact label.
    // 不同意, and a question of another matter than the application's 送审 (是否同意本次调剂, 是否同意并服从调剂,
    // 是否同意本人信息公示, 是否同意所在单位推荐, 是否确认本人为首次申报: breaker 15b item 1).
    // 是否同意 / 送审确认：[请选择 / 同意 / 不同意] is asked as a list on some portal copies too (probe round 9
    // item 5); a list labelled otherwise (单位审核意见) is someone else's to answer (breaker11 item 8).
    ['page.consent', [/^(本人|我|(申[报请]|填报|参评)人?|个人|诚信|郑重|是否|送审|信息)*已?(阅读|知悉)?并?(同意|承诺|确认|声明)+($|\P{sc=Han}|以上|上述|本|所|如下|遵守|并|书|提交|送审)/u, /^(本人|我)?已?(阅读|知悉).{0,12}(承诺|声明|须知)|^(本人|申[报请]人)(意见$|对)/], 'TY CN SFTY agree consent accept', ['checkbox', 'radio', 'select'], [/不同意|调剂|公示|推荐|首次/]],
  ]],
];

/**
 * What previews, the teach chooser, capture and the 送审 checklist call a field (FieldSpec.title)
 * where its row's first label will not do: a pattern, or a word too narrow or too wide for its
 * name. Validated against the rows by tests/unit/tables.test.ts with fieldTitlesSchema
 * (./dictionary.schema.ts): every row whose first label is a pattern has one. Nothing the
 * content script does shows a title (on-demand.js, the options page and the popup do), so its
 * build leaves this table out (`__ZC_CONTENT_SCRIPT__`, as in ./explained.ts): about 70 bytes
 * gzip of its budget (issue 9).
 */
export const FIELD_TITLES: Partial<Record<FieldKey, string>> = {
  'page.reviewGroup': '申报（评审）专业组',
  'page.idType': '证件类型',
  'basic.employerCreditCode': '单位统一社会信用代码',
  'qualificationHistory.name': '资格名称',
  'education.school': '学校',
  'workHistory.post': '职务（岗位）',
  'publications.title': '题目',
  'page.consent': '同意',
};

/** Set to `true` in the content script's build only (wxt.config.ts `define`; see ./explained.ts). */
declare const __ZC_CONTENT_SCRIPT__: true | undefined;

/**
 * The lists whose options follow other fields' values (cascading selects: the server draws the
 * list again when one of them changes): every field each one's options follow, a parent or an
 * ancestor, so that a page lacking the parent still orders the list after the ancestor it has.
 * The fill writes those the page has first (lib/fill/plan.ts, lib/fill/cascade-redraw.ts).
 * Validated against the rows by tests/unit/tables.test.ts with fieldDependsSchema
 * (./dictionary.schema.ts): every key has a row, none comes back to itself. Only a fill reads it,
 * so the content script's build leaves it out (`__ZC_CONTENT_SCRIPT__`, as FIELD_TITLES): 25 bytes
 * gzip of its budget (issue 9).
 */
export const FIELD_DEPENDS: Partial<Record<FieldKey, FieldKey[]>> = {
  'application.qualificationName': ['application.level'],
  // The committees offered follow the title chosen (an UpdatePanel draws the list again when
  // 认定资格名称 changes: probe 17 item 7), and its level where the page has no 认定资格名称.
  'application.committee': ['application.qualificationName', 'application.level'],
};

/**
 * A row of the table named, its absent columns filled in (labels written side by side split,
 * tokens split by case into pinyin and English, kinds a text box, no negatives).
 * @param steps the steps of the row's group (one StepId or several).
 * @param row a row as written (FIELD_TABLE's columns).
 */
function named(steps: FieldGroup[0], [key, labels, tokens, kinds = TEXT, negative = [], more]: FieldTuple): FieldRow & Pick<FieldSpec, 'kinds' | 'negative' | 'pinyin' | 'english'> {
  return { key, labels: labels.flatMap<LabelPattern>((l) => (typeof l == 'string' ? l.split(' ') : [l])), negative, pinyin: tokens.match(/[A-Z]+/g) ?? [], english: tokens.match(/[a-z]+/g) ?? [], kinds, steps: [steps].flat(), ...more };
}

/** Every row of FIELD_TABLE named (named()), in table order. */
function namedRows(): ReturnType<typeof named>[] {
  return FIELD_TABLE.flatMap(([steps, rows]) => rows.map((row) => named(steps, row)));
}

/**
 * The table's rows named (FieldRow, as fieldTableSchema reads them), for the tests and tools that
 * read the table whole. Built where imported and left out of a build that does not read it (pure).
 */
export const FIELD_ROWS: readonly FieldRow[] = /* @__PURE__ */ namedRows();

// Built on first use (undefined before).
let rows: readonly FieldSpec[] | undefined;
let byKey: ReadonlyMap<FieldKey, FieldSpec> | undefined;

/**
 * Every row ready for matching (absent lists empty, the title given), in table order. Built on first use, not
 * when the module loads: the content script's modules load before the page's `load` event and
 * must not hold it up (issue 9).
 */
export function fieldDictionary(): readonly FieldSpec[] {
  // The content script's rows as named, without a title or the fields a row follows: nothing it
  // runs reads them (titles are shown and fields written by on-demand.js, the options page and the
  // popup: FIELD_TITLES, FIELD_DEPENDS), and a copy of every row only to add an empty title cost
  // its budget (issue 9).
  rows ??=
    typeof __ZC_CONTENT_SCRIPT__ !== 'undefined'
      ? (namedRows() as FieldSpec[])
      : namedRows().map((row) => {
          const dependsOn = FIELD_DEPENDS[row.key];
          return {
            ...row,
            ...(dependsOn && { dependsOn }),
            // A row without a title starts its labels with a string (fieldTitlesSchema).
            title: FIELD_TITLES[row.key] ?? (row.labels[0] as string),
          };
        });
  return rows;
}

/**
 * The dictionary row for a key.
 * @throws Error when the key has no row (a programming error: every FieldKey has one).
 */
export function specOf(key: FieldKey): FieldSpec {
  byKey ??= new Map(fieldDictionary().map((row) => [row.key, row]));
  const spec = byKey.get(key);
  if (!spec) throw new Error(`字段字典缺少 ${key}`);
  return spec;
}
