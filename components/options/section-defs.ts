import {
  COMMITTEE_BY_LEVEL,
  EDUCATION_LEVELS,
  GENDERS,
  LEVELS,
  QUALIFICATION_NAMES,
  QUALIFICATION_NAMES_BY_LEVEL,
  REVIEW_RESULTS,
  SPECIALTIES,
  STUDY_MODES,
  type Level,
  type Profile,
} from '../../lib/profile/schema';
import type { TableSection } from '../../lib/profile/records';

/**
 * What the options page shows for each part of the profile, as data: labels as the portal
 * words them (seed step 3, spec/portal.md), input kinds, vocabularies. The editor renders these
 * tables; it holds no per-field code.
 */

/**
 * Input kinds. `date` = YYYY-MM-DD; `month-date` also takes YYYY-MM; `open-end` is a month-date
 * where empty means 至今 (stored as null); `int` / `optional-int` are whole numbers; `bool` = 是/否.
 */
export type FieldKind = 'text' | 'textarea' | 'select' | 'date' | 'month-date' | 'open-end' | 'int' | 'optional-int' | 'bool';

export interface FieldDef {
  /** Property name inside its object or row. */
  key: string;
  label: string;
  kind: FieldKind;
  /** For `select`: the choices, possibly depending on the rest of the profile. */
  options?: (profile: Profile) => readonly string[];
  /** Short help under the field. */
  hint?: string;
  /** Marked * on the portal (seed step 3(2): 带“*”的指标为必填项). */
  required?: boolean;
}

export interface FormSectionDef {
  kind: 'form';
  id: string;
  title: string;
  /** Seed step this section feeds, shown beside the title. */
  step: string;
  /** Object of the profile holding the fields; null = top-level fields. */
  object: 'application' | 'basic' | null;
  fields: FieldDef[];
}

export interface TableSectionDef {
  kind: 'table';
  id: TableSection;
  title: string;
  step: string;
  columns: FieldDef[];
  /** Shown under the title: how the portal wants these rows. */
  note?: string;
}

export interface PhotoSectionDef {
  kind: 'photo';
  id: 'photo';
  title: string;
  step: string;
}

export type SectionDef = FormSectionDef | TableSectionDef | PhotoSectionDef;

const levelOf = (p: Profile): Level | null => ((LEVELS as readonly string[]).includes(p.application.level) ? (p.application.level as Level) : null);
const fixed = (values: readonly string[]) => () => values;

