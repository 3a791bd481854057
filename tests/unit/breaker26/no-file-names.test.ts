/**
 * Breaker 26, fixb25b (lib/page/page-text.ts NO_FILE_NAME): a placeholder's name must now be made
 * only of listed words with ≤ 2 digits. Placeholders with a size, a gender, a size word or a
 * user/profile word (default_head_120x160.jpg, default_user.png, nopic_small.gif, default@2x.png)
 * are read as files — HEAD false, 72de81a true. (The breaker's PNG scans named with x / no as a
 * word, scan_no_1.png, are another item, not fixed here.) fixb26b: placeholder words with only
 * decoration words are a placeholder; a word of content makes a file.
 */
import { describe, expect, it } from 'vitest';
import { noFileImage } from '../../../lib/page/page-text';

const img = (name: string) => {
  const el = document.createElement('img');
  el.setAttribute('src', `/upload/${name}`);
  return el;
};

describe('placeholders with a qualifier are placeholders (regression)', () => {
  it.each(['default_head_120x160.jpg', 'default-avatar-200x200.png', 'default_user.png', 'user_default.png', 'default_male.png', 'default_small.jpg', 'nopic_small.gif', 'noimg_s.png', 'noimage_large.jpg', 'photo_default_male.jpg', 'default-profile.png', 'loading-spinner.gif', 'default@2x.png'])('%s', (name) => {
    expect(noFileImage(img(name))).toBe(true);
  });
});

describe('a word of content beside placeholder words makes a file (fixb26b)', () => {
  it.each(['noimage_scan.jpg', 'nopicture_scan.jpg', 'blank_form_signed.jpg', 'loading_dock.jpg', 'empty_certificate.png', 'default_440106199805120314.jpg', 'default_123.jpg', 'photo_01.jpg', 'head1.jpg', 'default_zm001.jpg', 'no.jpg', 'x.jpg', 'user_small.jpg'])('%s', (name) => {
    expect(noFileImage(img(name))).toBe(false);
  });
});
