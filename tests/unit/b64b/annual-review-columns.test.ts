/**
 * breaker 64b: annual-review-disqualifying on saved lists with columns the practice portal does
 * not have (tests/e2e/b64b-pages.ts), read the way the content script reads a frame: the HR
 * office's 审核结果 before 考核结果, a 填报日期 before 考核年度.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { entryDateFirst, reviewBeforeResult, reviewFilesBelow } from '../../e2e/b64b-pages';
import { checksOn } from '../checks/checks-on';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('breaker 64b: 年度考核 lists with a review column or an entry date', () => {
  it('B64B-1 审核结果 before 考核结果: the latest year’s 基本称职 is an error (it was silent: 审核结果 was read as the result)', () => {
    expect(checksOn(reviewBeforeResult(['称职', '基本称职']))).toEqual({ step: 'annual-review', findings: ['annual-review-disqualifying:error:年度考核结果'] });
    expect(checksOn(reviewBeforeResult(['不称职', '称职'])).findings).toEqual(['annual-review-disqualifying:warning:年度考核结果']);
  });

  it('B64B-1 the office’s 不合格 in 审核结果 is no 年度考核 result: both years 称职, nothing', () => {
    expect(checksOn(reviewBeforeResult(['称职', '称职'], ['不合格', '审核通过'])).findings).toEqual([]);
    // Nor where the result is headed 考核等次, after the review.
    expect(checksOn(reviewBeforeResult(['称职', '基本称职']).replace('>考核结果<', '>考核等次<')).findings).toEqual(['annual-review-disqualifying:error:年度考核结果']);
  });

  it('B64B-2 填报日期 (all 2024) before 考核年度: 2022’s 基本称职 is an earlier year’s warning naming 2022 (it was an error naming 2024, every row taken as the latest)', () => {
    const { findings } = checksOn(entryDateFirst(['基本称职', '称职', '称职']));
    expect(findings).toEqual(['annual-review-disqualifying:warning:年度考核结果']);
    expect(checksOn(entryDateFirst(['称职', '称职', '不称职'])).findings).toEqual(['annual-review-disqualifying:error:年度考核结果']);
  });

  it('B64B-5 an uploaded 考核表 whose 上传结果 says 不合格 (文件过大), under years both 称职: no annual-review-disqualifying (it was an error: 上传结果 read as a 年度考核 result)', () => {
    expect(checksOn(reviewFilesBelow)).toEqual({ step: 'annual-review', findings: [] });
  });
});
