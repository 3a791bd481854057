import { describe, expect, it } from 'vitest';
import { capturedValuesFromPage } from '../../../lib/content/capture';
import type { PageFieldValue } from '../../../lib/fields/match';
import type { FieldKey } from '../../../lib/fields/keys';

function field(key: FieldKey, value: string, control: number): PageFieldValue {
  return { key, control, value, label: key };
}

// capturedValuesFromPage (lib/content/capture.ts): which page value capture takes for a key.
describe('capturedValuesFromPage', () => {
  it('takes the editable box after a masked copy of the number, not the copy (breaker 27a item 7)', () => {
    const fields = [
      field('basic.idNumber', '440106********0314', 0),
      field('basic.mobile', '139****1234', 1),
      field('basic.idNumber', '440106199001010314', 2),
      field('basic.mobile', '13700001111', 3),
    ];
    expect(capturedValuesFromPage(fields, 'basic-info', null)).toEqual([
      { path: 'basic.idNumber', value: '440106199001010314' },
      { path: 'basic.mobile', value: '13700001111' },
    ]);
  });

  it('keeps the first unmasked value, and a masked one when the page has no other (refused later, with its reason)', () => {
    const fields = [
      field('basic.mobile', '13700001111', 0),
      field('basic.mobile', '139****1234', 1),
      field('basic.mobile', '13800002222', 2),
      field('basic.idNumber', '440106********0314', 3),
    ];
    expect(capturedValuesFromPage(fields, 'basic-info', null)).toEqual([
      { path: 'basic.mobile', value: '13700001111' },
      { path: 'basic.idNumber', value: '440106********0314' },
    ]);
  });
});
