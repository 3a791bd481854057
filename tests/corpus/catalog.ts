/**
 * Field catalogs for the recognition corpus: what each step's form asks for, written from how
 * government WebForms pages label things (not from the practice portal's markup). Every field
 * lists several label wordings; each page variant uses a different one. `key: null` rows are
 * distractors the recogniser must leave alone (precision).
 */
import type { FieldKey } from '../../lib/fields/keys';
import type { StepId } from '../../lib/portal/step-ids';
import { COMMITTEE_BY_LEVEL, EDUCATION_LEVELS, QUALIFICATION_NAMES, REVIEW_RESULTS, SPECIALTIES, STUDY_MODES } from '../../lib/profile/schema';

export type CorpusKind = 'text' | 'textarea' | 'date' | 'select' | 'choice' | 'picker' | 'file' | 'checkbox';

export interface CorpusField {
  key: FieldKey | null;
  labels: string[];
  kind: CorpusKind;
  /** Pinyin initials a WebForms page would use in the id (XM, SFZH…). */
  pinyin: string;
  /** English-ish id stem (Name, IdCard…). */
  english: string;
  options?: string[];
}

const f = (key: FieldKey | null, labels: string[], kind: CorpusKind, pinyin: string, english: string, options?: string[]): CorpusField =>
  options ? { key, labels, kind, pinyin, english, options } : { key, labels, kind, pinyin, english };

const YES_NO = ['是', '否'];
const attachment = f('page.attachmentFile', ['附件上传', '选择文件', '上传附件'], 'file', 'FJ', 'Attachment');
const remark = f(null, ['备注', '备注说明', '其他说明'], 'text', 'BZ', 'Remark');

