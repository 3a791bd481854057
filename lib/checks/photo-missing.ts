import type { ControlSnapshot } from '../page/snapshot';
import { t } from '../i18n/t';
import { PHOTO_RULES } from '../photo/rule-table';
import { compact, fieldFinding, fieldValues } from './common';
import type { Check, CheckAbout, CheckContext } from './types';

/** Buttons that send the chosen photo on its own ("上传照片", "上传"), named in the advice when the page has one. */
const UPLOAD_BUTTON_RE = /^上传(照片|相片|图片)?$/;

/**
 * Whether the page shows no photo for a photo box: no file chosen in it and nothing shown as
 * uploaded beside it (`savedFile` null, read by lib/page/collect.ts). False too when the snapshot
 * does not say what is beside it (`savedFile` undefined): nothing can be said then.
 */
function noPhotoYet(c: ControlSnapshot): boolean {
  return compact(c.value) === '' && c.savedFile === null;
}

function advice(ctx: CheckContext): string {
  const { maxBytes, minWidth, minHeight } = PHOTO_RULES;
  const upload = ctx.snapshot.controls.find((c) => c.kind === 'button' && UPLOAD_BUTTON_RE.test(compact(c.buttonText)));
  const rules = [maxBytes.toLocaleString('en-US'), minWidth, minHeight] as const;
  return upload ? t('check_photo_missing_choose_then_press', ...rules, compact(upload.buttonText)) : t('check_photo_missing_choose', ...rules);
}

/**
 * 个人照片 required and not uploaded yet: the recognised photo box is empty and the page shows
 * no saved photo (image, preview or link) beside it. Decided from what the page shows, never
 * from a portal's ids; a photo uploaded earlier and shown beside an empty box counts as there.
 */
export const photoMissing: Check = {
  id: 'photo-missing',
  run(ctx) {
    for (const field of fieldValues(ctx, 'page.photo')) {
      const c = ctx.snapshot.controls[field.control];
      if (!c || c.kind !== 'file' || !c.visible || c.disabled) continue;
      if (noPhotoYet(c)) return [fieldFinding(photoMissing, field, advice(ctx))];
    }
    return [];
  },
};

/** What photoMissing checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const photoMissingAbout: CheckAbout = {
  id: 'photo-missing',
  title: '个人照片未上传',
  source: '操作指引 3(2) 基本信息：“个人照片”必须上传；照片为jpg格式，24位RGB真彩色，大小在500k以内，像素不小于413×295',
};
