import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { crc32, deflateSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { encode } from 'jpeg-js';
import type { Locator, Page } from 'playwright-core';
import { inspectJpeg } from '../../lib/photo/inspect';
import { checkPhoto } from '../../lib/photo/rules';
import { decodeDataUrl } from '../../lib/profile/photo-data';
import { launchExtension, openExtensionPage, type ExtensionBrowser } from './harness';

// The options page's photo checker, one-click fixer (real createImageBitmap + OffscreenCanvas
// decoding, jpeg-js encoding) and eligibility panel, in Chromium with the built extension.
const SAMPLE = resolve('tests/fixtures/sample-profile.json');
const CMYK = resolve('tests/fixtures/photos/cmyk.jpg');
const shots = resolve('artifacts/options');

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** The findings shown next to the photo, as [check id, severity]. */
function findingsOf(page: Page): Promise<string[][]> {
  return byTestId(page, 'photo-finding').evaluateAll((els) => els.map((e) => [e.getAttribute('data-check-id') ?? '', e.getAttribute('data-severity') ?? '']));
}

/** Facts of one side of the before/after comparison, from its data attributes. */
async function cardFacts(card: Locator) {
  return {
    width: Number(await card.getAttribute('data-width')),
    height: Number(await card.getAttribute('data-height')),
    bytes: Number(await card.getAttribute('data-bytes')),
    colour: (await card.getAttribute('data-colour')) ?? '',
    errors: await card.getAttribute('data-errors'),
  };
}

/** Clicks a button that downloads a file and returns the file's bytes. */
async function downloadBytes(page: Page, testId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, testId).click()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
}

/** A PNG chunk: length, type, data and the CRC-32 of type and data (PNG spec §5.3). */
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A noisy RGB photo of `width` × `height` pixels, JPEG-encoded by jpeg-js at `quality` (1–100).
 * The noise keeps the encoder from compressing it: 1200 × 1600 at 95 is well over 500 KB, a phone's
 * 3000 × 4000 at 90 well over 5 MB (about 7.7 MB).
 */
function noisyJpeg(width: number, height: number, quality: number): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  let seed = 12345;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 64) - 32;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      data[at] = 90 + (x % 120) + noise();
      data[at + 1] = 120 + (y % 90) + noise();
      data[at + 2] = 200 + noise();
      data[at + 3] = 255;
    }
  }
  return new Uint8Array(encode({ data, width, height }, quality).data);
}