export const CATALOG: Partial<Record<StepId, { title: string; fields: CorpusField[] }>> = {
  'select-series': {
    title: '选择申报资格系列',
    fields: [
      f('application.level', ['申报级别', '级别', '申报层级'], 'choice', 'SBJB', 'Level', ['初级', '中级']),
      f('application.unitSupervisorType', ['单位主管类型', '主管类型', '单位主管部门类型'], 'select', 'DWZGLX', 'SupervisorType', ['省直单位', '市直单位', '非公有制经济组织']),
      f('application.qualificationType', ['认定资格类型', '资格类型', '认定类型'], 'select', 'RDZGLX', 'QualificationType', ['工程技术人员', '卫生技术人员']),
      f(null, ['申报年度', '年度批次', '申报批次'], 'select', 'SBND', 'Batch', ['2020', '2021']),
      f(null, ['评审方式', '申报方式', '评审途径'], 'select', 'PSFS', 'ReviewWay', ['常规流程', '绿色通道']),
    ],
  },
  'basic-info': {
    title: '基本信息',
    fields: [
      f('basic.name', ['姓名', '姓　　名', '申报人姓名'], 'text', 'XM', 'Name'),
      f('basic.gender', ['性别', '性　别', '性别'], 'choice', 'XB', 'Sex', ['男', '女']),
      f('basic.birthDate', ['出生日期', '出生年月', '出生日期'], 'date', 'CSRQ', 'BirthDate'),
      f('basic.idNumber', ['公民身份号码', '身份证号码', '证件号码'], 'text', 'SFZH', 'IdCard'),
      f('basic.ethnicity', ['民族', '民　族', '民族'], 'picker', 'MZ', 'Nation', ['汉族', '回族', '壮族']),
      f('basic.politicalStatus', ['政治面貌', '政治面貌', '政治面目'], 'select', 'ZZMM', 'Political', ['中共党员', '共青团员', '群众']),
      f('basic.workStartDate', ['参加工作时间', '参加工作日期', '参加工作年月'], 'date', 'CJGZSJ', 'WorkStart'),
      f('basic.employer', ['工作单位', '单位名称', '现工作单位'], 'text', 'GZDW', 'Employer'),
      f('basic.employerCreditCode', ['统一社会信用代码', '单位统一社会信用代码', '社会信用代码'], 'text', 'TYSHXYDM', 'CreditCode'),
      f('basic.currentPost', ['现从事专业技术工作', '现从事专业技术工作岗位', '现从事岗位'], 'text', 'XCSZYJSGZ', 'CurrentPost'),
      f('basic.phone', ['联系电话', '办公电话', '固定电话'], 'text', 'LXDH', 'Phone'),
      f('basic.mobile', ['手机号码', '手机', '移动电话'], 'text', 'SJHM', 'Mobile'),
      f('basic.email', ['电子邮箱', 'E-mail', '电子邮件'], 'text', 'DZYX', 'Email'),
      f('basic.address', ['通讯地址', '通信地址', '联系地址'], 'text', 'TXDZ', 'Address'),
      f('basic.postcode', ['邮政编码', '邮编', '邮政编码'], 'text', 'YZBM', 'PostCode'),
      f('basic.highestEducation', ['最高学历', '学历', '最高学历'], 'select', 'ZGXL', 'Education', [...EDUCATION_LEVELS]),
      f('basic.highestDegree', ['最高学位', '学位', '最高学位'], 'select', 'ZGXW', 'Degree', ['博士', '硕士', '学士', '无']),
      f('application.qualificationName', ['认定资格名称', '资格名称', '申报资格名称'], 'select', 'RDZGMC', 'QualificationName', [...QUALIFICATION_NAMES]),
      f('application.committee', ['申报评委会', '评审委员会', '申报评审委员会'], 'select', 'SBPWH', 'Committee', Object.values(COMMITTEE_BY_LEVEL)),
      f('application.specialty', ['认定专业', '申报专业', '认定专业'], 'select', 'RDZY', 'Specialty', [...SPECIALTIES]),
      f('page.reviewGroup', ['申报（评审）专业组', '申报(评审)专业组', '评审专业组'], 'select', 'SBPSZYZ', 'ReviewGroup', ['生态环境专业组']),
      f('page.photo', ['个人照片', '照片', '上传照片'], 'file', 'ZP', 'Photo'),
      f(null, ['籍贯', '籍　贯', '籍贯'], 'text', 'JG', 'NativePlace'),
      f(null, ['曾用名', '曾用名', '曾用姓名'], 'text', 'CYM', 'FormerName'),
      f(null, ['单位地址', '单位通讯地址', '单位所在地址'], 'text', 'DWDZ', 'UnitAddress'),
      f(null, ['单位性质', '单位类型', '单位性质'], 'select', 'DWXZ', 'UnitKind', ['机关', '事业单位', '企业']),
      f(null, ['行政职务', '行政职务', '党政职务'], 'text', 'XZZW', 'AdminPost'),
      f(null, ['健康状况', '身体状况', '健康状况'], 'text', 'JKZK', 'Health'),
      f(null, ['单位联系电话', '单位电话', '紧急联系人电话'], 'text', 'DWLXDH', 'UnitPhone'),
    ],
  },
  'qualification-history': {
    title: '专业技术资格历史情况',
    fields: [
      f('qualificationHistory.seq', ['记录序号', '序号', '记录序号'], 'text', 'JLXH', 'Seq'),
      f('qualificationHistory.name', ['资格名称', '专业技术资格名称', '职称名称'], 'text', 'ZGMC', 'QualName'),
      f('qualificationHistory.series', ['系列', '资格系列', '职称系列'], 'select', 'ZGXL', 'Series', ['工程系列', '卫生系列']),
      f('qualificationHistory.specialty', ['专业', '资格专业', '专业名称'], 'text', 'ZY', 'Specialty'),
      f('qualificationHistory.obtainedDate', ['取得时间', '取得资格时间', '取得日期'], 'date', 'QDSJ', 'ObtainDate'),
      f('qualificationHistory.certificateNo', ['证书编号', '资格证书编号', '证书号'], 'text', 'ZSBH', 'CertNo'),
      f('qualificationHistory.approvedBy', ['审批单位', '批准单位', '发证单位'], 'text', 'SPDW', 'ApprovedBy'),
      f(null, ['资格级别', '资格等级', '级别'], 'select', 'ZGJB', 'QualLevel', ['员级', '助理级', '中级']),
      f(null, ['评审方式', '取得方式', '取得途径'], 'select', 'QDFS', 'ObtainWay', ['评审', '考试', '认定']),
      remark,
      attachment,
    ],
  },
  education: {
    title: '学位（学历）教育情况',
    fields: [
      f('education.seq', ['记录序号', '序号', '排序号'], 'text', 'JLXH', 'Seq'),
      f('education.startDate', ['起始时间', '入学时间', '开始时间'], 'date', 'QSSJ', 'StartDate'),
      f('education.endDate', ['终止时间', '毕业时间', '结束时间'], 'date', 'ZZSJ', 'EndDate'),
      f('education.school', ['毕业院校', '学校名称', '毕业学校'], 'text', 'BYYX', 'School'),
      f('education.major', ['所学专业', '专业', '专业名称'], 'text', 'SXZY', 'Major'),
      f('education.educationLevel', ['学历', '学历层次', '学历'], 'select', 'XL', 'EduLevel', [...EDUCATION_LEVELS]),
      f('education.degree', ['学位', '学位名称', '所获学位'], 'select', 'XW', 'Degree', ['博士', '硕士', '学士', '无']),
      f('education.studyMode', ['学习形式', '学习方式', '教育形式'], 'choice', 'XXXS', 'StudyMode', [...STUDY_MODES]),
      f('education.certificateNo', ['毕业证书编号', '证书编号', '学历证书编号'], 'text', 'BYZSBH', 'DiplomaNo'),
      f(null, ['学位证书编号', '学位证书号', '学位证编号'], 'text', 'XWZSBH', 'DegreeCertNo'),
      f(null, ['学制', '学制（年）', '学习年限'], 'text', 'XZ', 'Years'),
      attachment,
    ],
  },
  'work-experience': {
    title: '主要专业技术工作经历',
    fields: [
      f('workHistory.seq', ['记录序号', '序号', '记录序号'], 'text', 'JLXH', 'Seq'),
      f('workHistory.startDate', ['起始时间', '开始时间', '起始日期'], 'date', 'QSSJ', 'StartDate'),
      f('workHistory.endDate', ['终止时间', '结束时间', '截止时间'], 'date', 'ZZSJ', 'EndDate'),
      f('workHistory.employer', ['工作单位', '单位名称', '所在单位'], 'text', 'GZDW', 'Employer'),
      f('workHistory.post', ['职务（岗位）', '职务', '岗位'], 'text', 'ZW', 'Post'),
      f('workHistory.duties', ['从事专业技术工作内容', '工作内容', '主要工作内容'], 'textarea', 'GZNR', 'Duties'),
      f('workHistory.socialInsurancePaid', ['是否缴纳社保', '是否缴纳社会保险', '是否参保'], 'choice', 'SFJNSB', 'Insured', YES_NO),
      f('workHistory.noSocialInsuranceReason', ['未缴纳社保原因', '未缴纳原因', '原因'], 'textarea', 'WJNYY', 'NoInsuranceReason'),
      f(null, ['证明人', '证明人姓名', '证明人'], 'text', 'ZMR', 'Witness'),
      f(null, ['证明人电话', '证明人联系电话', '证明人电话'], 'text', 'ZMRDH', 'WitnessPhone'),
      attachment,
    ],
  },
  'awards-summary': {
    title: '工作期间奖惩情况/个人专业技术工作小结',
    fields: [
      f('awards', ['工作期间奖惩情况', '奖惩情况', '工作期间奖惩情况'], 'textarea', 'JCQK', 'Awards'),
      f('workSummary', ['个人专业技术工作小结', '专业技术工作小结', '个人小结'], 'textarea', 'GZXJ', 'Summary'),
      f(null, ['填表人', '填写人', '填报人'], 'text', 'TBR', 'Filler'),
      f(null, ['填表日期', '填写日期', '填报日期'], 'date', 'TBRQ', 'FillDate'),
    ],
  },
  achievements: {
    title: '从事专业技术工作及取得的业绩成果情况',
    fields: [
      f('achievements.seq', ['记录序号', '序号', '记录序号'], 'text', 'JLXH', 'Seq'),
      f('achievements.startDate', ['起始时间', '开始时间', '起始日期'], 'date', 'QSSJ', 'StartDate'),
      f('achievements.endDate', ['终止时间', '结束时间', '终止日期'], 'date', 'ZZSJ', 'EndDate'),
      f('achievements.title', ['项目名称', '项目（课题）名称', '成果名称'], 'text', 'XMMC', 'ProjectName'),
      f('achievements.role', ['本人角色', '本人所起作用', '担任角色'], 'text', 'BRJS', 'Role'),
      f('achievements.content', ['主要内容', '本人承担的主要工作', '项目内容'], 'textarea', 'ZYNR', 'Content'),
      f('achievements.result', ['取得成果', '取得的成效', '成果'], 'textarea', 'QDCG', 'Result'),
      f(null, ['项目来源', '课题来源', '项目来源'], 'text', 'XMLY', 'Source'),
      f(null, ['项目级别', '项目等级', '课题级别'], 'select', 'XMJB', 'ProjectLevel', ['国家级', '省级', '市级']),
      attachment,
    ],
  },
  publications: {
    title: '论文、著作、译注、会议论文、专项技术分析报告、实例材料',
    fields: [
      f('publications.seq', ['记录序号', '序号', '记录序号'], 'text', 'JLXH', 'Seq'),
      f('publications.kind', ['类别', '成果类型', '论文类别'], 'select', 'LB', 'Kind', ['论文', '著作', '专项技术分析报告', '实例材料']),
      f('publications.title', ['论文题目', '论文（著作）名称', '题目'], 'text', 'LWTM', 'PaperTitle'),
      f('publications.venue', ['刊物名称', '发表刊物/出版社', '期刊名称'], 'text', 'KWMC', 'Journal'),
      f('publications.issn', ['ISSN', 'ISSN号', '国际标准刊号'], 'text', 'ISSN', 'Issn'),
      f('publications.cn', ['CN', 'CN号', '国内统一刊号'], 'text', 'CN', 'Cn'),
      f('publications.publishedDate', ['发表时间', '发表（出版）时间', '出版时间'], 'date', 'FBSJ', 'PubDate'),
      f('publications.authorRank', ['本人排名', '作者排名', '第几作者'], 'select', 'BRPM', 'AuthorRank', ['1', '2', '3', '4', '5']),
      f(null, ['卷期号', '期号', '卷（期）'], 'text', 'QH', 'Issue'),
      f(null, ['页码', '起止页码', '页码范围'], 'text', 'YM', 'Pages'),
      attachment,
    ],
  },
  'annual-review': {
    title: '年度考核结果',
    fields: [
      f('annualReviews.seq', ['记录序号', '序号', '记录序号'], 'text', 'JLXH', 'Seq'),
      f('annualReviews.year', ['考核年度', '年度', '考核年份'], 'text', 'KHND', 'Year'),
      f('annualReviews.result', ['考核结果', '年度考核结果', '考核等次'], 'select', 'KHJG', 'Result', [...REVIEW_RESULTS]),
      f(null, ['考核单位', '考核机关', '考核部门'], 'text', 'KHDW', 'ReviewUnit'),
      attachment,
    ],
  },
  certificates: {
    title: '证书、证明材料',
    fields: [
      f('page.attachmentName', ['选择上传附件名称', '附件名称', '材料名称'], 'select', 'FJMC', 'AttachName', ['在岗在职证明材料', '其他证书、证明材料']),
      f(null, ['记录序号', '序号', '记录序号'], 'text', 'JLXH', 'Seq'),
      f('page.attachmentFile', ['选择上传的文件', '附件上传', '选择文件'], 'file', 'FJ', 'Attachment'),
      remark,
    ],
  },
  submit: {
    title: '完成并送审',
    fields: [
      f('page.consent', ['本人承诺以上所填信息真实有效', '同意', '我已阅读并同意'], 'checkbox', 'TY', 'Agree'),
      f(null, ['验证码', '校验码', '验证码'], 'text', 'YZM', 'Captcha'),
    ],
  },
};
