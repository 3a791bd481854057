import fc from 'fast-check';
import { EDUCATION_LEVELS, REVIEW_RESULTS, STUDY_MODES, type Profile } from '../../../lib/profile/schema';

// Generated profiles: every section filled with schema-valid values and arbitrary unknown keys.
const day = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const monthOrDay = fc.oneof(day, day.map((d) => d.slice(0, 7)), fc.constant(''));
const text = fc.string({ maxLength: 12 });
/** Unknown keys a later version might write. */
export const extraKeys = fc.dictionary(fc.constantFrom('x_note', 'x_code', 'x_flag'), fc.oneof(text, fc.integer(), fc.boolean()), { maxKeys: 2 });
const withSeq = <T extends object>(rows: T[]) => rows.map((r, i) => ({ ...r, seq: i + 1 }));
const jpegDataUrl = fc
  .uint8Array({ minLength: 0, maxLength: 40 })
  .map((tail) => `data:image/jpeg;base64,${btoa(String.fromCharCode(0xff, 0xd8, 0xff, ...tail))}`);

/** Schema-valid profiles with every section filled and arbitrary unknown keys. */
export const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    label: fc.string({ minLength: 1, maxLength: 20 }),
    application: fc.record({
      track: fc.constant('初次职称考核认定'),
      level: fc.constantFrom('', '初级', '中级'),
      unitSupervisorType: text,
      qualificationType: fc.constant('工程技术人员'),
      qualificationName: fc.constantFrom('', '技术员', '助理工程师', '工程师'),
      committee: text,
      specialty: text,
    }),
    basic: fc.record({
      name: text, gender: fc.constantFrom('', '男', '女'), birthDate: fc.oneof(day, fc.constant('')),
      idNumber: fc.constantFrom('', '44010619920315123X'), ethnicity: text, politicalStatus: text,
      workStartDate: monthOrDay, employer: text, employerCreditCode: text, currentPost: text, phone: text,
      mobile: text, email: text, address: text, postcode: text, highestEducation: text, highestDegree: text,
    }),
    qualificationHistory: fc.array(fc.record({ seq: fc.constant(1), name: text, series: text, specialty: text, obtainedDate: day, certificateNo: text, approvedBy: text }), { maxLength: 3 }).map(withSeq),
    education: fc.array(fc.record({ seq: fc.constant(1), startDate: monthOrDay, endDate: monthOrDay, school: text, major: text, educationLevel: fc.constantFrom('', ...EDUCATION_LEVELS), degree: text, studyMode: fc.constantFrom('', ...STUDY_MODES), certificateNo: text }), { maxLength: 3 }).map(withSeq),
    workHistory: fc.array(fc.record({ seq: fc.constant(1), startDate: monthOrDay, endDate: fc.oneof(monthOrDay, fc.constant(null)), employer: text, post: text, duties: text, socialInsurancePaid: fc.boolean(), noSocialInsuranceReason: text }), { maxLength: 3 }).map(withSeq),
    awards: text,
    workSummary: fc.string({ maxLength: 200 }),
    achievements: fc.array(fc.record({ seq: fc.constant(1), startDate: monthOrDay, endDate: fc.oneof(monthOrDay, fc.constant(null)), title: text, role: text, content: text, result: text }), { maxLength: 3 }).map(withSeq),
    publications: fc.array(fc.record({ seq: fc.constant(1), kind: text, title: text, venue: text, issn: text, cn: text, publishedDate: monthOrDay, authorRank: fc.integer({ min: 1, max: 9 }) }), { maxLength: 2 }).map(withSeq),
    annualReviews: fc.array(fc.record({ year: fc.integer({ min: 1950, max: 2100 }), result: fc.constantFrom('', ...REVIEW_RESULTS) }), { maxLength: 4 }),
    attachments: fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 10 }), note: text }), { maxLength: 3 }),
    photo: fc.option(fc.record({ fileName: text, dataUrl: jpegDataUrl }), { nil: undefined }),
  }, { requiredKeys: ['label', 'application', 'basic', 'qualificationHistory', 'education', 'workHistory', 'awards', 'workSummary', 'achievements', 'publications', 'annualReviews', 'attachments'] })
  .chain((p) => extraKeys.map((extra) => ({ ...extra, ...p, basic: { ...p.basic, ...extra } }) as Profile));

