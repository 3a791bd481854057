import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../lib/checks/types';
import { inspectJpeg, type JpegInfo, type NotJpeg } from '../../lib/photo/inspect';
import { checkPhoto } from '../../lib/photo/rules';
import { imageDamage } from '../../lib/profile/photo-data';

/**
 * A Blob URL for showing a Blob in an `<img>`, revoked when the Blob changes or the component
 * unmounts.
 * @param blob the image, or null
 * @returns `blob:` URL, or null while there is no Blob
 */
export function useObjectUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) {
      setUrl(null);
      return;
    }
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  return url;
}

/** What the photo checker found for one file. */
export interface PhotoCheck {
  /** The Blob these facts belong to (the caller compares it with the current photo). */
  blob: Blob;
  info: JpegInfo | NotJpeg;
  /** checkPhoto findings, errors first; empty when every rule is met. */
  findings: Finding[];
  /** imageDamage: the message when the file is cut short, else null. */
  damage: string | null;
}

/**
 * Runs the photo checker (lib/photo/rules checkPhoto, from the bytes only) and the damage check
 * (lib/profile/photo-data imageDamage) on a Blob whenever it changes.
 * @param blob the photo, or null
 * @returns the check of the current Blob; null while it is read or when there is no photo
 */
export function usePhotoCheck(blob: Blob | null): PhotoCheck | null {
  const [check, setCheck] = useState<PhotoCheck | null>(null);
  useEffect(() => {
    if (!blob) {
      setCheck(null);
      return;
    }
    let current = true;
    void blob.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      if (current) setCheck({ blob, info: inspectJpeg(bytes), findings: checkPhoto(bytes, blob.size), damage: imageDamage(bytes) });
    });
    return () => {
      current = false;
    };
  }, [blob]);
  return check && check.blob === blob ? check : null;
}

/**
 * How many problems a photo Blob has for the editor to open the photo section and mark it, as it
 * does for a section with a problem: 1 when it is damaged (lib/profile/photo-data imageDamage),
 * else its errors against the portal's photo rules (lib/photo/rules checkPhoto: over 499,999
 * bytes, under 295×413, not 24-bit RGB…) — last year's photo of 2 MB, imported, was found only by
 * opening the folded section (breaker 39). Warnings are not counted.
 * @param blob the photo, or null
 * @returns the count once the Blob was read; 0 with no photo and while it is read
 */
export function usePhotoProblems(blob: Blob | null): number {
  const check = usePhotoCheck(blob);
  if (!check) return 0;
  return check.damage ? 1 : check.findings.filter((f) => f.severity === 'error').length;
}
