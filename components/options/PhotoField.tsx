import { useState } from 'preact/hooks';
import type { PhotoInfo } from '../../lib/profile/db';
import { fixPhoto, headerSize, PhotoFixError, tooManyPixels, type PhotoFixResult } from '../../lib/photo/fix';
import { formatMegabytes } from '../../lib/profile/format-v1';
import { damagedPhotoMessage, detectImageMime, imageBytesToBlob, PHOTO_SOURCE_MAX_BYTES, PHOTO_STORE_MAX_BYTES } from '../../lib/profile/photo-data';
import { t } from '@/lib/i18n/t';
import { downloadBlob } from './download';
import { fixedPhotoFileName, formatKB, photoFileName } from './photo-describe';
import { PhotoFindings } from './PhotoFindings';
import { PhotoFixCompare } from './PhotoFixCompare';
import { useObjectUrl, usePhotoCheck } from './photo-hooks';
import { errorText } from '../../lib/error-text';

interface PhotoFieldProps {
  photo: Blob | null;
  info: PhotoInfo | null;
  onChange: (photo: Blob | null, info: PhotoInfo | null) => void;
}

/** The fixer's state for one photo; `source` is the Blob it ran on, so a result never outlives its photo. */
type FixState =
  | { kind: 'running'; source: Blob }
  | { kind: 'done'; source: Blob; result: PhotoFixResult }
  | { kind: 'failed'; source: Blob; message: string };

/** A chosen photo over PHOTO_STORE_MAX_BYTES: never the draft's photo, only the fixer's source. */
interface Oversize {
  blob: Blob;
  fileName: string;
}

/**
 * The profile photo: preview, replace (JPEG or PNG, checked by its first bytes), remove; the
 * photo checker's findings per portal rule; the one-click fixer with a before/after comparison;
 * and 导出照片 (the portal needs a file the user chooses; the extension never sets file inputs).
 * A damaged file (cut short, or one the browser cannot decode) is said to be so above the
 * findings, whether chosen here or brought by an imported file (which keeps the rest of the
 * profile), and only 更换照片 / 删除照片 are offered for it: neither 一键修正照片 (it would
 * re-encode the visible, partly grey picture into a valid-looking wrong photo; fixPhoto refuses
 * it too) nor 导出照片 for the portal. A chosen file that is not an image is refused with a message and changes nothing; so is one
 * over PHOTO_SOURCE_MAX_BYTES, or with more pixels than the fixer decodes (MAX_DECODED_PIXELS, read
 * from its header). One over PHOTO_STORE_MAX_BYTES (a phone's photo) goes straight to
 * the fixer instead of the draft: only its fixed copy can be taken. Every change goes to the
 * editor's draft through `onChange`; only the profile's 保存 stores it.
 */
