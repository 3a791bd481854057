// Task i18n42: what README's Languages paragraph still listed as Chinese only in an English
// browser — the autofill preview's sources (档案 · 基本信息 · 姓名, 档案 · 学历 第 2 条 · 学校, 页面,
// the 记录序号 note), the record sections' short names they, the capture preview and the import
// messages quote (学历, 工作经历), the export file names (页面结构-….json, 档案.zc-profile.json),
// the settings error (设置项 … 的值无效) and the paths naming a whole value ((根), (文件)) — and
// what was found hard-coded besides: the refusals of a typed portal address (settings' 申报系统网址)
// and of a taught mapping the background does not store — now come from public/_locales; the
// Chinese stays word for word. Also: a file name safe on Windows (an IPv6 host's ":", a device name), and the
// unfinished-steps finding's advice fitting the step: 证书、证明材料 is fixed by an upload, not a
// save (the seed's 3(10)).
import { afterEach, describe, expect, it } from 'vitest';
import { profileValue } from '../../../lib/fill/profile-values';
import { planFill } from '../../../lib/fill/plan';
import { capturePathTitle } from '../../../lib/content/capture';
import { profilePlace } from '../../../lib/profile/problem-place';
import { diagnosticsFileName } from '../../../lib/diagnostics/export';
import { profileFileName } from '../../../lib/profile/import-export';
import { readSettings, writeSettings } from '../../../lib/settings';
import { runChecks } from '../../../lib/checks/registry';
import { APPLICATION_STEP_IDS } from '../../../lib/portal/step-ids';
import type { FieldKey } from '../../../lib/fields/keys';
import type { FieldMatch } from '../../../lib/fields/match';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { buildCtx, grid, SAVED_AT } from '../checks/ctx';
import { parsePortalAddress } from '../../../lib/hosts/address';
import { handleFieldMapRequest } from '../../../lib/background/fieldmaps';
import { mappingFromControl } from '../../../lib/fields/mappings';
import type { TaughtMapping } from '../../../lib/fields/taught.schema';
import type { ControlSnapshot } from '../../../lib/page/snapshot';
import { validatePack } from '../../../lib/packs/validate';
import { formatIssuePath } from '../../../lib/profile/issues';
import { installLocale } from '../i18n-fake';

const profile = profileSchema.parse(sample.profile);
const CJK = /[\u4e00-\u9fff]/;
/** The text without the portal's own words it quotes (a field's label). */
const without = (text: string, ...quoted: string[]) => quoted.reduce((s, q) => s.split(q).join(''), text);
const matched = (keys: FieldKey[]): FieldMatch[] => keys.map((key, control) => ({ control, key, score: 1, evidence: [], ambiguous: [], taught: false }));

afterEach(() => installLocale());

describe('the autofill preview and the capture preview name their sources in the browser’s language (i18n42)', () => {
  it('a profile value’s source: Chinese as before, English in an English browser (the field’s label stays the portal’s)', () => {
    const sources = () => [
      profileValue(profile, 'basic.name', null)?.source,
      profileValue(profile, 'education.school', 1)?.source,
      profileValue(profile, 'application.qualificationName', null)?.source,
    ];
    expect(sources()).toEqual(['档案 · 基本信息 · 姓名', '档案 · 学历 第 2 条 · 学校', '档案 · 申报资格 · 认定资格名称']);
    installLocale('en');
    expect(sources()).toEqual(['Profile · Basic information · 姓名', 'Profile · “Education” record 2 · 学校', 'Profile · Qualification applied for · 认定资格名称']);
  });

  it('the 记录序号 moved after the page’s saved records says so in English, and a page-only field’s source is the page', () => {
    const records = profileSchema.parse({
      label: 't',
      education: [1, 2, 3].map((seq) => ({ seq, startDate: `201${seq}-09-01`, endDate: `201${seq + 3}-06-30`, school: `学校${seq}`, educationLevel: '大学本科' })),
    });
    const keys: FieldKey[] = ['education.seq', 'education.school'];
    const ctx = buildCtx({ step: 'education', fields: keys.map((key) => ({ key, value: '' })), grids: [grid(['记录序号', '学校'], [['1', '学校1']])] });
    const seqSource = () => planFill(ctx.snapshot, matched(keys), records, 'education', { recordIndex: 2 }).items.find((i) => i.key === 'education.seq')?.source;
    const upload = buildCtx({ step: 'certificates', fields: [{ key: 'page.attachmentFile', value: '' }] });
    const pageSource = () => planFill(upload.snapshot, matched(['page.attachmentFile']), profile, 'certificates').items[0]?.source;
    expect(seqSource()).toBe('档案 · 学历 第 3 条 · 记录序号（档案中为 3，按页面已保存的记录顺延为 2）');
    expect(pageSource()).toBe('页面');
    installLocale('en');
    expect(seqSource()).toBe('Profile · “Education” record 3 · 记录序号 (the profile says 3; numbered 2 after the records the page has saved)');
    expect(pageSource()).toBe('Page');
  });

  it('the capture preview’s items and the import messages’ places name the record section in English', () => {
    expect(capturePathTitle('workHistory[0].employer')).toMatch(/^工作经历 第 1 条 · /);
    expect(profilePlace(['annualReviews', 0])).toBe('年度考核 第 1 条');
    installLocale('en');
    const title = capturePathTitle('workHistory[0].employer');
    expect(title).toMatch(/^“Work history” record 1 · /);
    expect(without(title, title.split(' · ')[1]!)).not.toMatch(CJK);
    expect(profilePlace(['education', 1])).toBe('“Education” record 2');
    expect(profilePlace(['annualReviews', 0])).toBe('“Annual reviews” record 1');
  });
});