export const SECTIONS: readonly SectionDef[] = [
  {
    kind: 'form',
    id: 'application',
    title: '申报资格',
    step: '选择申报资格系列',
    object: 'application',
    fields: [
      { key: 'track', label: '申报类别', kind: 'text', hint: '本版本固定为“初次职称考核认定”' },
      { key: 'level', label: '申报级别', kind: 'select', options: fixed(LEVELS), required: true, hint: '初级含员级与助理级' },
      { key: 'unitSupervisorType', label: '单位主管类型', kind: 'text', required: true, hint: '按系统中三个选项之一的文字填写' },
      { key: 'qualificationType', label: '认定资格类型', kind: 'text', required: true, hint: '应为“工程技术人员”' },
      {
        key: 'qualificationName',
        label: '认定资格名称',
        kind: 'select',
        options: (p) => { const l = levelOf(p); return l ? QUALIFICATION_NAMES_BY_LEVEL[l] : QUALIFICATION_NAMES; },
        required: true,
        hint: '初级：技术员或助理工程师；中级：工程师',
      },
      {
        key: 'committee',
        label: '申报评委会',
        kind: 'select',
        options: (p) => { const l = levelOf(p); return l ? [COMMITTEE_BY_LEVEL[l]] : Object.values(COMMITTEE_BY_LEVEL); },
        required: true,
      },
      { key: 'specialty', label: '认定专业', kind: 'select', options: fixed(SPECIALTIES), required: true, hint: '一定要准确填写' },
    ],
  },
  {
    kind: 'form',
    id: 'basic',
    title: '基本信息',
    step: '第 2 项',
    object: 'basic',
    fields: [
      { key: 'name', label: '姓名', kind: 'text', required: true },
      { key: 'gender', label: '性别', kind: 'select', options: fixed(GENDERS), required: true },
      { key: 'birthDate', label: '出生日期', kind: 'date', required: true },
      { key: 'idNumber', label: '公民身份号码', kind: 'text', required: true, hint: '18 位，末位 X 大写' },
      { key: 'ethnicity', label: '民族', kind: 'text', required: true },
      { key: 'politicalStatus', label: '政治面貌', kind: 'text', required: true },
      { key: 'workStartDate', label: '参加工作时间', kind: 'month-date', required: true },
      { key: 'employer', label: '工作单位', kind: 'text', required: true },
      { key: 'employerCreditCode', label: '单位统一社会信用代码', kind: 'text' },
      { key: 'currentPost', label: '现从事专业技术工作', kind: 'text' },
      { key: 'mobile', label: '手机号码', kind: 'text', required: true },
      { key: 'phone', label: '联系电话', kind: 'text' },
      { key: 'email', label: '电子邮箱', kind: 'text' },
      { key: 'address', label: '通讯地址', kind: 'text' },
      { key: 'postcode', label: '邮政编码', kind: 'text' },
      { key: 'highestEducation', label: '最高学历', kind: 'select', options: fixed(EDUCATION_LEVELS) },
      { key: 'highestDegree', label: '最高学位', kind: 'text' },
    ],
  },
  { kind: 'photo', id: 'photo', title: '个人照片', step: '第 2 项' },
  {
    kind: 'table',
    id: 'qualificationHistory',
    title: '专业技术资格历史情况',
    step: '第 3 项',
    note: '记录序号按 1、2、3… 顺序；未获得专业技术资格的不填。',
    columns: [
      { key: 'name', label: '资格名称', kind: 'text' },
      { key: 'series', label: '系列', kind: 'text' },
      { key: 'specialty', label: '专业', kind: 'text' },
      { key: 'obtainedDate', label: '取得时间', kind: 'date' },
      { key: 'certificateNo', label: '证书编号', kind: 'text' },
      { key: 'approvedBy', label: '审批单位', kind: 'text' },
    ],
  },
  {
    kind: 'table',
    id: 'education',
    title: '学位（学历）教育情况',
    step: '第 4 项',
    note: '按最高学历从高到低的顺序填写。',
    columns: [
      { key: 'startDate', label: '起始时间', kind: 'month-date' },
      { key: 'endDate', label: '结束时间', kind: 'month-date' },
      { key: 'school', label: '毕业院校', kind: 'text' },
      { key: 'major', label: '所学专业', kind: 'text' },
      { key: 'educationLevel', label: '学历', kind: 'select', options: fixed(EDUCATION_LEVELS) },
      { key: 'degree', label: '学位', kind: 'text' },
      { key: 'studyMode', label: '学习形式', kind: 'select', options: fixed(STUDY_MODES) },
      { key: 'certificateNo', label: '证书编号', kind: 'text' },
    ],
  },
  {
    kind: 'table',
    id: 'workHistory',
    title: '主要专业技术工作经历',
    step: '第 5 项',
    note: '“是否缴纳社保”为“否”时需填写原因；结束时间留空表示至今。',
    columns: [
      { key: 'startDate', label: '起始时间', kind: 'month-date' },
      { key: 'endDate', label: '结束时间', kind: 'open-end' },
      { key: 'employer', label: '工作单位', kind: 'text' },
      { key: 'post', label: '岗位', kind: 'text' },
      { key: 'duties', label: '主要工作内容', kind: 'textarea' },
      { key: 'socialInsurancePaid', label: '是否缴纳社保', kind: 'bool' },
      { key: 'noSocialInsuranceReason', label: '未缴纳原因', kind: 'text' },
    ],
  },
  {
    kind: 'form',
    id: 'awards-summary',
    title: '工作期间奖惩情况 / 个人专业技术工作小结',
    step: '第 6 项',
    object: null,
    fields: [
      { key: 'awards', label: '工作期间奖惩情况', kind: 'textarea', hint: '没有奖惩时填写“无。”' },
      { key: 'workSummary', label: '个人专业技术工作小结', kind: 'textarea', required: true },
    ],
  },
  {
    kind: 'table',
    id: 'achievements',
    title: '从事专业技术工作及取得的业绩成果情况',
    step: '第 7 项',
    note: '每项都要上传佐证材料（复印件本人签名，单位加具意见并盖章）。',
    columns: [
      { key: 'startDate', label: '起始时间', kind: 'month-date' },
      { key: 'endDate', label: '结束时间', kind: 'month-date' },
      { key: 'title', label: '项目名称', kind: 'text' },
      { key: 'role', label: '本人角色', kind: 'text' },
      { key: 'content', label: '工作内容', kind: 'textarea' },
      { key: 'result', label: '取得成果', kind: 'textarea' },
    ],
  },
  {
    kind: 'table',
    id: 'publications',
    title: '论文、著作、译注、会议论文、专项技术分析报告、实例材料',
    step: '第 8 项',
    note: '没有此项内容可不填。',
    columns: [
      { key: 'kind', label: '类别', kind: 'text' },
      { key: 'title', label: '题目', kind: 'text' },
      { key: 'venue', label: '刊物/出版社/会议', kind: 'text' },
      { key: 'issn', label: 'ISSN', kind: 'text' },
      { key: 'cn', label: 'CN', kind: 'text' },
      { key: 'publishedDate', label: '发表时间', kind: 'month-date' },
      { key: 'authorRank', label: '作者排名', kind: 'optional-int' },
    ],
  },
  {
    kind: 'table',
    id: 'annualReviews',
    title: '年度考核结果',
    step: '第 9 项',
    note: '“不称职”或“基本称职”不符合申报条件。',
    columns: [
      { key: 'year', label: '年度', kind: 'int' },
      { key: 'result', label: '考核结果', kind: 'select', options: fixed(REVIEW_RESULTS) },
    ],
  },
  {
    kind: 'table',
    id: 'attachments',
    title: '证书、证明材料（清单）',
    step: '第 10 项',
    note: '必须有“在岗在职证明材料”。这里只记清单，文件在系统中上传。',
    columns: [
      { key: 'name', label: '材料名称', kind: 'text' },
      { key: 'note', label: '备注', kind: 'text' },
    ],
  },
];

/** Sections whose rows carry 记录序号 (shown as the first column). */
export const SEQ_COLUMN: FieldDef = { key: 'seq', label: '记录序号', kind: 'int' };