export function PhotoField({ photo, info, onChange }: PhotoFieldProps) {
  const url = useObjectUrl(photo);
  const check = usePhotoCheck(photo);
  const [error, setError] = useState<string | null>(null);
  /** Decoded size of the preview, tagged with its URL so a previous photo's size is never shown. */
  const [decoded, setDecoded] = useState<{ url: string; text: string } | null>(null);
  const pixels = decoded && decoded.url === url ? decoded.text : null;
  /** The preview's URL when the browser could not decode it (a damaged file the structure check let pass). */
  const [undecodable, setUndecodable] = useState<string | null>(null);
  const damage = check?.damage ?? (url !== null && undecodable === url ? damagedPhotoMessage() : null);
  const [fix, setFix] = useState<FixState | null>(null);
  const [accepted, setAccepted] = useState<Blob | null>(null);
  const [oversize, setOversize] = useState<Oversize | null>(null);
  const fixingOversize = !!oversize && fix?.source === oversize.blob;
  const fixHere = fix && (fix.source === photo || fixingOversize) ? fix : null;

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > PHOTO_SOURCE_MAX_BYTES) {
      setError(t('options_photo_too_large', formatMegabytes(file.size), formatMegabytes(PHOTO_SOURCE_MAX_BYTES)));
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!detectImageMime(bytes)) {
      setError(t('options_photo_not_image', file.name));
      return;
    }
    // Nor is one with more pixels than can be decoded: its preview alone would decode it.
    const size = headerSize(bytes);
    const huge = size && tooManyPixels(size.width, size.height);
    if (huge) {
      setError(huge);
      return;
    }
    setError(null);
    const blob = imageBytesToBlob(bytes);
    if (file.size > PHOTO_STORE_MAX_BYTES) {
      setOversize({ blob, fileName: file.name });
      void runFix(blob);
      return;
    }
    setOversize(null);
    onChange(blob, { ...(info ?? {}), fileName: file.name });
  };

  const runFix = async (source: Blob) => {
    setFix({ kind: 'running', source });
    try {
      setFix({ kind: 'done', source, result: await fixPhoto(source) });
    } catch (e) {
      setFix({ kind: 'failed', source, message: e instanceof PhotoFixError ? e.message : t('options_photo_fix_failed', errorText(e)) });
    }
  };

  const accept = (result: PhotoFixResult) => {
    setFix(null);
    setOversize(null);
    setAccepted(result.blob);
    onChange(result.blob, { ...(info ?? {}), fileName: fixedPhotoFileName(fixingOversize ? oversize.fileName : info?.fileName) });
  };

  const discard = () => {
    setFix(null);
    setOversize(null);
  };

  return (
    <div class="photo-field">
      <div class="photo-main">
        <div class="photo-preview">
          {url ? (
            <img
              src={url}
              alt={t('options_photo_preview_alt')}
              data-testid="photo-preview"
              onLoad={(e) => setDecoded({ url, text: t('options_photo_pixels', e.currentTarget.naturalWidth, e.currentTarget.naturalHeight) })}
              onError={() => setUndecodable(url)}
            />
          ) : (
            <span class="photo-empty">{t('options_photo_none')}</span>
          )}
        </div>
        <div class="photo-meta">
          {photo && (
            <p data-testid="photo-info">
              {info?.fileName ?? t('options_photo_unnamed')} · {photo.type === 'image/png' ? 'PNG' : 'JPEG'} · {formatKB(photo.size)}
              {pixels ? ` · ${pixels}` : ''}
            </p>
          )}
          {damage && (
            <p class="field-error" role="alert" data-testid="photo-damaged">
              {damage}
            </p>
          )}
          {/* The rules read a damaged file's header, which says nothing of its missing part: no 符合 verdict on it. */}
          {check && !damage && <PhotoFindings check={check} />}
          {!photo && <p class="hint">{t('options_photo_requirements')}</p>}
          {/* Portal photo rules (seed step 3(2)) that software cannot check. */}
          <p class="hint">{t('options_photo_uncheckable')}</p>
          {accepted === photo && photo && (
            <p class="photo-notice" role="status" data-testid="photo-fix-accepted">
              {t('options_photo_fix_accepted')}
            </p>
          )}
          <div class="button-row">
            <label class="button secondary">
              {photo ? t('options_photo_replace') : t('options_photo_choose')}
              <input type="file" accept="image/jpeg,image/png" class="visually-hidden" data-testid="photo-input" onChange={(e) => void choose(e.currentTarget)} />
            </label>
            {photo && (
              <>
                {/* A damaged file is not fixed nor exported: re-encoding (or uploading) what is left of it would give a whole-looking but wrong photo. */}
                {!damage && (
                  <>
                    <button type="button" class="primary" data-testid="photo-fix" disabled={fixHere?.kind === 'running'} onClick={() => void runFix(photo)}>
                      {fixHere?.kind === 'running' ? t('options_photo_fixing') : t('options_photo_fix')}
                    </button>
                    <button type="button" class="secondary" data-testid="photo-download" onClick={() => downloadBlob(photo, photoFileName(info?.fileName, photo.type))}>
                      {t('options_photo_export')}
                    </button>
                  </>
                )}
                <button type="button" class="secondary danger" data-testid="photo-remove" onClick={() => onChange(null, null)}>
                  {t('options_photo_remove')}
                </button>
              </>
            )}
          </div>
          {photo && !damage && <p class="hint">{t('options_photo_upload_hint')}</p>}
          {fixingOversize && fixHere?.kind !== 'failed' && (
            <p class="photo-notice" role="status" data-testid="photo-oversize">
              {t('options_photo_oversize', oversize.fileName, formatMegabytes(oversize.blob.size), formatMegabytes(PHOTO_STORE_MAX_BYTES))}
              {fixHere?.kind === 'running' && ` ${t('options_photo_fixing')}`}
            </p>
          )}
          {error && (
            <p class="field-error" role="alert" data-testid="photo-error">
              {error}
            </p>
          )}
          {fixHere?.kind === 'failed' && (
            <p class="field-error" role="alert" data-testid="photo-fix-error">
              {fixHere.message}
            </p>
          )}
        </div>
      </div>
      {fixHere?.kind === 'done' && !damage && <PhotoFixCompare original={fixHere.source} result={fixHere.result} onAccept={() => accept(fixHere.result)} onDiscard={discard} />}
    </div>
  );
}
