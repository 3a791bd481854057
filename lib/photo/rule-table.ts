import type { CheckId } from '../checks/types';
import type { PhotoRuleTable } from './rules.schema';

export type { PhotoRuleTable };

/**
 * The 个人照片 rule table (seed step 3(2): "照片为jpg格式，24位RGB真彩色，大小在500k以内，
 * 像素不小于413×295"; spec/portal.md step 2).
 *
 * Size: the notice says "500k" without saying whether k is 1000 or 1024 bytes, nor whether
 * 500k itself is allowed. The portal is a Chinese-government IIS/ASP.NET system whose check we
 * cannot see; it may compare against 500 × 1024 = 512 000 or 500 × 1000 = 500 000 bytes, with
 * `>` or `>=`. To never pass a file the portal could reject we apply the strictest reading:
 * the file must be smaller than 500 000 bytes (at most 499 999 bytes).
 *
 * Pixels: "不小于413×295" for a 1-inch portrait photo means at least 295 px wide and 413 px
 * high (25 × 35 mm at 300 dpi). Both the stored frame size and the displayed size after EXIF
 * orientation must meet it, because a server-side check usually ignores EXIF.
 *
 * Validated by tests/unit/tables.test.ts with photoRuleTableSchema (./rules.schema.ts).
 */
export const PHOTO_RULES: PhotoRuleTable = {
  maxBytes: 499_999,
  minWidth: 295,
  minHeight: 413,
  components: 3,
  precision: 8,
};

/**
 * Where PHOTO_RULES come from, as the checks' catalogue cites it (lib/checks/catalogue.ts,
 * validated there by checkCatalogueSchema). Beside the table, not in it: the content script reads
 * the thresholds (photo-missing's advice) and so does not carry the sentence (issue 9: about 115
 * bytes gzip of its budget).
 */
export const PHOTO_RULES_SOURCE = '操作指引 3(2) 基本信息：个人照片为jpg格式，24位RGB真彩色，大小在500k以内，像素不小于413×295';

export type PhotoCheckId = Extract<CheckId, 'photo-format' | 'photo-size' | 'photo-dimensions' | 'photo-color-depth'>;
export const PHOTO_CHECK_IDS: readonly PhotoCheckId[] = ['photo-format', 'photo-size', 'photo-dimensions', 'photo-color-depth'];
