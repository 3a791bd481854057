import { describe, expect, it, vi } from 'vitest';
import { optionsPageRoot } from './page-root';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { getActiveProfile, getProfile, listProfiles, PROFILE_DB_NAME } from '../../../lib/profile/db';
import { writeStoreMarker } from '../../../lib/profile/store-marker';
import { SAMPLE_COPY_LABEL, PDF_DATA_URL, SAMPLE_TEXT, sampleDoc } from '../profile/fixtures';

// The 助手设置 sections (components/settings) need browser APIs the fake browser lacks and have
// their own tests; these tests are about the profile part of the page.
vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));


const { root, $, $$, byTestId, chooseFile } = optionsPageRoot();


async function mount() {
  await act(() => render(<OptionsApp />, root()));
  await vi.waitFor(() => expect(byTestId('profile-list-empty') ?? byTestId('profile-list')).not.toBeNull());
}

async function typeInto(path: string, value: string) {
  const el = $(`[data-field="${path}"]`) as HTMLInputElement | HTMLSelectElement;
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  });
}

async function click(el: HTMLElement | null) {
  if (!el) throw new Error('element to click not found');
  await act(() => el.click());
}

async function importSample() {
  await chooseFile('profile-import', new File([SAMPLE_TEXT], 'sample.json', { type: 'application/json' }));
  await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级'));
}

