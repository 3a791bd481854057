import { useEffect, useState } from 'preact/hooks';
import type { PhotoInfo } from '../../lib/profile/db';
import { detectImageMime, imageBytesToBlob, PHOTO_STORE_MAX_BYTES } from '../../lib/profile/photo-data';

interface PhotoFieldProps {
  photo: Blob | null;
  info: PhotoInfo | null;
  onChange: (photo: Blob | null, info: PhotoInfo | null) => void;
}

/** Portal photo rules (seed step 3(2)), shown as guidance; lib/photo checks them in detail. */
const PORTAL_PHOTO_RULES = '系统要求：本人近期（半年内）正面免冠彩色一寸蓝底证件照，JPG 格式，24 位 RGB 真彩色，500 KB 以内，像素不小于 295×413（宽×高）。';

/**
 * The profile photo: preview, replace (JPEG or PNG, checked by its first bytes), remove.
 * A chosen file that is not an image is refused with a message and changes nothing.
 */
export function PhotoField({ photo, info, onChange }: PhotoFieldProps) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pixels, setPixels] = useState<string | null>(null);

  useEffect(() => {
    if (!photo) {
      setUrl(null);
      return;
    }
    const objectUrl = URL.createObjectURL(photo);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [photo]);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > PHOTO_STORE_MAX_BYTES) {
      setError(`照片文件太大（${(file.size / 1048576).toFixed(1)} MB），上限为 ${PHOTO_STORE_MAX_BYTES / 1048576} MB。`);
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!detectImageMime(bytes)) {
      setError(`“${file.name}”不是 JPEG 或 PNG 图片（文件头不符），照片未更改。`);
      return;
    }
    setError(null);
    onChange(imageBytesToBlob(bytes), { ...(info ?? {}), fileName: file.name });
  };

  return (
    <div class="photo-field">
      <div class="photo-preview">
        {url ? (
          <img src={url} alt="个人照片预览" data-testid="photo-preview" onLoad={(e) => setPixels(`${e.currentTarget.naturalWidth}×${e.currentTarget.naturalHeight} 像素`)} />
        ) : (
          <span class="photo-empty">无照片</span>
        )}
      </div>
      <div class="photo-meta">
        {photo && (
          <p data-testid="photo-info">
            {info?.fileName ?? '照片'} · {photo.type === 'image/png' ? 'PNG' : 'JPEG'} · {(photo.size / 1024).toFixed(0)} KB
            {pixels ? ` · ${pixels}` : ''}
          </p>
        )}
        <p class="hint">{PORTAL_PHOTO_RULES}</p>
        <div class="button-row">
          <label class="button secondary">
            {photo ? '更换照片' : '选择照片'}
            <input type="file" accept="image/jpeg,image/png" class="visually-hidden" data-testid="photo-input" onChange={(e) => void choose(e.currentTarget)} />
          </label>
          {photo && (
            <button type="button" class="secondary danger" data-testid="photo-remove" onClick={() => onChange(null, null)}>
              删除照片
            </button>
          )}
        </div>
        {error && (
          <p class="field-error" role="alert" data-testid="photo-error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
