import { cellOf, compact, fieldValues, findColumn, findingOf, saysNoFile } from './common';
import { t } from '../i18n/t';
import type { Check, CheckAbout, CheckContext } from './types';

const PROOF = '在岗在职证明材料';
/**
 * The material's name as lists and choosers write it, either word first (在职在岗证明), or with one
 * of the two words (在职证明材料, 在岗证明: probe 18; a copy naming it so got a false error).
 */
export const NAMES_PROOF = /在岗在职|在职在岗|在[职岗]证明/;

/**
 * A list's upload status column: 上传状态 / 上传情况 / 是否(已)上传 / 提交状态 / 提交情况 / 是否(已)提交, or a bare 状态 (a
 * 审核状态 is the review). Failing that, a bare 附件 / 附件数 column (无, 0: probe 18 F5).
 */
/**
 * A notice telling the applicant the system fetched his social insurance (系统已获取您在广州市缴纳的
 * 社保信息, 已自动获取您的社会保险缴费记录), on normalised text (a notice's): the walkthrough's 在岗在职证明 then
 * (操作指引 3(10): 要求为职称系统可直接获取已在广州市缴纳的社保信息; breaker 27 F13). Not a rule for
 * everyone (系统已获取社保信息的，无需上传: no 您), nor one saying it was not (未获取, 无法获取), nor
 * another record fetched (已获取您的学历信息，…社保: 社 in the same clause).
 */
const INSURANCE_FETCHED = /已(自动)?获取到?您[^。,]*社/;
const UPLOAD_STATUS = /上传(状态|情况)|是否已?上传|提交(状态|情况)|是否已?提交|^状态$/;
const ATTACHMENT_COUNT = /^附件(个?数)?$/;

/**
 * What the page's 附件名称 chooser says about 在岗在职证明材料, when the page has one (the shared
 * 附件上传 form): `elsewhere` when it does not offer it (the upload form of another section),
 * `choosing` when it is the name being uploaded now, `other` otherwise; null without a chooser.
 */
function uploadFormState(ctx: CheckContext): 'elsewhere' | 'choosing' | 'other' | null {
  const names = fieldValues(ctx, 'page.attachmentName');
  if (names.length === 0) return null;
  const offered = names.some((f) => {
    const control = ctx.snapshot.controls[f.control];
    return control?.kind !== 'select' || control.options.some((o) => NAMES_PROOF.test(compact(o.text)));
  });
  if (!offered) return 'elsewhere';
  return names.some((f) => NAMES_PROOF.test(compact(f.value))) ? 'choosing' : 'other';
}

/**
 * Step 10's list of uploaded materials includes 在岗在职证明材料 (in a checklist of materials
 * with a 上传状态 column: unless that says 未上传), or a notice says the system fetched the
 * applicant's social insurance (INSURANCE_FETCHED), which stands for it. Only speaks when the page shows
 * an upload list (a grid with a 附件/材料/名称/文件 column); without one nothing can be read. On the
 * 附件上传 form itself it never blocks the upload: silent when the form is another section's
 * (its name list lacks the material) or is uploading the material now, a warning otherwise.
 * Silent on one page of a paged list (GridSnapshot.paged): the others are not seen.
 */
export const onJobProofMissing: Check = {
  id: 'on-job-proof-missing',
  steps: ['certificates'],
  run(ctx) {
    const lists = ctx.snapshot.grids.filter((g) => findColumn(g, (h) => /附件|材料|名称|文件/.test(h)) >= 0);
    if (lists.length === 0) return [];
    // A checklist of materials (材料名称 | 是否必须 | 上传状态) names each one whether uploaded or
    // not: there its row counts unless its status says 未上传 / 无 / 否 / 未提交, or its file name
    // cell shows no file (文件名称, or a column of the files themselves: 已上传文件, 上传文件, 文件: probe 21
    // F1; empty, 未上传, 无, only the upload action: saysNoFile) without a status saying 已上传 (the
    // file shown elsewhere: breaker 22 F1) other than a count of none (已上传0个, 已上传(0), 已上传0/1).
    // 已提交 says the record went for review, not that a file is there (breaker 23). A thumbnail or
    // icon in the cell is a file, a spacer or placeholder none (lib/page/page-text.ts cellText).
    // Beside file names a bare 状态 may be the review (否 = not passed): there only 未上传 / 未提交 count.
    const present = lists.some((g) => {
      const file = findColumn(g, (x) => /文件(名|$)/.test(x));
      const status = findColumn(g, (h) => UPLOAD_STATUS.test(h), (h) => ATTACHMENT_COUNT.test(h));
      // A status cell says the material is not uploaded as a list's file cell says none (saysNoFile:
      // 未上传, 未提交, 否, 无, 0, 0个, -); an empty cell or a tick image says nothing.
      const notUploaded = file >= 0 && compact(g.headers[status] ?? '') === '状态' ? (s: string) => /^未(上传|提交)/.test(s) : (s: string) => s !== '' && saysNoFile(s);
      return g.rows.some((row) => {
        const said = cellOf(row, status);
        return row.cells.some((cell) => NAMES_PROOF.test(compact(cell))) && !notUploaded(said) && (file < 0 || !saysNoFile(cellOf(row, file)) || /^已上传(?!\D*0(?!\d))/.test(said));
      });
    });
    if (present || ctx.snapshot.notices.some((n) => INSURANCE_FETCHED.test(n))) return [];
    const form = uploadFormState(ctx);
    // A paged list shows one page: the material may be on another.
    if (form === 'elsewhere' || form === 'choosing' || lists.some((g) => g.paged)) return [];
    return [
      findingOf(
        onJobProofMissing,
        t('check_on_job_proof_missing', PROOF),
        { field: PROOF, severity: form === 'other' ? 'warning' : undefined },
      ),
    ];
  },
};

/** What onJobProofMissing checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const onJobProofMissingAbout: CheckAbout = {
  id: 'on-job-proof-missing',
  title: '在岗在职证明材料',
  source: '操作指引 3(10)：必须上传“在岗在职证明材料”',
};
