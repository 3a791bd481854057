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
} from './schema';
import type { TableSection } from './records';
import type { MessageKey } from '../i18n/t';

/**
 * What the options page shows for each part of the profile, as data: labels as the portal
 * words them (seed step 3, spec/portal.md), input kinds, vocabularies. The editor renders these
 * tables; it holds no per-field code. Every text is a message name (public/_locales), shown
 * through lib/i18n t(); the zh_CN message is the portal's own wording, the English one names the
 * portal's Chinese field in parentheses. Vocabulary values (初级, 全日制…) are data and stay Chinese.
 */

/**
 * Input kinds. `date` = YYYY-MM-DD; `month-date` also takes YYYY-MM; `open-end` is a month-date
 * where empty means 至今 (stored as null); `int` / `optional-int` are whole numbers; `bool` = 是/否.
 */
export type FieldKind = 'text' | 'textarea' | 'select' | 'date' | 'month-date' | 'open-end' | 'int' | 'optional-int' | 'bool';

export interface FieldDef {
  /** Property name inside its object or row. */
  key: string;
  label: MessageKey;
  kind: FieldKind;
  /** For `select`: the choices, possibly depending on the rest of the profile. */
  options?: (profile: Profile) => readonly string[];
  /** Short help under the field. */
  hint?: MessageKey;
  /** Marked * on the portal (seed step 3(2): 带“*”的指标为必填项). */
  required?: boolean;
}

/**
 * Where the portal asks for a section, shown beside its title: the item number of the
 * application form (第 N 项, seed step 3), or `series` for the 选择申报资格系列 page.
 */
export type SectionStep = number | 'series';

export interface FormSectionDef {
  kind: 'form';
  id: string;
  title: MessageKey;
  step: SectionStep;
  /** Object of the profile holding the fields; null = top-level fields. */
  object: 'application' | 'basic' | null;
  fields: FieldDef[];
}

export interface TableSectionDef {
  kind: 'table';
  id: TableSection;
  title: MessageKey;
  step: SectionStep;
  columns: FieldDef[];
  /** Shown under the title: how the portal wants these rows. */
  note?: MessageKey;
}

export interface PhotoSectionDef {
  kind: 'photo';
  id: 'photo';
  title: MessageKey;
  step: SectionStep;
}

export type SectionDef = FormSectionDef | TableSectionDef | PhotoSectionDef;

const levelOf = (p: Profile): Level | null => ((LEVELS as readonly string[]).includes(p.application.level) ? (p.application.level as Level) : null);
const fixed = (values: readonly string[]) => () => values;

