import { describe, expect, it } from 'vitest';
import { isRedColor } from '../../../lib/page/red-color';

describe('isRedColor', () => {
  it('takes the reds portal pages write notices in, in every form', () => {
    for (const c of ['red', 'Red', 'crimson', '#f00', '#FF0000', '#cc0000', 'CC0000', 'rgb(255, 0, 0)', 'rgb(204, 0, 0)', 'rgba(255, 0, 0, 1)', 'rgb(230 30 40)']) {
      expect(isRedColor(c), c).toBe(true);
    }
  });

  it('refuses black, orange, pink, brown, maroon and what it cannot read', () => {
    for (const c of ['black', '#000', 'rgb(0, 0, 0)', 'orange', 'rgb(255, 165, 0)', 'rgb(255, 192, 203)', 'rgb(139, 69, 19)', '#800000', 'darkred', '', 'var(--red)', '#ff00']) {
      expect(isRedColor(c), c).toBe(false);
    }
  });
});