describe('saved files are named in the browser’s language, safe on Windows (i18n42)', () => {
  const at = new Date(2024, 11, 1, 9, 5);
  it('the page structure export', () => {
    expect(diagnosticsFileName('https://gzrsj.rsj.gz.gov.cn/x.aspx', at)).toBe('页面结构-gzrsj.rsj.gz.gov.cn-20241201-0905.json');
    // An IPv6 host is [::1]: Windows refuses ":" in a file name.
    expect(diagnosticsFileName('http://[::1]:8080/x.aspx', at)).toBe('页面结构-[__1]-20241201-0905.json');
    installLocale('en');
    expect(diagnosticsFileName('https://gzrsj.rsj.gz.gov.cn/x.aspx', at)).toBe('page-structure-gzrsj.rsj.gz.gov.cn-20241201-0905.json');
  });

  it('a profile file: its name, else 档案 / profile; a name Windows reserves for a device is not taken as one', () => {
    expect(profileFileName('张小明 · 2020/中级')).toBe('张小明 · 2020_中级.zc-profile.json');
    expect(profileFileName(' ')).toBe('档案.zc-profile.json');
    expect(profileFileName('CON')).toBe('_CON.zc-profile.json');
    expect(profileFileName('lpt1')).toBe('_lpt1.zc-profile.json');
    expect(profileFileName('Connie')).toBe('Connie.zc-profile.json');
    installLocale('en');
    expect(profileFileName('')).toBe('profile.zc-profile.json');
  });
});