export const SECTIONS: readonly SectionDef[] = [
  {
    kind: 'form',
    id: 'application',
    title: 'options_section_application',
    step: 'series',
    object: 'application',
    fields: [
      { key: 'track', label: 'options_field_track', kind: 'text', hint: 'options_hint_track' },
      { key: 'level', label: 'options_field_level', kind: 'select', options: fixed(LEVELS), required: true, hint: 'options_hint_level' },
      { key: 'unitSupervisorType', label: 'options_field_unit_supervisor_type', kind: 'text', required: true, hint: 'options_hint_unit_supervisor_type' },
      { key: 'qualificationType', label: 'options_field_qualification_type', kind: 'text', required: true, hint: 'options_hint_qualification_type' },
      {
        key: 'qualificationName',
        label: 'options_field_qualification_name',
        kind: 'select',
        options: (p) => { const l = levelOf(p); return l ? QUALIFICATION_NAMES_BY_LEVEL[l] : QUALIFICATION_NAMES; },
        required: true,
        hint: 'options_hint_qualification_name',
      },
      {
        key: 'committee',
        label: 'options_field_committee',
        kind: 'select',
        options: (p) => { const l = levelOf(p); return l ? [COMMITTEE_BY_LEVEL[l]] : Object.values(COMMITTEE_BY_LEVEL); },
        required: true,
      },
      { key: 'specialty', label: 'options_field_specialty', kind: 'select', options: fixed(SPECIALTIES), required: true, hint: 'options_hint_specialty' },
    ],
  },
  {
    kind: 'form',
    id: 'basic',
    title: 'options_section_basic',
    step: 2,
    object: 'basic',
    fields: [
      { key: 'name', label: 'options_field_name', kind: 'text', required: true },
      { key: 'gender', label: 'options_field_gender', kind: 'select', options: fixed(GENDERS), required: true },
      { key: 'birthDate', label: 'options_field_birth_date', kind: 'date', required: true },
      { key: 'idNumber', label: 'options_field_id_number', kind: 'text', required: true, hint: 'options_hint_id_number' },
      { key: 'ethnicity', label: 'options_field_ethnicity', kind: 'text', required: true },
      { key: 'politicalStatus', label: 'options_field_political_status', kind: 'text', required: true },
      { key: 'workStartDate', label: 'options_field_work_start_date', kind: 'month-date', required: true },
      { key: 'employer', label: 'options_field_employer', kind: 'text', required: true },
      { key: 'employerCreditCode', label: 'options_field_employer_credit_code', kind: 'text' },
      { key: 'currentPost', label: 'options_field_current_post', kind: 'text' },
      { key: 'mobile', label: 'options_field_mobile', kind: 'text', required: true },
      { key: 'phone', label: 'options_field_phone', kind: 'text' },
      { key: 'email', label: 'options_field_email', kind: 'text' },
      { key: 'address', label: 'options_field_address', kind: 'text' },
      { key: 'postcode', label: 'options_field_postcode', kind: 'text' },
      { key: 'highestEducation', label: 'options_field_highest_education', kind: 'select', options: fixed(EDUCATION_LEVELS) },
      { key: 'highestDegree', label: 'options_field_highest_degree', kind: 'text' },
    ],
  },
  { kind: 'photo', id: 'photo', title: 'options_section_photo', step: 2 },
  {
    kind: 'table',
    id: 'qualificationHistory',
    title: 'options_section_qualification_history',
    step: 3,
    note: 'options_note_qualification_history',
    columns: [
      { key: 'name', label: 'options_field_qualification', kind: 'text' },
      { key: 'series', label: 'options_field_series', kind: 'text' },
      { key: 'specialty', label: 'options_field_qualification_specialty', kind: 'text' },
      { key: 'obtainedDate', label: 'options_field_obtained_date', kind: 'date' },
      { key: 'certificateNo', label: 'options_field_certificate_no', kind: 'text' },
      { key: 'approvedBy', label: 'options_field_approved_by', kind: 'text' },
    ],
  },
  {
    kind: 'table',
    id: 'education',
    title: 'options_section_education',
    step: 4,
    note: 'options_note_education',
    columns: [
      { key: 'startDate', label: 'options_field_start_date', kind: 'month-date' },
      { key: 'endDate', label: 'options_field_end_date', kind: 'month-date' },
      { key: 'school', label: 'options_field_school', kind: 'text' },
      { key: 'major', label: 'options_field_major', kind: 'text' },
      { key: 'educationLevel', label: 'options_field_education_level', kind: 'select', options: fixed(EDUCATION_LEVELS) },
      { key: 'degree', label: 'options_field_degree', kind: 'text' },
      { key: 'studyMode', label: 'options_field_study_mode', kind: 'select', options: fixed(STUDY_MODES) },
      { key: 'certificateNo', label: 'options_field_certificate_no', kind: 'text' },
    ],
  },
  {
    kind: 'table',
    id: 'workHistory',
    title: 'options_section_work_history',
    step: 5,
    note: 'options_note_work_history',
    columns: [
      { key: 'startDate', label: 'options_field_start_date', kind: 'month-date' },
      { key: 'endDate', label: 'options_field_end_date', kind: 'open-end' },
      { key: 'employer', label: 'options_field_employer', kind: 'text' },
      { key: 'post', label: 'options_field_post', kind: 'text' },
      { key: 'duties', label: 'options_field_duties', kind: 'textarea' },
      { key: 'socialInsurancePaid', label: 'options_field_social_insurance_paid', kind: 'bool' },
      { key: 'noSocialInsuranceReason', label: 'options_field_no_social_insurance_reason', kind: 'text' },
    ],
  },
  {
    kind: 'form',
    id: 'awards-summary',
    title: 'options_section_awards_summary',
    step: 6,
    object: null,
    fields: [
      { key: 'awards', label: 'options_field_awards', kind: 'textarea', hint: 'options_hint_awards' },
      { key: 'workSummary', label: 'options_field_work_summary', kind: 'textarea', required: true },
    ],
  },
  {
    kind: 'table',
    id: 'achievements',
    title: 'options_section_achievements',
    step: 7,
    note: 'options_note_achievements',
    columns: [
      { key: 'startDate', label: 'options_field_start_date', kind: 'month-date' },
      { key: 'endDate', label: 'options_field_end_date', kind: 'month-date' },
      { key: 'title', label: 'options_field_project', kind: 'text' },
      { key: 'role', label: 'options_field_role', kind: 'text' },
      { key: 'content', label: 'options_field_content', kind: 'textarea' },
      { key: 'result', label: 'options_field_result', kind: 'textarea' },
    ],
  },
  {
    kind: 'table',
    id: 'publications',
    title: 'options_section_publications',
    step: 8,
    note: 'options_note_publications',
    columns: [
      { key: 'kind', label: 'options_field_publication_kind', kind: 'text' },
      { key: 'title', label: 'options_field_title', kind: 'text' },
      { key: 'venue', label: 'options_field_venue', kind: 'text' },
      { key: 'issn', label: 'options_field_issn', kind: 'text' },
      { key: 'cn', label: 'options_field_cn', kind: 'text' },
      { key: 'publishedDate', label: 'options_field_published_date', kind: 'month-date' },
      { key: 'authorRank', label: 'options_field_author_rank', kind: 'optional-int' },
    ],
  },
  {
    kind: 'table',
    id: 'annualReviews',
    title: 'options_section_annual_reviews',
    step: 9,
    note: 'options_note_annual_reviews',
    columns: [
      { key: 'year', label: 'options_field_year', kind: 'int' },
      { key: 'result', label: 'options_field_review_result', kind: 'select', options: fixed(REVIEW_RESULTS) },
    ],
  },
  {
    kind: 'table',
    id: 'attachments',
    title: 'options_section_attachments',
    step: 10,
    note: 'options_note_attachments',
    columns: [
      { key: 'name', label: 'options_field_attachment_name', kind: 'text' },
      { key: 'note', label: 'options_field_note', kind: 'text' },
    ],
  },
];

/** Sections whose rows carry 记录序号 (shown as the first column). */
export const SEQ_COLUMN: FieldDef = { key: 'seq', label: 'options_field_seq', kind: 'int' };
