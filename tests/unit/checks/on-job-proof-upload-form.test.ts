import { describe, expect, it } from 'vitest';
import { onJobProofMissing } from '../../../lib/checks/on-job-proof-missing';
import { buildCtx, grid } from './ctx';

const option = (text: string, selected = false) => ({ value: text, text, norm: text, disabled: false, selected, placeholder: false });
const uploaded = (names: string[]) => grid(['附件名称', '记录序号', '文件名称'], names.map((n) => [n, '1', 'a.jpg']));

/** The shared 附件上传 form: a name chooser with these options, the list of uploads so far. */
function uploadForm(options: string[], chosen: string, names: string[]) {
  return buildCtx({
    step: 'certificates',
    fields: [{ key: 'page.attachmentName', value: chosen, control: { kind: 'select', tag: 'select', options: options.map((o) => option(o, o === chosen)) } }],
    grids: [uploaded(names)],
  });
}

describe('on-job-proof-missing', () => {
  it('is an error on the list of step 10 without the material, even an empty list', () => {
    expect(onJobProofMissing.run(buildCtx({ step: 'certificates', grids: [uploaded([])] })).map((f) => f.severity)).toEqual(['error']);
    expect(onJobProofMissing.run(buildCtx({ step: 'certificates', grids: [uploaded(['在岗在职证明材料'])] }))).toEqual([]);
  });

  it('reads the material under its shorter names: 在职证明材料, 在岗证明 (probe 18)', () => {
    for (const name of ['在职证明材料', '在岗证明', '在职在岗证明']) {
      expect(onJobProofMissing.run(buildCtx({ step: 'certificates', grids: [uploaded([name])] }))).toEqual([]);
    }
    // A 离职证明 uploaded as its own material is not the 在岗在职 one.
    expect(onJobProofMissing.run(buildCtx({ step: 'certificates', grids: [uploaded(['离职证明'])] })).map((f) => f.severity)).toEqual(['error']);
  });

  it('never holds back an upload on the 附件上传 form', () => {
    // Another section's upload form (its names lack the material).
    expect(onJobProofMissing.run(uploadForm(['学历（学位）证书'], '学历（学位）证书', ['学历（学位）证书']))).toEqual([]);
    // Uploading the material now.
    expect(onJobProofMissing.run(uploadForm(['在岗在职证明材料', '职称证书'], '在岗在职证明材料', []))).toEqual([]);
    // Uploading something else on step 10: a reminder only.
    expect(onJobProofMissing.run(uploadForm(['在岗在职证明材料', '职称证书'], '职称证书', [])).map((f) => f.severity)).toEqual(['warning']);
  });
});
