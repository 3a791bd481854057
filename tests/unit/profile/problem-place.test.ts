import { describe, expect, it } from 'vitest';
import { profilePlace } from '../../../lib/profile/problem-place';
import { SECTIONS } from '../../../lib/profile/editor-sections';
import { readLocale } from '../i18n-fake';

const zh = readLocale('zh_CN');

describe('profilePlace', () => {
  it('names every value the editor shows with the editor’s zh_CN label, records 1-based', () => {
    for (const def of SECTIONS) {
      if (def.kind === 'form') {
        for (const f of def.fields) {
          const place = profilePlace(def.object ? [def.object, f.key] : [f.key]);
          expect(place, f.key).toBe(def.object ? `${zh[def.title]!.message} · ${zh[f.label]!.message}` : zh[f.label]!.message);
        }
      } else if (def.kind === 'table') {
        for (const c of def.columns) {
          const place = profilePlace([def.id, 0, c.key]);
          expect(place.endsWith(` 第 1 条 · ${zh[c.label]!.message}`), `${def.id}.${c.key}: ${place}`).toBe(true);
          expect(place).not.toContain(def.id);
        }
      }
    }
  });

  it('names sections, the label, the photo and the whole profile', () => {
    expect(profilePlace(['education', 1, 'endDate'])).toBe('学历 第 2 条 · 结束时间');
    expect(profilePlace(['workHistory', 0])).toBe('工作经历 第 1 条');
    expect(profilePlace(['education'])).toBe('学历');
    expect(profilePlace(['label'])).toBe('档案名称');
    expect(profilePlace(['photo', 'dataUrl'])).toBe('个人照片');
    expect(profilePlace([])).toBe('档案内容');
  });
});
