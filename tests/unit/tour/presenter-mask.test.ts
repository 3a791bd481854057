import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskPersonal } from '../../../lib/overlay/mask';

// Presenter mode's masking (lib/overlay/mask.ts), used by the overlay and the tour.
describe('maskPersonal', () => {
  it('masks an 18-character ID to its first and last four', () => {
    expect(maskPersonal('440106199203151236')).toBe('4401**********1236');
    expect(maskPersonal('身份证号 44010619920315123X 与出生日期不一致')).toBe('身份证号 4401**********123X 与出生日期不一致');
    expect(maskPersonal('id 44010619920315123x.')).toBe('id 4401**********123x.');
  });

  it('masks a 15-digit old ID, mobile and fixed-line numbers', () => {
    // One rule for every run (breaker 28 item 8): a 15-digit ID shows 4 + 4 like the 18-character one,
    // and +86 counts as the number's start.
    expect(maskPersonal('440106920315123')).toBe('4401*******5123');
    expect(maskPersonal('手机 13812345678，')).toBe('手机 138****5678，');
    expect(maskPersonal('+86 13812345678')).toBe('+86 13*****5678');
    expect(maskPersonal('电话 020-87654321')).toBe('电话 020-****4321');
    expect(maskPersonal('075512345678')).toBe('0755****5678');
  });

  it('masks the malformed numbers findings quote: any run of 7 or more digits, spaced or dashed (breaker 28 item 8)', () => {
    expect(maskPersonal('手机号码 1392600123 位数不对')).toBe('手机号码 139****123 位数不对');
    expect(maskPersonal('139260012345')).toBe('1392****2345');
    expect(maskPersonal('44010619900101031')).toBe('4401*********1031');
    expect(maskPersonal('4401061990010103145')).toBe('4401***********3145');
    expect(maskPersonal('440106 19900101 0314')).toBe('4401** ******** 0314');
    expect(maskPersonal('139 2600 1234')).toBe('139 **** 1234');
    expect(maskPersonal('020-8888-1234')).toBe('020-****-1234');
    expect(maskPersonal('本地号码 8765432。')).toBe('本地号码 8****32。');
    // A bare 8-digit date has a local phone number's shape: masked (an 8-digit date inside an ID is masked with it above).
    expect(maskPersonal('20211230')).toBe('20****30');
    // An all-digit credit code looks like an ID and is masked like one; a public code, so no harm.
    expect(maskPersonal('914401012312451524')).toBe('9144**********1524');
  });

  it('masks what is glued to letters, full-width digits and other separators (breaker 29 items 7, 8)', () => {
    expect(maskPersonal('tel13926001234')).toBe('tel139****1234');
    expect(maskPersonal('440106199001010314_')).toBe('4401**********0314_');
    expect(maskPersonal('１３９２６００１２３４')).toBe('１３９****１２３４');
    expect(maskPersonal('139  2600  1234')).toBe('139  ****  1234');
    expect(maskPersonal('139 - 2600 - 1234')).toBe('139 - **** - 1234');
    expect(maskPersonal('139.2600.1234')).toBe('139.****.1234');
    expect(maskPersonal('139　2600　1234')).toBe('139　****　1234');
    expect(maskPersonal('139－2600－1234')).toBe('139－****－1234');
    expect(maskPersonal('139/2600/1234 或 139·2600·1234 或 139、2600、1234')).toBe('139/****/1234 或 139·****·1234 或 139、****、1234');
    expect(maskPersonal('139—2600—1234')).toBe('139—****—1234');
    // Digit runs inside codes and file names are masked too: showing less is the safe side.
    expect(maskPersonal('91440101MA5CXXXX1X')).toBe('91****01MA5CXXXX1X');
    expect(maskPersonal('IMG_20211230_103000.jpg')).toBe('IMG_20****30_103000.jpg');
    // A phone beside 元, 字 or 万 (a surname) is masked: so are amounts and counts of 7 or more digits (breaker 30a item 8).
    expect(maskPersonal('13926001234万')).toBe('139****1234万');
    expect(maskPersonal('经费1500000元')).toBe('经费1****00元');
  });

  it('leaves dates, date ranges, years, postcodes and sequence numbers alone (breaker 29 item 5)', () => {
    for (const text of [
      '2015-07-01', '1992-03-15', '2015-07-01 2018-06-30', '2015-07 2018-06', '2021-12-30 10:30', '2021年12月', '2021.12',
      '2021年度', '510000', '第1页', '记录序号 3', '500 KB', '295×413', '2016-2021年度考核合格', '201507-202112',
      '20150701-20211231', '2019 2020 2021', '2021/12/30', '2016－2021', '2016—2021', '2015.07.01',
      // Day first (breaker 30a item 10).
      '30-12-2021', '30.12.2021', '30/12/2021', '1.7.2015-30.6.2018', '12/30/2021', '07 2015 06 2018',
    ]) {
      expect(maskPersonal(text)).toBe(text);
    }
    // No year among the groups, or a group no date has: a number, masked.
    expect(maskPersonal('30-12-3021')).toBe('30-**-**21');
    expect(maskPersonal('12 34 56 78')).toBe('12 ** ** 78');
    expect(maskPersonal('30-12-13926001234')).toBe('30-12-*******1234');
  });

  it('masks phone numbers whose groups look like parts of a date but make no whole date (breaker 31b item 1)', () => {
    // A Guangzhou or Shanghai number (2xxxxxxx) after a country or area code, a yyyymmdd with a digit
    // glued before or after it, a year beside another year among days: not a date, masked.
    for (const [phone, masked] of [
      ['+86-20-20123456', '+86-20-****3456'], ['86 20 20123456', '86 20 ****3456'], ['+86 20 2012 1990', '+86 20 **** 1990'],
      ['1-12-20123456', '1-12-****3456'], ['12.20201234', '12.2****234'], ['5.19901231', '5.1****231'], ['8-20211230', '8-2****230'],
      ['1 1 19901231', '1 1 1****231'], ['01-2012-1990', '01-2***-*990'], ['20-20123456', '20-2****456'], ['20123456-12', '201****6-12'],
    ] as const) {
      expect(maskPersonal(phone), phone).toBe(masked);
    }
  });

  it('never shows more than 4 digits at either end of a run, nor fewer than 4 masked', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{6,20}$/), (run) => {
        const masked = maskPersonal(`：${run}。`).slice(1, -1);
        const stars = masked.split('*').length - 1;
        expect(stars).toBe(Math.max(4, run.length - 8));
        expect(masked.replace(/\*+/, '')).toBe(run.slice(0, (run.length - stars) >> 1) + run.slice(run.length - Math.ceil((run.length - stars) / 2)));
      }),
    );
  });

  // Not after a digit, nor a digit and separators (the ID would continue that number's run).
  it('never leaves the middle digits of any ID visible', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{16}[\dX]$/), fc.string({ maxLength: 5 }).filter((s) => !/[\d０-９][\s./·、\-－—]{0,3}$/.test(s)), (id, before) => {
        const masked = maskPersonal(`${before}${id}。`);
        expect(masked).toBe(`${before}${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(14)}。`);
      }),
    );
  });
});
