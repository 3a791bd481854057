/**
 * A server's date never set in a date's box (1900-01-01, 1900/1/1 0:00:00, 0001-01-01,
 * 1/1/0001 12:00:00 AM …: lib/fields/date-fields.ts isUnsetDate) is no one's date: the autofill
 * fills such a box as an empty one (breaker 38), and the checks read it as blank (breaker 39) —
 * required-field asks for 出生日期, and id-birthdate-mismatch has no date to hold against the ID.
 * A real date, or the same text in a box that holds no date, is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../lib/checks/registry';
import { heldDate } from '../../../lib/fill/dates';
import { isUnsetDate } from '../../../lib/fields/date-fields';
import { buildCtx } from './ctx';
import { SAMPLE_ID } from './fixtures';

const UNSET = ['1900-01-01', '1900/1/1 0:00:00', '0001-01-01', '0001/1/1 0:00:00', '1/1/0001 12:00:00 AM', '19000101', '1900-01-01T00:00:00', ' １９００-０１-０１ '];

/** The required-field and id-birthdate-mismatch findings of a 基本信息 page whose required 出生日期 box shows `value`. */
function birthDateFindings(value: string, kind: 'text' | 'date' = 'text'): string[] {
  const ctx = buildCtx({
    fields: [
      { key: 'basic.idNumber', value: SAMPLE_ID },
      { key: 'basic.birthDate', value, control: { kind, required: true, labels: [{ source: 'cell-left', raw: '出生日期', text: '出生日期', required: true }] } },
    ],
  });
  return runChecks(ctx, { only: ['required-field', 'id-birthdate-mismatch'] }).map((f) => `${f.checkId}:${f.field}`);
}

describe('a server\'s date never set reads as blank in the checks', () => {
  it('required-field asks for 出生日期 showing one, in a text box recognised as the date or a date box', () => {
    for (const value of UNSET) {
      expect(birthDateFindings(value), value).toEqual(['required-field:出生日期']);
      expect(birthDateFindings(value, 'date'), value).toEqual(['required-field:出生日期']);
    }
  });

  it('id-birthdate-mismatch holds no such date against the ID number (440106199203151236: 1992-03-15)', () => {
    for (const value of UNSET) {
      const ctx = buildCtx({ fields: [{ key: 'basic.idNumber', value: SAMPLE_ID }, { key: 'basic.birthDate', value }] });
      expect(runChecks(ctx, { only: ['id-birthdate-mismatch'] }), value).toEqual([]);
    }
  });

  it('a real date, 1900-01-01 with another time, or a year alone is still read: the ID check speaks, required-field does not', () => {
    for (const value of ['1900-01-02', '1990-01-01', '1900-01-01 8:30', '1900']) {
      expect(birthDateFindings(value), value).toEqual(['id-birthdate-mismatch:basic.birthDate']);
    }
    expect(birthDateFindings('1992-03-15')).toEqual([]);
  });

  it('the same text in a required box that holds no date is filled (it is no date field)', () => {
    const ctx = buildCtx({ fields: [{ key: 'basic.name', value: '1900-01-01', control: { required: true, labels: [{ source: 'cell-left', raw: '姓名', text: '姓名', required: true }] } }] });
    expect(runChecks(ctx, { only: ['required-field'] })).toEqual([]);
  });

  it('one definition: the autofill empties exactly what the checks read as blank', () => {
    for (const value of [...UNSET, '1900-01-02', '1900-01-01 8:30', '0001', '1900-01']) expect(heldDate(value) === '', value).toBe(isUnsetDate(value));
  });
});
