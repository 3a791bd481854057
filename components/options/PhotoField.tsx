import { useState } from 'preact/hooks';
import type { PhotoInfo } from '../../lib/profile/db';
import { fixPhoto, PhotoFixError, type PhotoFixResult } from '../../lib/photo/fix';
import { detectImageMime, imageBytesToBlob, PHOTO_STORE_MAX_BYTES } from '../../lib/profile/photo-data';
import { downloadBlob } from './download';
import { fixedPhotoFileName, formatKB, photoFileName } from './photo-describe';
import { PhotoFindings } from './PhotoFindings';
import { PhotoFixCompare } from './PhotoFixCompare';
import { useObjectUrl, usePhotoCheck } from './photo-hooks';

interface PhotoFieldProps {
  photo: Blob | null;
  info: PhotoInfo | null;
  onChange: (photo: Blob | null, info: PhotoInfo | null) => void;
}

/** Portal photo rules (seed step 3(2)) that software cannot check. */
const UNCHECKABLE_RULES = '另须本人近期（半年内）正面免冠彩色一寸蓝底证件照，这些请自己核对。';

/** The fixer's state for one photo; `source` is the Blob it ran on, so a result never outlives its photo. */
type FixState =
  | { kind: 'running'; source: Blob }
  | { kind: 'done'; source: Blob; result: PhotoFixResult }
  | { kind: 'failed'; source: Blob; message: string };

/**
 * The profile photo: preview, replace (JPEG or PNG, checked by its first bytes), remove; the
 * photo checker's findings per portal rule; the one-click fixer with a before/after comparison;
 * and 导出照片 (the portal needs a file the user chooses; the extension never sets file inputs).
 * A chosen file that is not an image is refused with a message and changes nothing. Every
 * change goes to the editor's draft through `onChange`; only the profile's 保存 stores it.
 */
export function PhotoField({ photo, info, onChange }: PhotoFieldProps) {
  const url = useObjectUrl(photo);
  const check = usePhotoCheck(photo);
  const [error, setError] = useState<string | null>(null);
  /** Decoded size of the preview, tagged with its URL so a previous photo's size is never shown. */
  const [decoded, setDecoded] = useState<{ url: string; text: string } | null>(null);
  const pixels = decoded && decoded.url === url ? decoded.text : null;
  const [fix, setFix] = useState<FixState | null>(null);
  const [accepted, setAccepted] = useState<Blob | null>(null);
  const fixHere = fix && fix.source === photo ? fix : null;

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

  const runFix = async (source: Blob) => {
    setFix({ kind: 'running', source });
    try {
      setFix({ kind: 'done', source, result: await fixPhoto(source) });
    } catch (e) {
      setFix({ kind: 'failed', source, message: e instanceof PhotoFixError ? e.message : `照片修正失败：${String(e)}` });
    }
  };

  const accept = (result: PhotoFixResult) => {
    setFix(null);
    setAccepted(result.blob);
    onChange(result.blob, { ...(info ?? {}), fileName: fixedPhotoFileName(info?.fileName) });
  };

  return (
    <div class="photo-field">
      <div class="photo-main">
        <div class="photo-preview">
          {url ? (
            <img src={url} alt="个人照片预览" data-testid="photo-preview" onLoad={(e) => setDecoded({ url, text: `${e.currentTarget.naturalWidth}×${e.currentTarget.naturalHeight} 像素` })} />
          ) : (
            <span class="photo-empty">无照片</span>
          )}
        </div>
        <div class="photo-meta">
          {photo && (
            <p data-testid="photo-info">
              {info?.fileName ?? '照片'} · {photo.type === 'image/png' ? 'PNG' : 'JPEG'} · {formatKB(photo.size)}
              {pixels ? ` · ${pixels}` : ''}
            </p>
          )}
          {check && <PhotoFindings check={check} />}
          {!photo && <p class="hint">门户要求：JPG 格式，24 位 RGB 真彩色，500 KB 以内，像素不小于 295×413（宽×高）。</p>}
          <p class="hint">{UNCHECKABLE_RULES}</p>
          {accepted === photo && photo && (
            <p class="photo-notice" role="status" data-testid="photo-fix-accepted">
              已换成修正后的照片。点击上方“保存”后才会存入档案。
            </p>
          )}
          <div class="button-row">
            <label class="button secondary">
              {photo ? '更换照片' : '选择照片'}
              <input type="file" accept="image/jpeg,image/png" class="visually-hidden" data-testid="photo-input" onChange={(e) => void choose(e.currentTarget)} />
            </label>
            {photo && (
              <>
                <button type="button" class="primary" data-testid="photo-fix" disabled={fixHere?.kind === 'running'} onClick={() => void runFix(photo)}>
                  {fixHere?.kind === 'running' ? '正在修正…' : '一键修正照片'}
                </button>
                <button type="button" class="secondary" data-testid="photo-download" onClick={() => downloadBlob(photo, photoFileName(info?.fileName, photo.type))}>
                  导出照片
                </button>
                <button type="button" class="secondary danger" data-testid="photo-remove" onClick={() => onChange(null, null)}>
                  删除照片
                </button>
              </>
            )}
          </div>
          {photo && <p class="hint">门户上传照片需要选择文件：用“导出照片”把上面这张照片存到电脑，再在门户“个人照片”处选择该文件。助手不会替您选择或上传文件。</p>}
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
      {fixHere?.kind === 'done' && photo && (
        <PhotoFixCompare original={photo} result={fixHere.result} onAccept={() => accept(fixHere.result)} onDiscard={() => setFix(null)} />
      )}
    </div>
  );
}
