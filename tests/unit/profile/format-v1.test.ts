import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PROFILE_FILE_MAX_BYTES,
  parseBackupFile,
  parseProfileFile,
  serializeBackupFile,
  serializeProfileFile,
} from '../../../lib/profile/format-v1';
import { extraKeys, profileArb } from './arbitraries';
import { PDF_DATA_URL, SAMPLE_TEXT, sampleDoc } from './fixtures';

function errorsOf(text: string): string[] {
  const r = parseProfileFile(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}

describe('parseProfileFile', () => {
  it('reads the sample file, keeping unknown keys at every level and month-only dates as written', () => {
    const r = parseProfileFile(SAMPLE_TEXT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.label).toBe('张小明 · 2020 初级');
    expect(r.unknownTopLevel).toEqual({ helpdeskNote: '由区人才服务中心协助整理' });
    expect(r.profile.basic.wechat).toBe('zxm1992');
    expect(r.profile.basic.workStartDate).toBe('2015-07');
    expect(r.profile.education[1]!.endDate).toBe('2011-06');
    expect(r.profile.workHistory[0]!.endDate).toBeNull();
  });

  it('round-trips the sample file losslessly', () => {
    const first = parseProfileFile(SAMPLE_TEXT);
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const text = serializeProfileFile(first.profile, first.unknownTopLevel, '2026-11-30T08:00:00Z');
    expect(JSON.parse(text)).toEqual(sampleDoc());
  });

  it('lists every bad path at once', () => {
    const doc = sampleDoc();
    doc.format = 'zc-profil';
    doc.profile.education[1].endDate = '2011/06/30';
    doc.profile.basic.gender = 'M';
    doc.profile.annualReviews[0].year = '2018';
    doc.profile.workHistory[0].socialInsurancePaid = 'yes';
    delete doc.profile.label;
    const errors = errorsOf(JSON.stringify(doc));
    expect(errors).toEqual(
      expect.arrayContaining([
        'format: 应为 "zc-profile"',
        'education[1].endDate: 日期格式应为 YYYY-MM-DD 或 YYYY-MM',
        'basic.gender: 性别应为 男 或 女',
        'annualReviews[0].year: 应为数字，实际为文本',
        'workHistory[0].socialInsurancePaid: 应为是/否，实际为文本',
        'label: 缺少此项（应为文本）',
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('names a bad full date with the YYYY-MM-DD message', () => {
    const doc = sampleDoc();
    doc.profile.basic.birthDate = '1992-02-30';
    expect(errorsOf(JSON.stringify(doc))).toEqual(['basic.birthDate: 日期格式应为 YYYY-MM-DD']);
  });

  it('refuses malformed JSON, a non-object, and a missing profile', () => {
    expect(errorsOf('{"format": "zc-profile",')[0]).toMatch(/^\(文件\): 不是有效的 JSON（/);
    expect(errorsOf('[1,2]')).toEqual(['(文件): 应为 JSON 对象（{ … }）']);
    expect(errorsOf('{"format":"zc-profile","version":1}')).toEqual(['profile: 缺少档案内容']);
  });

  it('refuses a later version with a clear message and a non-integer version', () => {
    const doc = sampleDoc();
    doc.version = 2;
    expect(errorsOf(JSON.stringify(doc))).toEqual([
      'version: 此文件为第 2 版格式，本程序只能读取第 1 至 1 版，请更新职称申报助手后再导入',
    ]);
    doc.version = '1';
    expect(errorsOf(JSON.stringify(doc))[0]).toMatch(/^version: 应为正整数/);
  });

  it('points a backup file to the restore button', () => {
    const doc = sampleDoc();
    doc.format = 'zc-profile-backup';
    expect(errorsOf(JSON.stringify(doc))[0]).toContain('恢复备份');
  });

  it('refuses a file over the size limit before parsing, giving both sizes', () => {
    const big = `{"pad":"${'x'.repeat(30 * 1024 * 1024)}"}`;
    const errors = errorsOf(big);
    expect(errors).toEqual([`(文件): 文件太大（30.0 MB），上限为 ${(PROFILE_FILE_MAX_BYTES / 1048576).toFixed(1)} MB`]);
  });

  it('refuses a photo whose bytes are not an image', () => {
    const doc = sampleDoc();
    doc.profile.photo.dataUrl = PDF_DATA_URL;
    expect(errorsOf(JSON.stringify(doc))).toEqual(['photo.dataUrl: 照片内容不是 JPEG 或 PNG 图片（文件头不符）']);
    doc.profile.photo.dataUrl = 'https://example.com/a.jpg';
    expect(errorsOf(JSON.stringify(doc))[0]).toMatch(/^photo\.dataUrl: 照片应为 data:image/);
  });

  it('accepts a minimal file, filling the sections with their defaults', () => {
    const r = parseProfileFile(JSON.stringify({ format: 'zc-profile', version: 1, profile: { label: '空白' } }));
    expect(r.ok && r.profile.education).toEqual([]);
    expect(r.ok && r.profile.application.qualificationType).toBe('工程技术人员');
  });
});

describe('backup files', () => {
  it('round-trips entries and reports bad entries by index', () => {
    const first = parseProfileFile(SAMPLE_TEXT);
    if (!first.ok) throw new Error('sample refused');
    const entries = [
      { profile: first.profile, unknownTopLevel: first.unknownTopLevel, createdAt: '2025-01-01T00:00:00.000Z' },
      { profile: { ...first.profile, label: '李四' }, unknownTopLevel: {} },
    ];
    const text = serializeBackupFile(entries, 1, '2026-11-30T08:00:00Z');
    const back = parseBackupFile(text);
    expect(back).toEqual({ ok: true, entries, activeIndex: 1 });

    const doc = JSON.parse(text);
    doc.profiles[1].profile.education[0].startDate = 'soon';
    doc.activeIndex = 5;
    const bad = parseBackupFile(JSON.stringify(doc));
    expect(bad.ok ? [] : bad.errors).toEqual([
      'activeIndex: 应为 0 至 1 之间的整数或 null',
      'profiles[1].profile.education[0].startDate: 日期格式应为 YYYY-MM-DD 或 YYYY-MM',
    ]);
  });

  it('points a single-profile file to the import button', () => {
    const r = parseBackupFile(SAMPLE_TEXT);
    expect(r.ok ? [] : r.errors).toEqual(['format: 这是单个档案文件，请用“导入档案”导入', 'profiles: 应为档案列表']);
  });
});

describe('property: export → import is the identity', () => {
  it('holds for generated profiles and envelope extras', () => {
    fc.assert(
      fc.property(profileArb, extraKeys, (profile, extra) => {
        const back = parseProfileFile(serializeProfileFile(profile, extra));
        expect(back.ok ? back.profile : back.errors).toEqual(profile);
        expect(back.ok && back.unknownTopLevel).toEqual(extra);
      }),
      { numRuns: 150 },
    );
  });
});
