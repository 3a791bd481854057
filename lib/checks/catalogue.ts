import type { CheckAbout } from './types';
import { idNumberChecksumAbout } from './id-number-checksum';
import { idBirthdateMismatchAbout } from './id-birthdate-mismatch';
import { idGenderMismatchAbout } from './id-gender-mismatch';
import { mobileFormatAbout } from './mobile-format';
import { postcodeFormatAbout } from './postcode-format';
import { emailFormatAbout } from './email-format';
import { creditCodeChecksumAbout } from './credit-code-checksum';
import { requiredFieldAbout } from './required-field';
import { photoMissingAbout } from './photo-missing';
import { photoFormatAbout } from './photo-format';
import { photoSizeAbout } from './photo-size';
import { photoDimensionsAbout } from './photo-dimensions';
import { photoColorDepthAbout } from './photo-color-depth';
import { qualificationLevelMismatchAbout } from './qualification-level-mismatch';
import { committeeLevelMismatchAbout } from './committee-level-mismatch';
import { qualificationTypeAbout } from './qualification-type';
import { specialtyMissingAbout } from './specialty-missing';
import { reviewGroupNotEmptyAbout } from './review-group-not-empty';
import { recordSequenceAbout } from './record-sequence';
import { educationOrderAbout } from './education-order';
import { recordPeriodOrderAbout } from './record-period-order';
import { socialInsuranceReasonAbout } from './social-insurance-reason';
import { awardsEmptyAbout } from './awards-empty';
import { summaryEmptyAbout } from './summary-empty';
import { textOverLimitAbout } from './text-over-limit';
import { attachmentMissingAbout } from './attachment-missing';
import { onJobProofMissingAbout } from './on-job-proof-missing';
import { annualReviewDisqualifyingAbout } from './annual-review-disqualifying';
import { eligibilityAbout } from './eligibility';
import { submitConsentAbout } from './submit-consent';
import { unfinishedStepsAbout } from './unfinished-steps';

/**
 * Every check's name and the source of its rule, in the registry's order (lib/checks/registry.ts
 * CHECKS): the checks' documentation as one table, for the tests, the README's check list and
 * whoever asks where a rule comes from. Each entry is written next to its check; this module is
 * not imported by the content script. tests/unit/tables.test.ts parses it with
 * `checkCatalogueSchema` (./registry.schema.ts) and requires one entry per check, same order.
 */
export const CHECK_CATALOGUE: readonly CheckAbout[] = [
  idNumberChecksumAbout,
  idBirthdateMismatchAbout,
  idGenderMismatchAbout,
  mobileFormatAbout,
  postcodeFormatAbout,
  emailFormatAbout,
  creditCodeChecksumAbout,
  requiredFieldAbout,
  photoMissingAbout,
  photoFormatAbout,
  photoSizeAbout,
  photoDimensionsAbout,
  photoColorDepthAbout,
  qualificationLevelMismatchAbout,
  committeeLevelMismatchAbout,
  qualificationTypeAbout,
  specialtyMissingAbout,
  reviewGroupNotEmptyAbout,
  recordSequenceAbout,
  educationOrderAbout,
  recordPeriodOrderAbout,
  socialInsuranceReasonAbout,
  awardsEmptyAbout,
  summaryEmptyAbout,
  textOverLimitAbout,
  attachmentMissingAbout,
  onJobProofMissingAbout,
  annualReviewDisqualifyingAbout,
  eligibilityAbout,
  submitConsentAbout,
  unfinishedStepsAbout,
];
