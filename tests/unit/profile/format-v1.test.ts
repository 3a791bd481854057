import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PROFILE_FILE_MAX_BYTES,
  decodeUtf8File,
  parseBackupFile,
  parseProfileFile,
  serializeBackupFile,
  serializeProfileFile,
} from '../../../lib/profile/format-v1';
import { extraKeys, profileArb } from './arbitraries';
import { PDF_DATA_URL, SAMPLE_TEXT, sampleDoc } from './fixtures';

function problemsOf(text: string) {
  const r = parseProfileFile(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}

/** The applicant's messages of a refused file. */
function errorsOf(text: string): string[] {
  return problemsOf(text).map((p) => p.message);
}

/** Developer-facing leftovers an applicant must never see in an import message. */
const DEVELOPER_WORDING = /\w+\[\d+\]|\(文件\)|第 1 至 1 版|Unexpected|Expected|position|\b(format|version|profile|basic|education|label)(\.\w+)*\s*:/;

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

  it('takes a 公民身份号码 ending in a lower-case x as X (spec/portal.md: normalise it; probe 10c)', () => {
    const doc = sampleDoc();
    doc.profile.basic.idNumber = '44010619920315123x';
    const r = parseProfileFile(JSON.stringify(doc));
    expect(r.ok && r.profile.basic.idNumber).toBe('44010619920315123X');
  });

  it('round-trips the sample file losslessly', () => {
    const first = parseProfileFile(SAMPLE_TEXT);
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const text = serializeProfileFile(first.profile, first.unknownTopLevel, '2026-11-30T08:00:00Z');
    expect(JSON.parse(text)).toEqual(sampleDoc());
  });

  it('lists every bad value at once, named as the editor names it with 1-based record numbers', () => {
    const doc = sampleDoc();
    doc.format = 'zc-profil';
    doc.profile.education[1].endDate = '2011/06/30';
    doc.profile.basic.gender = 'M';
    doc.profile.annualReviews[0].year = '2018';
    doc.profile.workHistory[0].socialInsurancePaid = 'yes';
    delete doc.profile.label;
    const problems = problemsOf(JSON.stringify(doc));
    expect(problems).toEqual(
      expect.arrayContaining([
        { message: expect.stringMatching(/^不是本助手导出的档案文件（缺少“zc-profile”格式标记）。/), path: 'format' },
        { message: '学历 第 2 条 · 结束时间：应为真实日期，写作 YYYY-MM-DD 或 YYYY-MM（现为 "2011/06/30"）', path: 'education[1].endDate' },
        { message: '基本信息 · 性别：性别应为“男”或“女”（现为 "M"）', path: 'basic.gender' },
        { message: '年度考核 第 1 条 · 年度：应为数字，实际为文本（现为 "2018"）', path: 'annualReviews[0].year' },
        { message: '工作经历 第 1 条 · 是否缴纳社保：应为 true 或 false（是 / 否），实际为文本（现为 "yes"）', path: 'workHistory[0].socialInsurancePaid' },
        { message: '档案名称：缺少此项（应为文本）', path: 'label' },
      ]),
    );
    expect(problems).toHaveLength(6);
    for (const p of problems) expect(p.message).not.toMatch(DEVELOPER_WORDING);
  });

  it('quotes the bad value as the file has it, cut after 40 characters; lists and objects are not printed', () => {
    const doc = sampleDoc();
    doc.profile.basic.idNumber = `4401${'x'.repeat(60)}`;
    doc.profile.education = { first: 'x' };
    const errors = errorsOf(JSON.stringify(doc));
    const id = errors.find((e) => e.startsWith('基本信息 · 公民身份号码'));
    expect(id).toMatch(new RegExp(`（现为 "4401${'x'.repeat(36)}…"）$`));
    // A character outside the BMP at the cut is kept whole.
    doc.profile.basic.idNumber = `${'x'.repeat(39)}𠀋yyy`;
    const rare = errorsOf(JSON.stringify(doc)).find((e) => e.startsWith('基本信息 · 公民身份号码'));
    expect(rare).toMatch(new RegExp(`（现为 "${'x'.repeat(39)}𠀋…"）$`, 'u'));
    const education = errors.find((e) => e.startsWith('学历'));
    expect(education).toBeDefined();
    expect(education).not.toContain('现为');
  });

  it('says 应为整数 for a fraction, escapes text-reversing characters, and quotes no number JSON cannot hold', () => {
    const doc = sampleDoc();
    doc.profile.annualReviews[0].year = 2018.5;
    doc.profile.basic.gender = '\u202eabc';
    const text = JSON.stringify(doc).replace('"year":2019', '"year":1e309');
    const errors = errorsOf(text);
    expect(errors).toContain('年度考核 第 1 条 · 年度：应为整数（现为 2018.5）');
    expect(errors).toContain('基本信息 · 性别：性别应为“男”或“女”（现为 "\\u202eabc"）');
    const infinite = errors.filter((e) => e.startsWith('年度考核 第 2 条 · 年度'));
    expect(infinite).toHaveLength(1);
    expect(infinite[0]).not.toContain('现为');
    for (const e of errors) expect(e).not.toMatch(/[\u202a-\u202e]/);
  });

  it('names a bad full date with the YYYY-MM-DD message', () => {
    const doc = sampleDoc();
    doc.profile.basic.birthDate = '1992-02-30';
    expect(errorsOf(JSON.stringify(doc))).toEqual(['基本信息 · 出生日期：应为真实日期，写作 YYYY-MM-DD（现为 "1992-02-30"）']);
  });

  it('names whole records, 记录序号, top-level fields and the photo in Chinese', () => {
    const doc = sampleDoc();
    doc.profile.education[0] = 'x';
    doc.profile.workHistory[0].seq = 0;
    doc.profile.workSummary = 5;
    doc.profile.attachments = [{ name: '' }];
    expect(errorsOf(JSON.stringify(doc))).toEqual(
      expect.arrayContaining([
        '学历 第 1 条：应为对象，实际为文本（现为 "x"）',
        '工作经历 第 1 条 · 记录序号：记录序号从 1 开始（现为 0）',
        '个人专业技术工作小结：应为文本，实际为数字（现为 5）',
        '证书、证明材料（清单） 第 1 条 · 材料名称：附件名称不能为空',
      ]),
    );
  });

  it('says where malformed JSON breaks (1-based line and column) without the engine text', () => {
    const errors = errorsOf('{\n  "format": "zc-profile",\n  version: 1\n}');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^不是有效的 JSON 文件：第 3 行第 3 列附近有错误。/);
    expect(errors[0]).not.toMatch(DEVELOPER_WORDING);
    // A file cut off says so; text that is not JSON at all says that, not that it was cut off.
    expect(errorsOf('{"format": "zc-profile",')[0]).toMatch(/^不是有效的 JSON 文件：内容在结尾处中断。/);
    expect(errorsOf('{"format": "zc-profile", "profile": {"label": "李')[0]).toMatch(/^不是有效的 JSON 文件：内容在结尾处中断。/);
    expect(errorsOf('hello 你好')[0]).toMatch(/^不是有效的 JSON 文件：内容不是 JSON 格式。/);
  });

  it('refuses an empty file, a non-object, and a missing profile as not one of our files', () => {
    expect(errorsOf('  \n')[0]).toMatch(/^文件是空的，不是本助手导出的档案文件。/);
    expect(errorsOf('[1,2]')[0]).toMatch(/^不是本助手导出的档案文件（文件内容不是一份档案）。/);
    expect(problemsOf('{"format":"zc-profile","version":1}')).toEqual([{ message: expect.stringMatching(/^文件中没有档案内容。/), path: 'profile' }]);
  });

  it('refuses a later version as unsupported without a one-element range, and a non-integer version', () => {
    const doc = sampleDoc();
    doc.version = 2;
    expect(errorsOf(JSON.stringify(doc))).toEqual([
      '档案文件版本不受支持：此文件为第 2 版格式，本助手能读取第 1 版。请先更新职称申报助手再导入。',
    ]);
    doc.version = '1';
    expect(errorsOf(JSON.stringify(doc))[0]).toMatch(/^档案文件的版本号缺失或无效（本助手能读取第 1 版）。/);
  });

  it('points a backup file to the restore button', () => {
    const doc = sampleDoc();
    doc.format = 'zc-profile-backup';
    // One message: what the file is and which button takes it, not "文件中没有档案内容" too (newcomer 25 item 3).
    const message = '这是“备份全部档案”保存的备份文件（含全部档案），不是单个档案：请用本页“导入与导出”中的“恢复备份”导入。';
    expect(errorsOf(JSON.stringify(doc))).toEqual([message]);
    expect(errorsOf(JSON.stringify({ format: 'zc-profile-backup', version: 1, activeIndex: 0, profiles: [sampleDoc()] }))).toEqual([message]);
  });

  it('refuses a file over the size limit before parsing, giving both sizes', () => {
    const big = `{"pad":"${'x'.repeat(30 * 1024 * 1024)}"}`;
    const errors = errorsOf(big);
    // MB of 1,000,000 bytes, as the options page's KB is 1000 (newcomer 25 item 1).
    expect(PROFILE_FILE_MAX_BYTES).toBe(10_000_000);
    expect(errors).toEqual(['文件太大（31.5 MB），上限为 10.0 MB。请确认选择的是本助手导出的文件。']);
  });

  it('refuses a photo whose bytes are not an image', () => {
    const doc = sampleDoc();
    doc.profile.photo.dataUrl = PDF_DATA_URL;
    expect(problemsOf(JSON.stringify(doc))).toEqual([{ message: '个人照片：照片内容不是 JPEG 或 PNG 图片（文件头不符）', path: 'photo.dataUrl' }]);
    doc.profile.photo.dataUrl = 'https://example.com/a.jpg';
    expect(errorsOf(JSON.stringify(doc))[0]).toMatch(/^个人照片：照片应为 data:image/);
  });

  it('accepts a minimal file, filling the sections with their defaults', () => {
    const r = parseProfileFile(JSON.stringify({ format: 'zc-profile', version: 1, profile: { label: '空白' } }));
    expect(r.ok && r.profile.education).toEqual([]);
    expect(r.ok && r.profile.application.qualificationType).toBe('工程技术人员');
  });
});