describe('options page', () => {
  it('starts empty, then imports a file that becomes the active profile and fills the editor', async () => {
    await mount();
    expect(byTestId('profile-active')?.textContent).toBe('');
    expect(byTestId('profile-list-empty')).not.toBeNull();
    await importSample();
    expect($$('[data-testid="profile-item"]')).toHaveLength(1);
    expect(($('[data-field="basic.name"]') as HTMLInputElement).value).toBe('张小明');
    expect(($('[data-field="education[1].endDate"]') as HTMLInputElement).value).toBe('2011-06');
    expect(byTestId('photo-info')?.textContent).toContain('photo.jpg');
    expect(byTestId('profile-import-error')?.hidden).toBe(true);
  });

  it('lists every bad path of a refused file and changes nothing', async () => {
    await mount();
    await importSample();
    const doc = sampleDoc();
    doc.profile.education[1].endDate = '2011/06';
    doc.profile.photo.dataUrl = PDF_DATA_URL;
    doc.version = 'one';
    await chooseFile('profile-import', new File([JSON.stringify(doc)], 'bad.json'));
    await vi.waitFor(() => expect(byTestId('profile-import-error')?.hidden).toBe(false));
    const messages = $$('[data-testid="profile-import-error"] .problem-message').map((e) => e.textContent);
    expect(messages).toEqual([
      '档案文件的版本号缺失或无效（本助手能读取第 1 版）。请选择用本助手“导出所选档案”保存的文件（文件名以 .zc-profile.json 结尾）。',
      '学历 第 2 条 · 结束时间：应为真实日期，写作 YYYY-MM-DD 或 YYYY-MM（现为 "2011/06"）',
    ]);
    // The file location stays available for helpdesk staff who edit the file, in the tooltip only:
    // the text names fields by their labels, never by code names (newcomer 25 item 3).
    const problems = $$('[data-testid="profile-import-error"] [data-testid="import-problem"]');
    expect(problems.map((e) => e.getAttribute('data-path'))).toEqual(['version', 'education[1].endDate']);
    expect(problems[1]!.getAttribute('title')).toBe('在文件中的位置：education[1].endDate（供技术支持人员修改文件时参考）');
    expect(byTestId('profile-import-error')?.textContent).not.toMatch(/version|endDate/);
    expect(await listProfiles()).toHaveLength(1);
    expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级');
    expect(byTestId('options-message')).toBeNull();
  });

  it('refuses a GBK-encoded file with one encoding message and changes nothing', async () => {
    await mount();
    await importSample();
    const ascii = (text: string) => [...new TextEncoder().encode(text)];
    // label/name 李四 in GBK: C0EE CBC4.
    const gbk = new Uint8Array([...ascii('{"format":"zc-profile","version":1,"profile":{"label":"'), 0xc0, 0xee, 0xcb, 0xc4, ...ascii('"}}')]);
    await chooseFile('profile-import', new File([gbk], 'gbk.json'));
    await vi.waitFor(() => expect(byTestId('profile-import-error')?.hidden).toBe(false));
    const lines = $$('[data-testid="profile-import-error"] li').map((li) => li.textContent);
    expect(byTestId('profile-import-error')?.querySelector('p')?.textContent).toBe('文件未导入，已保存的档案没有改变。发现 1 处问题：');
    expect(lines).toEqual(['文件不是 UTF-8 编码（可能是 GBK），无法正确读取其中的中文。请用本助手导出的文件，或用文本编辑器把它另存为 UTF-8 后再导入。']);
    expect(await listProfiles()).toHaveLength(1);
    expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级');
  });

  it('flags a 公民身份号码 with a wrong check digit or birth date inline and saves once it is right', async () => {
    await mount();
    await importSample();
    const idError = () => $('[data-testid="field-error"][data-field="basic.idNumber"]')?.textContent;
    const saveButton = () => byTestId('profile-save') as HTMLButtonElement;
    await typeInto('basic.idNumber', '440106199203151235');
    expect(idError()).toBe('公民身份号码校验位不对：按前 17 位计算，最后一位应为 6，现在是 5。通常是某一位输错了，请对照身份证逐位核对。');
    expect($('[data-field="basic.idNumber"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(saveButton().disabled).toBe(true);
    expect(byTestId('profile-error-count')?.textContent).toContain('1');
    await typeInto('basic.idNumber', '440106199213451236');
    expect(idError()).toBe('公民身份号码第 7–14 位（19921345）不是有效的出生日期，请对照身份证核对。');
    await typeInto('basic.idNumber', '44010619920315123');
    expect(idError()).toBe('公民身份号码应为 18 位，现在是 17 位。');
    // Not yet written is not wrong: an unfinished profile saves.
    await typeInto('basic.idNumber', '');
    expect(idError()).toBeUndefined();
    await click(saveButton());
    await vi.waitFor(() => expect(byTestId('profile-save-status')?.textContent).toMatch(/^已保存/));
    expect((await getActiveProfile())?.profile.basic.idNumber).toBe('');
    await typeInto('basic.idNumber', '440106199203151236');
    expect(idError()).toBeUndefined();
    expect(saveButton().disabled).toBe(false);
  });

  it('shows inline Chinese messages, refuses to save until fixed, and says 已保存 after the write', async () => {
    await mount();
    await importSample();
    await typeInto('basic.birthDate', '1992-3-15');
    const err = $('[data-testid="field-error"][data-field="basic.birthDate"]');
    expect(err?.textContent).toBe('应为真实日期，写作 YYYY-MM-DD');
    expect((byTestId('profile-save') as HTMLButtonElement).disabled).toBe(true);
    expect(byTestId('profile-error-count')?.textContent).toContain('1');
    // A real date that the 公民身份号码 (born 1992-03-15) contradicts is named too.
    await typeInto('basic.birthDate', '1992-03-16');
    expect($('[data-testid="field-error"][data-field="basic.birthDate"]')?.textContent).toBe('出生日期与公民身份号码不一致：号码第 7–14 位为 1992-03-15。请核对。');
    await typeInto('basic.birthDate', '1992-03-15');
    await typeInto('application.level', '中级');
    expect($('[data-testid="field-error"]')).toBeNull();
    await click(byTestId('profile-save'));
    await vi.waitFor(() => expect(byTestId('profile-save-status')?.textContent).toMatch(/^已保存/));
    const stored = await getActiveProfile();
    expect(stored?.profile.basic.birthDate).toBe('1992-03-15');
    expect(stored?.profile.application.level).toBe('中级');
    expect(stored?.profile.basic.wechat).toBe('zxm1992');
    expect(byTestId('profile-dirty')).toBeNull();
  });

  it('edits tables: add, reorder and remove renumber 记录序号', async () => {
    await mount();
    await importSample();
    const table = () => $('[data-testid="record-table"][data-section="education"]')!;
    const seqs = () => [...table().querySelectorAll('[data-testid="record-seq"]')].map((td) => td.textContent);
    await click(table().querySelector('[data-testid="record-add"]'));
    expect(seqs()).toEqual(['1', '2', '3']);
    await typeInto('education[2].school', '某某研究生院');
    await click(table().querySelectorAll<HTMLElement>('[data-testid="record-up"]')[2]!);
    expect(seqs()).toEqual(['1', '2', '3']);
    expect(($('[data-field="education[1].school"]') as HTMLInputElement).value).toBe('某某研究生院');
    await click(table().querySelectorAll<HTMLElement>('[data-testid="record-remove"]')[0]!);
    expect(seqs()).toEqual(['1', '2']);
    await click(byTestId('profile-save'));
    await vi.waitFor(() => expect(byTestId('profile-save-status')?.textContent).toMatch(/^已保存/));
    const stored = await getActiveProfile();
    expect(stored?.profile.education.map((e) => [e.seq, e.school])).toEqual([[1, '某某研究生院'], [2, '某某中学附属中专']]);
  });

  it('copies last year’s application with its photo, renames it, deletes it and undoes the delete', async () => {
    await mount();
    await importSample();
    await click(byTestId('profile-duplicate'));
    await vi.waitFor(() => expect($$('[data-testid="profile-item"]')).toHaveLength(2));
    const labels = () => $$('[data-testid="profile-item-label"]').map((e) => e.textContent);
    expect(labels()).toEqual(['张小明 · 2020 初级', SAMPLE_COPY_LABEL]);
    const copyId = $$('[data-testid="profile-item"]')[1]!.dataset.profileId!;
    expect((await getProfile(copyId))?.photo).not.toBeNull();

    await click(byTestId('profile-rename'));
    const input = byTestId('profile-rename-input') as HTMLInputElement;
    await act(() => {
      input.value = '张小明 · 2021 中级';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(byTestId('profile-rename-ok'));
    await vi.waitFor(() => expect(labels()).toEqual(['张小明 · 2020 初级', '张小明 · 2021 中级']));

    await click(byTestId('profile-activate'));
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2021 中级'));

    await click(byTestId('profile-delete'));
    await vi.waitFor(() => expect(labels()).toEqual(['张小明 · 2020 初级']));
    expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级');
    await click(byTestId('profile-undo'));
    await vi.waitFor(() => expect(labels()).toEqual(['张小明 · 2020 初级', '张小明 · 2021 中级']));
    expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2021 中级');
  });

  it('refuses a chosen photo that is not an image and keeps the old one', async () => {
    await mount();
    await importSample();
    await chooseFile('photo-input', new File(['%PDF-1.4'], 'scan.pdf'));
    await vi.waitFor(() => expect(byTestId('photo-error')?.textContent).toContain('不是 JPEG 或 PNG 图片'));
    expect(byTestId('profile-dirty')).toBeNull();
    await chooseFile('photo-input', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])], 'new.png'));
    await vi.waitFor(() => expect(byTestId('photo-info')?.textContent).toContain('new.png'));
    await click(byTestId('profile-save'));
    await vi.waitFor(() => expect(byTestId('profile-save-status')?.textContent).toMatch(/^已保存/));
    expect((await getActiveProfile())?.photo?.type).toBe('image/png');
  });

  it('hands a chosen photo over 5 MB to the fixer, not to the profile; refuses one over 20 MB in MB of 1,000,000 bytes', async () => {
    await mount();
    await importSample();
    const jpegOf = (size: number) => new File([new Uint8Array(size).fill(0xff).fill(0xd8, 1, 2)], 'IMG_0001.jpg');
    await chooseFile('photo-input', jpegOf(5_543_626));
    // The fixer's own failure shows, not a refusal of the file: these bytes have no scan, so the
    // fixer finds the file damaged before decoding it (task b33o).
    await vi.waitFor(() => expect(byTestId('photo-fix-error')?.textContent).toContain('照片文件已损坏'));
    expect(byTestId('photo-error')).toBeNull();
    expect(byTestId('profile-dirty')).toBeNull();
    await chooseFile('photo-input', jpegOf(20_000_001));
    await vi.waitFor(() => expect(byTestId('photo-error')?.textContent).toBe('照片文件太大（20.0 MB），一键修正照片最多处理 20.0 MB 的原图：请先用看图软件把它缩小或另存一份再选。'));
    expect(byTestId('profile-dirty')).toBeNull();
  });

  it('tells the user when stored profiles vanished instead of pretending it is a first run', async () => {
    await writeStoreMarker(2, false, '2026-10-01T09:30:00.000Z');
    await mount();
    await vi.waitFor(() => expect(byTestId('storage-vanished')?.textContent).toContain('本机曾保存 2 份档案'));
  });

  it('creates a new empty profile that becomes active when none is', async () => {
    await mount();
    await click(byTestId('profile-new'));
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe('新档案'));
    await click(byTestId('profile-new'));
    await vi.waitFor(() => expect($$('[data-testid="profile-item-label"]').map((e) => e.textContent)).toEqual(['新档案', '新档案（2）']));
    expect(byTestId('profile-active')?.textContent).toBe('新档案');
  });

  it('shows a blocked upgrade as a message with 重试, and recovers once the old page closes', async () => {
    const old = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(PROFILE_DB_NAME, 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('profiles', { keyPath: 'id' });
        req.result.createObjectStore('meta');
      };
      req.onsuccess = () => resolve(req.result);
    });
    await act(() => render(<OptionsApp />, root()));
    await vi.waitFor(() => expect(byTestId('storage-problem')?.dataset.kind).toBe('blocked'));
    expect(byTestId('storage-problem')?.textContent).toContain('关闭其他助手页面');
    old.close();
    await new Promise((r) => setTimeout(r, 20));
    await click(byTestId('storage-retry'));
    await vi.waitFor(() => expect(byTestId('storage-problem')).toBeNull());
    expect(byTestId('profile-list-empty')).not.toBeNull();
  });
});
