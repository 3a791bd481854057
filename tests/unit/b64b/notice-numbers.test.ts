/**
 * breaker 64b: record-sequence on a record step whose notes are a table of their own numbered in
 * words under 序号 (tests/e2e/b64b-pages.ts noticeNumberedInWords), read the way the content
 * script reads a frame.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { noticeNumberedInWords, recordFilesBelow } from '../../e2e/b64b-pages';
import { checksOn } from '../checks/checks-on';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('breaker 64b: a notes table numbered in words is no list of records', () => {
  it.each([[['一', '二']], [['(1)', '(2)']], [['1、', '2、']]] as [[string, string]][])('B64B-3 notes numbered %j above saved records 1, 2: no record-sequence (it was an error: 记录序号 一、二 should read 1、2)', (numbers) => {
    expect(checksOn(noticeNumberedInWords(numbers))).toEqual({ step: 'qualification-history', findings: [] });
  });

  it('B64B-3 the saved records beneath still checked: 1, 3 is an error; a record list numbered in words too', () => {
    expect(checksOn(noticeNumberedInWords(['一', '二'], ['1', '3'])).findings).toEqual(['record-sequence:error:记录序号']);
    expect(checksOn(noticeNumberedInWords(['一', '二'], ['一', '二'])).findings).toEqual(['record-sequence:error:记录序号']);
  });
});

describe('breaker 64b: the records’ files numbered by record are no list of records', () => {
  it.each([['序号', '材料说明'], ['记录序号', '附件']])('B64B-4 a %s | %s table of files 1, 1, 2 under saved records 1, 2: no record-sequence (it was an error: 1、1、2 should read 1、2、3)', (seqHeader, nameHeader) => {
    expect(checksOn(recordFilesBelow(seqHeader, nameHeader))).toEqual({ step: 'education', findings: [] });
  });

  it('B64B-4 the saved records above still checked: 1, 3 is an error, named once', () => {
    expect(checksOn(recordFilesBelow('记录序号', '附件', ['1', '3'])).findings).toEqual(['record-sequence:error:记录序号']);
  });

  it('B64B-4 (bound) a list whose headers name none of the section’s fields, alone on the page, is still checked: 1, 1', () => {
    const unknownHeaders = `<div class="ptitle">学位（学历）教育情况</div><table border="1"><tr><th>记录序号</th><th>学习经历说明</th><th>操作</th></tr>
<tr><td>1</td><td>中山大学 硕士</td><td><a href="#">编辑</a></td></tr><tr><td>1</td><td>华南理工大学 本科</td><td><a href="#">编辑</a></td></tr></table>`;
    expect(checksOn(unknownHeaders)).toEqual({ step: 'education', findings: ['record-sequence:error:记录序号'] });
  });
});
