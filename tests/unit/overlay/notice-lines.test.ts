import { describe, expect, it } from 'vitest';
import { isNoticeRed } from '../../../lib/overlay/notice-lines';

describe('isNoticeRed', () => {
  it('takes the reds portal pages write notices in', () => {
    for (const c of ['rgb(255, 0, 0)', 'rgb(204, 0, 0)', 'rgba(255, 0, 0, 1)', 'rgb(230, 30, 40)']) expect(isNoticeRed(c), c).toBe(true);
  });

  it('refuses black, orange, pink, brown and forms it cannot read', () => {
    for (const c of ['rgb(0, 0, 0)', 'rgb(255, 165, 0)', 'rgb(255, 192, 203)', 'rgb(139, 69, 19)', 'rgb(128, 0, 0)', 'red', '#f00', '']) expect(isNoticeRed(c), c).toBe(false);
  });
});
