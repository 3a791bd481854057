/**
 * breaker 64b: record-sequence on a record step whose notes are a table of their own numbered in
 * words under 序号 (tests/e2e/b64b-pages.ts noticeNumberedInWords), read the way the content
 * script reads a frame.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { noticeNumberedInWords } from '../../e2e/b64b-pages';
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
