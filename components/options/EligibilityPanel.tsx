import { useEffect, useMemo, useState } from 'preact/hooks';
import { estimateEligibility, type EligibilityEstimate } from '../../lib/eligibility';
import type { Profile } from '../../lib/profile/schema';
import { effectiveCountingDate, readSettings, writeSettings, type Settings } from '../../lib/settings';
import { ToolPanel } from './ToolPanel';

/** The applied-for name against the names the estimate allows; null when there is nothing to compare. */
function applicationCheck(profile: Profile, estimate: EligibilityEstimate): { ok: boolean; text: string } | null {
  const name = profile.application.qualificationName;
  if (!name || estimate.level === null) return null;
  if (estimate.qualificationNames.includes(name)) return { ok: true, text: `档案中的认定资格名称“${name}”在估算可申报的范围内。` };
  return {
    ok: false,
    text: `档案中的认定资格名称“${name}”不在估算可申报的范围（${estimate.qualificationNames.join('、')}）内，请核对“申报资格”。`,
  };
}

/**
 * 申报条件自测: which level of 初次职称考核认定 the profile's full-time education and work
 * history allow (lib/eligibility, rule table of spec/portal.md §Eligibility), why, what rules the
 * applicant out, and the counting date setting (lib/settings countingDate; empty = today).
 * Advisory: it never blocks saving or applying.
 * @param props.profile the profile as edited (unsaved changes included); null renders nothing
 */
export function EligibilityPanel({ profile }: { profile: Profile | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingProblem, setSettingProblem] = useState<string | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings, (e: unknown) => setSettingProblem(`读取设置失败：${String(e)}`));
  }, []);

  const countingDate = settings ? effectiveCountingDate(settings) : null;
  const estimate = useMemo(() => (profile && countingDate ? estimateEligibility(profile, countingDate) : null), [profile, countingDate]);
  if (!profile) return null;

  const changeDate = async (value: string) => {
    try {
      setSettings(await writeSettings({ countingDate: value }));
      setSettingProblem(null);
    } catch (e) {
      setSettingProblem(`保存设置失败：${String(e)}`);
    }
  };

  const check = estimate && applicationCheck(profile, estimate);
  const basis = estimate?.basis.education;
  return (
    <ToolPanel
      id="eligibility"
      title="申报条件自测"
      testId="eligibility-panel"
      summary={
        <>
          <span class="badge warn">仅供参考</span>
          {estimate && (
            <span class="section-step">
              估算：{estimate.level ?? '暂无可申报级别'}
              {estimate.level && estimate.disqualifiers.length > 0 ? '（有不符合条件的情况）' : ''}
            </span>
          )}
        </>
      }
    >
      <p class="advisory">仅供参考，不影响申报：以评委会审核为准。所学专业与工作是否相近、业绩成果是否达标，软件无法判断。</p>
      {!estimate ? (
        <p class="hint">正在读取设置…</p>
      ) : (
        <>
          <div class="elig-result">
            <strong class={`elig-level ${estimate.level ? '' : 'none'}`} data-testid="eligibility-level" data-level={estimate.level ?? ''}>
              {estimate.level ?? '暂无可申报级别'}
            </strong>
            {estimate.level && (
              <span data-testid="eligibility-names">可申报的认定资格名称：{estimate.qualificationNames.join('、')}</span>
            )}
            {estimate.level && estimate.disqualifiers.length > 0 && <span class="badge error">但有不符合条件的情况</span>}
          </div>
          {check && (
            <p class={`elig-check ${check.ok ? 'ok' : 'warn'}`} data-testid="eligibility-application" data-ok={String(check.ok)}>
              {check.text}
            </p>
          )}
          <div class="elig-block">
            <h3>依据</h3>
            <dl class="elig-basis" data-testid="eligibility-basis" data-years={estimate.basis.years}>
              <dt>所用学历</dt>
              <dd>
                {basis
                  ? `${basis.school || '（未填学校）'} · ${basis.educationLevel} · ${basis.studyMode} · ${basis.endDate || '（未填毕业时间）'} 毕业`
                  : '没有可用的全日制学历'}
              </dd>
              <dt>计入工作年限</dt>
              <dd data-testid="eligibility-years">
                {estimate.basis.years} 年（毕业后至 {countingDate}）
              </dd>
            </dl>
          </div>
          <div class="elig-block">
            <h3>理由</h3>
            <ul class="elig-list">
              {estimate.reasons.map((r) => (
                <li key={r} data-testid="eligibility-reason">
                  {r}
                </li>
              ))}
            </ul>
          </div>
          {estimate.disqualifiers.length > 0 && (
            <div class="elig-block">
              <h3>不符合条件的情况</h3>
              <ul class="elig-list disqualifiers">
                {estimate.disqualifiers.map((d) => (
                  <li key={d} data-testid="eligibility-disqualifier">
                    {d}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      <div class="elig-setting">
        <label for="counting-date">工作年限计算截止日期</label>
        <input
          id="counting-date"
          type="date"
          data-testid="counting-date"
          value={settings?.countingDate ?? ''}
          disabled={!settings}
          onChange={(e) => void changeDate(e.currentTarget.value)}
        />
        {settings?.countingDate && (
          <button type="button" class="link" data-testid="counting-date-clear" onClick={() => void changeDate('')}>
            改回按今天计算
          </button>
        )}
        <p class="hint">
          申报通知规定的年限计算截止日期每年可能不同，本助手不知道今年的日期，所以做成设置：请按通知填写；留空则按今天（{settings ? effectiveCountingDate({ ...settings, countingDate: '' }) : '…'}）计算。页面上的申报前检查也使用这个日期。
        </p>
      </div>
      {settingProblem && (
        <p class="field-error" role="alert">
          {settingProblem}
        </p>
      )}
    </ToolPanel>
  );
}
