import { useState } from 'preact/hooks';
import type { PhotoFixResult } from '../../lib/photo/fix';
import type { JpegInfo, NotJpeg } from '../../lib/photo/inspect';
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
        {url && <img src={url} alt={`${title}的照片`} onLoad={(e) => setDecoded({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })} />}
      </div>
      <dl>
        <dt>像素</dt>
        <dd data-testid="photo-card-pixels">{width !== null && height !== null ? `${width}×${height} px` : '—'}</dd>
        <dt>大小</dt>
        <dd data-testid="photo-card-size" title={`${blob.size.toLocaleString('en-US')} 字节`}>
          {formatKB(blob.size)}
        </dd>
        <dt>颜色</dt>
        <dd data-testid="photo-card-colour">{described.colour ?? '—'}</dd>
        <dt>格式</dt>
        <dd>{described.format}</dd>
        <dt>检查</dt>
        <dd>
          {errors === null ? '…' : errors === 0 ? <span class="badge ok">符合要求</span> : <span class="badge error">{errors} 项不合格</span>}
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
    <div class="photo-fix" role="group" aria-label="照片修正前后对比" data-testid="photo-fix-compare">
      <div class="photo-fix-cards">
        <PhotoCard testId="photo-fix-before" title="修正前" blob={original} info={result.before} />
        <span class="photo-fix-arrow" aria-hidden="true">
          →
        </span>
        <PhotoCard testId="photo-fix-after" title="修正后" blob={result.blob} info={result.after} />
      </div>
      <p class="hint">
        修正方法：按 EXIF 方向摆正，居中裁成 {result.after.width}:{result.after.height} 的竖版（头部一侧少裁），缩放为 {result.after.width}×{result.after.height}{' '}
        像素，重新保存为基线 JPEG（24 位 RGB，去掉 EXIF），逐级降低压缩质量直到小于 500 KB。请看一眼修正后的照片是否完整清晰。
      </p>
      <div class="button-row">
        <button type="button" class="primary" data-testid="photo-fix-accept" onClick={onAccept}>
          采用修正后的照片
        </button>
        <button type="button" class="secondary" data-testid="photo-fix-discard" onClick={onDiscard}>
          放弃
        </button>
      </div>
    </div>
  );
}
