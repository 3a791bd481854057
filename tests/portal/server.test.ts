import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMITTEE_BY_LEVEL, profileSchema, QUALIFICATION_NAMES_BY_LEVEL } from '../../lib/profile/schema';
import { parseForm } from './http-body';
import { STEP_PAGES } from './pages';
import { photoErrors, readJpegFrame } from './photo-rules';
import { startPortal } from './server';
import { COMMITTEE, EDUCATION_LEVEL, ETHNICITY, POLITICAL_STATUS, REVIEW_RESULT, SPECIALTY_BY_COMMITTEE, STUDY_MODE } from './vocab';
import { E2E_UNMATCHED_PREFIX } from '../../lib/portal/hosts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const photo = (name: string) => readFileSync(join(FIXTURES, 'photos', name));

describe('photo rules (seed 3(2))', () => {
  it('accepts the compliant photo', () => {
    expect(readJpegFrame(photo('ok.jpg'))).toEqual({ precision: 8, width: 295, height: 413, components: 3 });
    expect(photoErrors(photo('ok.jpg'))).toEqual([]);
  });
  it.each([
    ['cmyk.jpg', '24位RGB真彩色'],
    ['grey.jpg', '24位RGB真彩色'],
    ['png-renamed.jpg', 'jpg格式'],
    ['too-large.jpg', '500K'],
    ['too-small.jpg', '像素不能小于'],
  ])('rejects %s', (file, message) => {
    const errors = photoErrors(photo(file));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });
});

describe('multipart parsing', () => {
  it('reads text fields and a binary file, ignoring an empty file input', () => {
    const boundary = '----WebKitFormBoundaryabc';
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0x0d, 0x0a, 0x2d, 0x2d, 0x00]);
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="ctl00$a"\r\n\r\n李明远\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="C:\\照片\\p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="g"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--${boundary}--\r\n`),
    ]);
    const post = parseForm(`multipart/form-data; boundary=${boundary}`, body);
    expect(post.fields.get('ctl00$a')).toBe('李明远');
    expect(post.files.get('f')?.fileName).toBe('p.jpg');
    expect(post.files.get('f')?.bytes.equals(bytes)).toBe(true);
    expect(post.files.has('g')).toBe(false);
  });
});

describe('sample profile', () => {
  const file = JSON.parse(readFileSync(join(FIXTURES, 'sample-profile.json'), 'utf8'));
  const profile = profileSchema.parse(file.profile);

  it('is zc-profile v1 with an ID whose check digit, birth date and gender agree', () => {
    expect([file.format, file.version]).toEqual(['zc-profile', 1]);
    const id = profile.basic.idNumber;
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
    expect(id[17]).toBe('10X98765432'[sum % 11]);
    expect(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`).toBe(profile.basic.birthDate);
    expect(Number(id[16]) % 2 === 1 ? '男' : '女').toBe(profile.basic.gender);
    expect(QUALIFICATION_NAMES_BY_LEVEL.初级).toContain(profile.application.qualificationName);
    expect(profile.application.committee).toBe(COMMITTEE_BY_LEVEL.初级);
  });

  it('uses only values the portal renders as options', () => {
    const texts = (opts: { text: string }[]) => opts.map((o) => o.text);
    expect(texts(ETHNICITY)).toContain(profile.basic.ethnicity);
    expect(texts(POLITICAL_STATUS)).toContain(profile.basic.politicalStatus);
    expect(texts(COMMITTEE)).toContain(profile.application.committee);
    const committeeCode = COMMITTEE.find((c) => c.text === profile.application.committee)?.value ?? '';
    expect(texts(SPECIALTY_BY_COMMITTEE[committeeCode] ?? [])).toContain(profile.application.specialty);
    for (const e of profile.education) {
      expect(texts(EDUCATION_LEVEL)).toContain(e.educationLevel);
      expect(texts(STUDY_MODE)).toContain(e.studyMode);
    }
    for (const r of profile.annualReviews) expect(texts(REVIEW_RESULT)).toContain(r.result);
  });
});

describe('server', () => {
  it('runs two independent servers on free ports, paths case-insensitive, / → login', async () => {
    const [a, b] = await Promise.all([startPortal(), startPortal({ port: 0 })]);
    try {
      expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(a.url).not.toBe(b.url);
      const root = await fetch(`${a.url}/`, { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/vsgzhr/Login_ZJ2.aspx');
      const login = await fetch(`${a.url}/VSGZHR/login_zj2.ASPX`);
      expect(login.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await login.text()).toContain('charset=utf-8');
      // The same page under the bench's unmatched prefix (lib/portal/hosts.ts).
      const unmatched = await fetch(`${a.url}${E2E_UNMATCHED_PREFIX}/vsgzhr/Login_ZJ2.aspx`);
      expect(unmatched.status).toBe(200);
      expect(await unmatched.text()).toContain('用户登录');
      // A step page without a session goes to the login page.
      const step = await fetch(`${a.url}/vsgzhr/${STEP_PAGES[1]?.path}`, { redirect: 'manual' });
      expect(step.headers.get('location')).toMatch(/^\/vsgzhr\/Login_ZJ2\.aspx\?ReturnUrl=/);
      // A post that carries no event-validation token is refused like ASP.NET does.
      const forged = await fetch(`${a.url}/vsgzhr/Login_ZJ2.aspx`, { method: 'POST', body: new URLSearchParams({ x: '1' }) });
      expect(forged.status).toBe(500);
      expect(a.saves()).toEqual([expect.objectContaining({ page: '/vsgzhr/Login_ZJ2.aspx', ok: false })]);
      expect(b.saves()).toEqual([]);
      expect(a.submissions()).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
