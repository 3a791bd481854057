/**
 * Breaker 64a B64a-1 in happy-dom: a 选择申报资格系列 page that asks 认定资格名称, 申报评委会 and
 * 认定专业 in cascading lists after 单位主管类型 and 认定资格类型 (as other Guangdong portals draw
 * it; the practice portal asks them on 基本信息). They were no fields there: autofill left them
 * out of its preview, and 工程师 chosen on a 初级 application was never flagged. The ①申报资格
 * radios that pick the track (初级初次职称考核认定) stay no 认定资格名称 (breaker11 item 1;
 * tests/unit/checks/correct-pages.test.ts). The browser test: tests/e2e/breakers63-65.test.ts (b64a).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { planPage, sampleProfile, sel, title } from '../fill/page-markup';

afterEach(() => {
  document.body.innerHTML = '';
});

const JUNIOR = '广州市工程系列生态环境专业初级职称评审委员会';
/** A row as these portals draw it: the label in a td.tdTitle, its star in a red <font> of its own. */
const tdr = (label: string, control: string) => `<tr><td class="tdTitle"><font color="red">*</font>${label}：</td><td>${control}</td></tr>`;
const TRACK = '<tr><td>①申报资格：</td><td><input type="radio" id="rblSBZG_0" name="rblSBZG" value="CJCCRD" checked><label for="rblSBZG_0">初级初次职称考核认定</label></td></tr>';

/** The page, its lists offering `names` as 认定资格名称 (none: the page fills them once the list before is chosen). */
const series = (names: [string, string][], committees: [string, string][] = [], specialties: [string, string][] = []) => `${title('选择申报资格系列')}<table>${TRACK}
  ${tdr('单位主管类型', sel('ddlDWZGLX', [['1', '非公有制经济组织']]))}
  ${tdr('认定资格类型', sel('ddlRDZGLX', [['1', '工程技术人员']]))}
  ${tdr('认定资格名称', sel('ddlRDZGMC', names))}
  ${tdr('申报评委会', sel('ddlSBPWH', committees))}
  ${tdr('认定专业', sel('ddlRDZY', specialties))}</table><input type="submit" value="选定">`;

describe('B64a-1 认定资格名称, 申报评委会 and 认定专业 asked on 选择申报资格系列', () => {
  it('are that page’s fields: the cascade’s lists, empty until their parent is chosen, are planned for the fill; the track’s radios are none of them', () => {
    const { snapshot, plan } = planPage(series([]), 'select-series');
    const keys = recognizeFields(snapshot, 'select-series').map((m) => m.key);
    expect(keys).toEqual([null, 'application.unitSupervisorType', 'application.qualificationType', 'application.qualificationName', 'application.committee', 'application.specialty']);
    expect(plan.items.map((i) => [i.key, i.action])).toEqual([
      ['application.unitSupervisorType', 'fill'],
      ['application.qualificationType', 'fill'],
      ['application.qualificationName', 'fill'],
      ['application.committee', 'fill'],
      ['application.specialty', 'fill'],
    ]);
  });

  it('工程师 chosen for a 初级 application is qualification-level-mismatch; 助理工程师 is not', () => {
    const checks = (title: string) => {
      document.body.innerHTML = series([['1', '助理工程师'], ['2', '工程师']], [['1', JUNIOR]], [['1', '生态环境监测']]);
      for (const [id, value] of [['ddlDWZGLX', '1'], ['ddlRDZGLX', '1'], ['ddlRDZGMC', title], ['ddlSBPWH', '1'], ['ddlRDZY', '1']] as const) (document.getElementById(id) as HTMLSelectElement).value = value;
      const snapshot = collectSnapshot(document, window);
      const inputs = { profile: sampleProfile, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS };
      return evaluatePage(snapshot, inputs).findings.filter((f) => f.checkId === 'qualification-level-mismatch').map((f) => f.severity);
    };
    expect(checks('2')).toEqual(['error']);
    expect(checks('1')).toEqual([]);
  });
});