describe('photo fixer and eligibility on the options page (Chromium)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let workDir: string;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    workDir = await mkdtemp(join(tmpdir(), 'zc-photo-e2e-'));
    browser = await launchExtension();
    page = await openExtensionPage(browser, 'options.html');
    await byTestId(page, 'profile-list-empty').waitFor();
    await byTestId(page, 'profile-import').setInputFiles(SAMPLE);
    await byTestId(page, 'profile-active').filter({ hasText: /\S/ }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('finds a CMYK photo’s colour problem, fixes it to 295×413 RGB < 500 KB, and the saved photo passes after a reload', async () => {
    const section = page.locator('[data-testid="profile-section"][data-section="photo"]');
    await section.locator('summary').click();
    await page.locator('[data-testid="photo-findings"][data-state="ok"]').waitFor();

    await byTestId(page, 'photo-input').setInputFiles(CMYK);
    await page.locator('[data-testid="photo-findings"][data-state="error"]').waitFor();
    expect(await findingsOf(page)).toEqual([['photo-color-depth', 'error']]);
    expect(await page.locator('[data-testid="photo-rule"][data-check-id="photo-size"]').textContent()).toContain('1 KB = 1000 字节');
    await section.screenshot({ path: `${shots}/photo-cmyk-findings.png` });

    await byTestId(page, 'photo-fix').click();
    await byTestId(page, 'photo-fix-after').waitFor();
    const before = await cardFacts(byTestId(page, 'photo-fix-before'));
    expect(before).toMatchObject({ width: 295, height: 413, colour: 'CMYK 32 位（4 通道 × 8 位）', errors: '1' });
    await expect.poll(() => byTestId(page, 'photo-fix-after').getAttribute('data-errors')).toBe('0');
    const after = await cardFacts(byTestId(page, 'photo-fix-after'));
    expect(after).toMatchObject({ width: 295, height: 413, colour: 'RGB 24 位（3 通道 × 8 位）' });
    expect(after.bytes).toBeLessThan(500_000);
    expect(await byTestId(page, 'photo-fix-after').locator('[data-testid="photo-card-pixels"]').textContent()).toBe('295×413 px');
    await section.screenshot({ path: `${shots}/photo-fix-before-after.png` });

    await byTestId(page, 'photo-fix-accept').click();
    await byTestId(page, 'photo-fix-accepted').waitFor();
    await page.locator('[data-testid="photo-findings"][data-state="ok"]').waitFor();
    expect(await byTestId(page, 'profile-save-status').count()).toBe(0);
    await byTestId(page, 'profile-save').click();
    await expect.poll(() => byTestId(page, 'profile-save-status').textContent()).toMatch(/^已保存/);

    await page.reload();
    await byTestId(page, 'profile-active').filter({ hasText: /\S/ }).waitFor();
    await page.locator('[data-testid="profile-section"][data-section="photo"] summary').click();
    await page.locator('[data-testid="photo-findings"][data-state="ok"]').waitFor();
    expect(await byTestId(page, 'photo-info').textContent()).toContain('cmyk-修正.jpg');
    await page.locator('[data-testid="profile-section"][data-section="photo"]').screenshot({ path: `${shots}/photo-fixed-after-reload.png` });

    // The exported photo (what the user uploads on the portal) and the exported profile's data URL are the fixed JPEG.
    const photo = await downloadBytes(page, 'photo-download');
    expect(photo.name).toBe('cmyk-修正.jpg');
    expect(checkPhoto(photo.bytes, photo.bytes.length)).toEqual([]);
    expect(inspectJpeg(photo.bytes)).toMatchObject({ kind: 'jpeg', width: 295, height: 413, components: 3, precision: 8, sofMarker: 0xc0, orientation: 1 });
    const exported = await downloadBytes(page, 'profile-export');
    const dataUrl = (JSON.parse(new TextDecoder().decode(exported.bytes)) as { profile: { photo: { dataUrl: string } } }).profile.photo.dataUrl;
    const stored = decodeDataUrl(dataUrl)!;
    expect(stored.mime).toBe('image/jpeg');
    expect(checkPhoto(stored.bytes, stored.bytes.length)).toEqual([]);
    expect([...stored.bytes]).toEqual([...photo.bytes]);
  });

  it('shrinks a 1200×1600 RGB photo over 500 KB; 放弃 keeps the original', async () => {
    const large = noisyJpeg(1200, 1600, 95);
    expect(large.length).toBeGreaterThan(500_000);
    const file = join(workDir, 'large.jpg');
    await writeFile(file, large);
    await byTestId(page, 'photo-input').setInputFiles(file);
    await page.locator('[data-testid="photo-findings"][data-state="error"]').waitFor();
    expect(await findingsOf(page)).toEqual([['photo-size', 'error']]);

    await byTestId(page, 'photo-fix').click();
    await byTestId(page, 'photo-fix-after').waitFor();
    expect(await cardFacts(byTestId(page, 'photo-fix-before'))).toMatchObject({ width: 1200, height: 1600, bytes: large.length });
    const after = await cardFacts(byTestId(page, 'photo-fix-after'));
    expect(after).toMatchObject({ width: 295, height: 413, colour: 'RGB 24 位（3 通道 × 8 位）' });
    expect(after.bytes).toBeLessThan(500_000);
    await page.locator('[data-testid="profile-section"][data-section="photo"]').screenshot({ path: `${shots}/photo-large-before-after.png` });

    await byTestId(page, 'photo-fix-discard').click();
    // Awaited, not read once: the comparison goes with the page's next render.
    await byTestId(page, 'photo-fix-compare').waitFor({ state: 'detached' });
    expect(await findingsOf(page)).toEqual([['photo-size', 'error']]);
    await byTestId(page, 'profile-discard').click();
    await page.locator('[data-testid="photo-findings"][data-state="ok"]').waitFor();
  });

  it('takes a phone’s 3000×4000 photo over 5 MB straight to the fixer and keeps only the fixed copy; refuses one over 20 MB', async () => {
    const phone = noisyJpeg(3000, 4000, 90);
    expect(phone.length).toBeGreaterThan(5_000_000);
    const file = join(workDir, 'IMG_0001.jpg');
    await writeFile(file, phone);
    await byTestId(page, 'photo-input').setInputFiles(file);
    await page.locator('[data-testid="photo-error"], [data-testid="photo-oversize"]').first().waitFor();
    expect(await byTestId(page, 'photo-error').count()).toBe(0);
    expect(await byTestId(page, 'photo-oversize').textContent()).toContain(`“IMG_0001.jpg”有 ${(phone.length / 1_000_000).toFixed(1)} MB，超过档案可存的 5.0 MB`);
    await byTestId(page, 'photo-fix-after').waitFor({ timeout: 30_000 });
    // The original never became the profile's photo: nothing to save yet.
    expect(await byTestId(page, 'profile-dirty').count()).toBe(0);
    expect(await cardFacts(byTestId(page, 'photo-fix-before'))).toMatchObject({ width: 3000, height: 4000, bytes: phone.length });
    const after = await cardFacts(byTestId(page, 'photo-fix-after'));
    expect(after).toMatchObject({ width: 295, height: 413, colour: 'RGB 24 位（3 通道 × 8 位）' });
    expect(after.bytes).toBeLessThan(500_000);
    const section = page.locator('[data-testid="profile-section"][data-section="photo"]');
    await section.screenshot({ path: `${shots}/photo-phone-oversize.png` });

    await byTestId(page, 'photo-fix-accept').click();
    await byTestId(page, 'photo-fix-accepted').waitFor();
    expect(await byTestId(page, 'photo-oversize').count()).toBe(0);
    expect(await byTestId(page, 'photo-info').textContent()).toContain('IMG_0001-修正.jpg');
    await page.locator('[data-testid="photo-findings"][data-state="ok"]').waitFor();
    await byTestId(page, 'profile-discard').click();

    // Past what the fixer decodes in the page's memory: refused, in MB of 1,000,000 bytes like the page's KB.
    const huge = join(workDir, 'huge.jpg');
    await writeFile(huge, new Uint8Array(21_000_000).fill(0xff));
    await byTestId(page, 'photo-input').setInputFiles(huge);
    await expect.poll(() => byTestId(page, 'photo-error').textContent()).toBe('照片文件太大（21.0 MB），一键修正照片最多处理 20.0 MB 的原图：请先用看图软件把它缩小或另存一份再选。');
    await section.screenshot({ path: `${shots}/photo-over-20mb.png` });
    expect(await byTestId(page, 'profile-dirty').count()).toBe(0);
  });

  it('a 30000 × 30000 PNG of about 100 KB is refused by its header, never decoded (fill 26 item 3)', async () => {
    const section = page.locator('[data-testid="profile-section"][data-section="photo"]');
    // White 1-bit greyscale rows, each a filter byte (0) and 3,750 bytes of 0xff, deflated (PNG spec §11.2.2, §12.3).
    const row = Buffer.alloc(3_751, 0xff);
    row[0] = 0;
    const idat = deflateSync(Buffer.concat(Array.from({ length: 30_000 }, () => row)), { level: 9 });
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(30_000, 0);
    ihdr.writeUInt32BE(30_000, 4);
    ihdr.set([1, 0, 0, 0, 0], 8);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0))]);
    expect(png.length).toBeLessThan(1_000_000);
    const file = join(workDir, 'scan-30000.png');
    await writeFile(file, png);
    await byTestId(page, 'photo-input').setInputFiles(file);
    await expect.poll(() => byTestId(page, 'photo-error').textContent()).toBe('这张图片有 30000×30000 像素，超过一键修正能处理的 50,000,000 像素：解码这么大的图片要占用大量内存，可能使浏览器卡死。请先用看图软件把它缩小（例如长边不超过 4000 像素）再选。');
    await section.screenshot({ path: `${shots}/photo-too-many-pixels.png` });
    expect(await byTestId(page, 'profile-dirty').count()).toBe(0);
  });

  it('estimates 助理级 for the sample profile with reasons, and the counting date changes the years counted', async () => {
    const panel = byTestId(page, 'eligibility-panel');
    await panel.scrollIntoViewIfNeeded();
    await expect.poll(() => byTestId(page, 'eligibility-level').getAttribute('data-level')).toBe('助理级');
    expect(await panel.textContent()).toContain('仅供参考，不影响申报');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}/options-page-with-eligibility.png` });
    const reasons = await byTestId(page, 'eligibility-reason').allTextContents();
    expect(reasons[0]).toMatch(/^全日制大学本科（华南理工大学，2020-06-30 毕业）.*可申报助理级（助理工程师）/);
    expect((await byTestId(page, 'eligibility-disqualifier').allTextContents()).join('')).toContain('已取得专业技术资格：技术员');

    const dateInput = byTestId(page, 'counting-date');
    await dateInput.fill('2022-07-01');
    await expect.poll(() => byTestId(page, 'eligibility-basis').getAttribute('data-years')).toBe('2');
    expect(await byTestId(page, 'eligibility-years').textContent()).toBe('2 年（毕业后至 2022-07-01）');
    await panel.screenshot({ path: `${shots}/eligibility-panel.png` });

    await dateInput.fill('2021-01-01');
    await expect.poll(() => byTestId(page, 'eligibility-basis').getAttribute('data-years')).toBe('0.5');
    expect(await byTestId(page, 'eligibility-level').getAttribute('data-level')).toBe('');
    await panel.screenshot({ path: `${shots}/eligibility-panel-early-date.png` });

    // The setting is stored (browser.storage.local) and survives a reload.
    await page.reload();
    await expect.poll(() => byTestId(page, 'counting-date').inputValue()).toBe('2021-01-01');
    await byTestId(page, 'counting-date-clear').click();
    await expect.poll(() => byTestId(page, 'eligibility-level').getAttribute('data-level')).toBe('助理级');
    expect(await byTestId(page, 'counting-date').inputValue()).toBe('');
  });
});
