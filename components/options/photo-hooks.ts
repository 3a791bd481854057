import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../lib/checks/types';
import { inspectJpeg, type JpegInfo, type NotJpeg } from '../../lib/photo/inspect';
import { checkPhoto } from '../../lib/photo/rules';
import { imageDamage, photoBlobDamage } from '../../lib/profile/photo-data';

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
 * Whether a photo Blob is damaged (lib/profile/photo-data imageDamage), for the editor to open
 * the photo section and mark it, as it does for a section with a problem.
 * @param blob the photo, or null
 * @returns true once the Blob was read and found cut short; false otherwise (also while it is read)
 */
export function usePhotoDamaged(blob: Blob | null): boolean {
  const [damaged, setDamaged] = useState<{ blob: Blob; damaged: boolean } | null>(null);
  useEffect(() => {
    if (!blob) return;
    let current = true;
    void photoBlobDamage(blob).then((message) => current && setDamaged({ blob, damaged: message !== null }));
    return () => {
      current = false;
    };
  }, [blob]);
  return damaged?.blob === blob && damaged.damaged;
}
