import { useState } from 'preact/hooks';
import type { PhotoFixResult } from '../../lib/photo/fix';
import type { JpegInfo, NotJpeg } from '../../lib/photo/inspect';
import { t } from '@/lib/i18n/t';
import { describePhoto, formatKB } from './photo-describe';
import { useObjectUrl, usePhotoCheck } from './photo-hooks';

interface PhotoCardProps {
  testId: string;
  title: string;
  blob: Blob;
  info: JpegInfo | NotJpeg;
}

/** One side of the comparison: thumbnail, pixels, size, colour model, format and the checker's verdict. */
function PhotoCard({ testId, title, blob, info }: PhotoCardProps) {
  const url = useObjectUrl(blob);
  const check = usePhotoCheck(blob);
  // A non-JPEG's pixels are not in its inspection; the decoded thumbnail tells them.
  const [decoded, setDecoded] = useState<{ width: number; height: number } | null>(null);
  const described = describePhoto(info);
  const width = described.width ?? decoded?.width ?? null;
  const height = described.height ?? decoded?.height ?? null;
  const errors = check?.findings.filter((f) => f.severity === 'error').length ?? null;
  return (
    <figure
      class="photo-card"
      data-testid={testId}
      data-width={width ?? ''}
      data-height={height ?? ''}
      data-bytes={blob.size}
      data-colour={described.colour ?? ''}
      data-errors={errors ?? ''}
    >
      <figcaption>{title}</figcaption>
      <div class="photo-thumb">
        {url && <img src={url} alt={t('options_photo_card_alt', title)} onLoad={(e) => setDecoded({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })} />}
      </div>
      <dl>
        <dt>{t('options_photo_card_pixels')}</dt>
        <dd data-testid="photo-card-pixels">{width !== null && height !== null ? `${width}×${height} px` : '—'}</dd>
        <dt>{t('options_photo_card_size')}</dt>
        <dd data-testid="photo-card-size" title={t('options_photo_bytes', blob.size.toLocaleString('en-US'))}>
          {formatKB(blob.size)}
        </dd>
        <dt>{t('options_photo_card_colour')}</dt>
        <dd data-testid="photo-card-colour">{described.colour ?? '—'}</dd>
        <dt>{t('options_photo_card_format')}</dt>
        <dd>{described.format}</dd>
        <dt>{t('options_photo_card_check')}</dt>
        <dd>
          {errors === null ? '…' : errors === 0 ? <span class="badge ok">{t('options_photo_card_ok')}</span> : <span class="badge error">{t('options_photo_card_errors', errors)}</span>}
        </dd>
      </dl>
    </figure>
  );
}

interface PhotoFixCompareProps {
  /** The photo that was fixed. */
  original: Blob;
  result: PhotoFixResult;
  onAccept: () => void;
  onDiscard: () => void;
}

/**
 * The fixer's result beside the original (before/after), with 采用修正后的照片 and 放弃.
 * Accepting only replaces the photo in the editor's draft; the profile's 保存 stores it.
 */
export function PhotoFixCompare({ original, result, onAccept, onDiscard }: PhotoFixCompareProps) {
  return (
    <div class="photo-fix" role="group" aria-label={t('options_photo_compare_label')} data-testid="photo-fix-compare">
      <div class="photo-fix-cards">
        <PhotoCard testId="photo-fix-before" title={t('options_photo_before')} blob={original} info={result.before} />
        <span class="photo-fix-arrow" aria-hidden="true">
          →
        </span>
        <PhotoCard testId="photo-fix-after" title={t('options_photo_after')} blob={result.blob} info={result.after} />
      </div>
      <p class="hint">{t('options_photo_fix_method', result.after.width, result.after.height)}</p>
      <div class="button-row">
        <button type="button" class="primary" data-testid="photo-fix-accept" onClick={onAccept}>
          {t('options_photo_fix_accept')}
        </button>
        <button type="button" class="secondary" data-testid="photo-fix-discard" onClick={onDiscard}>
          {t('options_photo_fix_discard')}
        </button>
      </div>
    </div>
  );
}
