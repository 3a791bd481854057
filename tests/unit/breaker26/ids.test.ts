/**
 * Breaker 26, fixb25c (lib/fields/recognize.ts headWord, KIND_WORD): a generic Mc / Name after a
 * word naming no field now gives no field. Ids read by id alone (no label): 报告名称 txtBgMc (the
 * 专项技术分析报告's title on 论文著作) and txtUserName (姓名) lost their field (72de81a read both).
 * (The breaker's 毕业院校名称 txtByYxMc, never read, is another item, not fixed here.)
 */
import { expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import type { StepId } from '../../../lib/portal/step-ids';

it.each([
  ['txtBgMc', 'publications', 'publications.title'],
  ['txtUserName', 'basic-info', 'basic.name'],
  // Last round's intent kept: a generic 名称 after a word naming no field gives no field.
  ['txtHjMc', 'awards-summary', null],
  ['txtHyMc', 'publications', null],
  ['txtZsMc', 'certificates', null],
  ['txtRyMc', 'awards-summary', null],
] as const)('%s on %s by its id alone is %s', (id, step: StepId, want) => {
  document.body.innerHTML = `<table><tr><td></td><td><input id="${id}" name="${id}"></td></tr></table>`;
  const snap = collectSnapshot(document);
  const m = recognizeFields(snap, step);
  expect(m.find((x) => snap.controls[x.control]!.id === id)?.key ?? null).toBe(want);
});

it.each(['txtE_MailAddr', 'txtE_MailAddress', 'txtE-MailAddr'])('%s (an E_Mail box) is the email, never the 通讯地址: by its id alone, and beside 电子邮箱', (id) => {
  const keys = ['', '电子邮箱'].map((label) => {
    document.body.innerHTML = `<table><tr><td>${label}</td><td><input id="${id}" name="${id}"></td></tr></table>`;
    const snap = collectSnapshot(document);
    return recognizeFields(snap, 'basic-info').find((x) => snap.controls[x.control]!.id === id)?.key ?? null;
  });
  expect(keys).toEqual(['basic.email', 'basic.email']);
});