describe('decodeUtf8File', () => {
  it('reads UTF-8 (with or without a byte-order mark) and refuses GBK and UTF-16 bytes', () => {
    const utf8 = new TextEncoder().encode('{"label":"张小明"}');
    expect(decodeUtf8File(utf8)).toEqual({ ok: true, text: '{"label":"张小明"}' });
    expect(decodeUtf8File(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text: '{"label":"张小明"}' });
    // "张小明" in GBK: D5C5 D0A1 C3F7.
    const gbk = new Uint8Array([...new TextEncoder().encode('{"label":"'), 0xd5, 0xc5, 0xd0, 0xa1, 0xc3, 0xf7, ...new TextEncoder().encode('"}')]);
    const refused = decodeUtf8File(gbk);
    expect(refused.ok ? [] : refused.errors.map((e) => e.message)).toEqual([
      '文件不是 UTF-8 编码（可能是 GBK），无法正确读取其中的中文。请用本助手导出的文件，或用文本编辑器把它另存为 UTF-8 后再导入。',
    ]);
    const utf16 = decodeUtf8File(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]));
    expect(utf16.ok ? '' : utf16.errors[0]!.message).toContain('可能是 UTF-16');
  });

  it('says a photo, an archive or other binary picked by mistake is not a profile file (not "save as UTF-8")', () => {
    const message = (bytes: number[]) => {
      const r = decodeUtf8File(new Uint8Array(bytes));
      return r.ok ? '' : r.errors[0]!.message;
    };
    expect(message([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])).toBe('这不是档案文件：选中的文件是一张 JPEG 图片。请选择本助手“导出所选档案”保存的 .zc-profile.json 文件。');
    expect(message([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x80])).toContain('压缩包');
    expect(message([0x01, 0x00, 0xfe, 0x9a, 0x00, 0xc1])).toContain('二进制文件');
    expect(message([0xd5, 0xc5, 0xd0, 0xa1])).toContain('可能是 GBK');
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
      { message: '备份中记录的当前档案编号无效（应为第 1 至 2 个档案之一）。', path: 'activeIndex' },
      {
        message: '备份中第 2 个档案（李四） · 学历 第 1 条 · 起始时间：应为真实日期，写作 YYYY-MM-DD 或 YYYY-MM（现为 "soon"）',
        path: 'profiles[1].profile.education[0].startDate',
      },
    ]);
  });

  it('points a single-profile file to the import button', () => {
    const r = parseBackupFile(SAMPLE_TEXT);
    // One message: what the file is and which button takes it, not the backup parts it lacks (newcomer 25 item 3).
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(['这是单个档案文件，不是备份：请用本页“导入与导出”中的“导入档案文件（zc-profile）”导入。']);
  });

  it('writes a one-profile range as that number and names bad entries 1-based', () => {
    const first = parseProfileFile(SAMPLE_TEXT);
    if (!first.ok) throw new Error('sample refused');
    const doc = JSON.parse(serializeBackupFile([{ profile: first.profile, unknownTopLevel: {} }], 0));
    doc.activeIndex = 3;
    doc.version = 9;
    doc.profiles.push(7);
    const r = parseBackupFile(JSON.stringify(doc));
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      '备份文件版本不受支持：此备份为第 9 版格式，本助手能读取第 1 版。请先更新职称申报助手再导入。',
      '备份中记录的当前档案编号无效（应为第 1 至 2 个档案之一）。',
      '备份中第 2 个档案不是有效的档案内容。',
    ]);
    doc.profiles.pop();
    expect((r => (r.ok ? [] : r.errors.map((e) => e.message)))(parseBackupFile(JSON.stringify(doc)))[1]).toBe('备份中记录的当前档案编号无效（应为第 1 个档案之一）。');
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