describe('the settings error (i18n42)', () => {
  it('a counting date a date box gives for a six-digit year is refused in the browser’s language, nothing stored', async () => {
    const refusal = async () => {
      try {
        await writeSettings({ countingDate: '275760-01-01' });
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected a refusal');
    };
    expect((await refusal()).message).toBe('工作年限计算截止日期须为四位年份的日期（YYYY-MM-DD），如 2026-12-31');
    installLocale('en');
    const refused = await refusal();
    expect(refused).toBeInstanceOf(RangeError);
    expect(refused.message).toBe('The cut-off date for counting years of work must be a date with a four-digit year (YYYY-MM-DD), e.g. 2026-12-31');
    expect((await readSettings()).countingDate).toBe('');
  });
});

describe('the unfinished-steps finding tells how each step is fixed (i18n42)', () => {
  const finding = (step: (typeof APPLICATION_STEP_IDS)[number], count = 1) => {
    const errors = Array.from({ length: count }, () => ({ checkId: 'required-field' as const, field: '工作单位' }));
    return runChecks(buildCtx({ step: 'submit', history: { [step]: { savedAt: SAVED_AT, errors } } }), { only: ['unfinished-steps'] }).find((f) => f.field === step)?.message ?? '';
  };

  it('证书、证明材料 is fixed by an upload (附件上传 → 上传 → 返回), not by a save', () => {
    const zh = finding('certificates');
    expect(zh).toMatch(/^第 10 步“证书、证明材料”还有 1 个问题没解决（工作单位）。请回到该步点“附件上传”补传/);
    expect(zh).toContain('点“上传”，再点“返回”');
    expect(zh).not.toContain('保存');
    installLocale('en');
    const en = finding('certificates', 2);
    expect(en).toMatch(/^Step 10 “Certificates and proofs” still has 2 unresolved problems \(工作单位\)\. Please go back to that step and upload what is missing/);
    expect(en).not.toMatch(/\bsave\b/);
  });

  it('a record step’s advice says where a missing attachment goes; every step has its own advice in both languages', () => {
    expect(finding('education')).toMatch(/。请回到该步修改有问题的记录并保存；缺少的学历（学位）证书和学信网材料在该条的“附件上传”补传。$/);
    expect(finding('basic-info')).toMatch(/。请回到该步修改并保存；照片的问题须重新选择照片并上传。$/);
    expect(finding('awards-summary')).toMatch(/。请回到该步修改并保存。$/);
    const steps = APPLICATION_STEP_IDS.filter((s) => s !== 'submit');
    for (const locale of ['zh_CN', 'en'] as const) {
      installLocale(locale);
      for (const step of steps) expect(finding(step), `${locale} ${step}`).toMatch(locale === 'en' ? /\)\. Please go back to that step\b.*\.$/ : /）。请回到该步.*。$/);
    }
  });
});

describe('other texts found hard-coded in Chinese (i18n42)', () => {
  it('a typed portal address is refused in English, each reason as before in Chinese', () => {
    const error = (input: string) => {
      const r = parsePortalAddress(input);
      return r.ok ? '' : r.error;
    };
    const inputs = ['', `http://${'a'.repeat(300)}.cn`, 'https://*.example.gov.cn/', 'http://exa mple.com', 'ftp://files.example.gov.cn/', 'http://user:pw@host.example/', 'http://./', 'portal', 'https://gzrsj.rsj.gz.gov.cn/vsgzhr/'];
    expect(inputs.map(error)).toEqual([
      '请输入申报系统的网址',
      '网址太长',
      '网址中不能有通配符 *：请输入申报系统页面的实际网址',
      '这不是有效的网址',
      '只支持 http:// 或 https:// 开头的网址',
      '网址中不能包含用户名或密码',
      '网址缺少主机名',
      '这不是有效的网址：请输入完整的域名（如 www.example.gov.cn）或 IP 地址',
      'gzrsj.rsj.gz.gov.cn 是已内置的申报系统地址，无需添加',
    ]);
    installLocale('en');
    const english = inputs.map(error);
    for (const [i, text] of english.entries()) expect(text, inputs[i]).toMatch(/^[^\u4e00-\u9fff]+$/);
    expect(english.at(-1)).toBe('gzrsj.rsj.gz.gov.cn is a built-in portal address; it need not be added');
  });

  it('a taught mapping the background refuses says so in English', async () => {
    const control = { selector: '#tb7', id: 'tb7', name: 'tb7' } as ControlSnapshot;
    const bad = { ...mappingFromControl('a.example', 'basic-info', control, 'basic.idNumber'), key: 'basic.shoeSize' } as unknown as TaughtMapping;
    expect(await handleFieldMapRequest({ type: 'fieldmap:teach', mapping: bad })).toEqual({ ok: false, error: '无法保存这个字段对应关系：key 无效' });
    installLocale('en');
    expect(await handleFieldMapRequest({ type: 'fieldmap:teach', mapping: bad })).toEqual({ ok: false, error: 'Could not save this field mapping: invalid key' });
  });

  it('a path naming the whole value: (根) / (root) in a pack’s refusal, (文件) / (file) in a profile’s', () => {
    const packErrors = () => (validatePack([]) as { ok: false; errors: string[] }).errors;
    expect(packErrors()[0]).toMatch(/^\(根\): /);
    expect(formatIssuePath([])).toBe('(文件)');
    installLocale('en');
    expect(packErrors()[0]).toMatch(/^\(root\): /);
    expect(packErrors().join(' ')).not.toMatch(CJK);
    expect(formatIssuePath([])).toBe('(file)');
  });
});
