import { useEffect, useMemo, useState } from 'preact/hooks';
import { estimateEligibility, type EligibilityEstimate } from '../../lib/eligibility';
import type { Profile } from '../../lib/profile/schema';
import { effectiveCountingDate, readSettings, writeSettings, type Settings } from '../../lib/settings';
import { t } from '@/lib/i18n/t';
import { ToolPanel } from './ToolPanel';
import { errorText } from '../../lib/error-text';
import { countingDateLooksOld } from '../../lib/profile/year-notes';

/** A list of names as one phrase: `技术员、助理工程师` (English `技术员, 助理工程师`). */
const listText = (names: readonly string[]) => names.join(t('options_list_separator'));

/** The applied-for name against the names the estimate allows; null when there is nothing to compare. */
function applicationCheck(profile: Profile, estimate: EligibilityEstimate): { ok: boolean; text: string } | null {
  const name = profile.application.qualificationName;
  if (!name || estimate.level === null) return null;
  if (estimate.qualificationNames.includes(name)) return { ok: true, text: t('options_elig_name_ok', name) };
  return { ok: false, text: t('options_elig_name_outside', name, listText(estimate.qualificationNames)) };
}

/**
 * 申报条件自测: which level of 初次职称考核认定 the profile's full-time education and work
 * history allow (lib/eligibility, rule table of spec/portal.md §Eligibility), why, what rules the
 * applicant out, and the counting date setting (lib/settings countingDate; empty = today).
 * Advisory: it never blocks saving or applying. The reasons and disqualifiers come from
 * lib/eligibility, worded there in the UI's language; the level and education values are data.
 * @param props.profile the profile as edited (unsaved changes included); null renders nothing
 */
export function EligibilityPanel({ profile }: { profile: Profile | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingProblem, setSettingProblem] = useState<string | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings, (e: unknown) => setSettingProblem(t('options_settings_read_failed', errorText(e))));
  }, []);

  const countingDate = settings ? effectiveCountingDate(settings) : null;
  const estimate = useMemo(() => (profile && countingDate ? estimateEligibility(profile, countingDate) : null), [profile, countingDate]);
  if (!profile) return null;

  const changeDate = async (value: string) => {
    try {
      setSettings(await writeSettings({ countingDate: value }));
      setSettingProblem(null);
    } catch (e) {
      setSettingProblem(t('options_settings_save_failed', errorText(e)));
    }
  };

  const check = estimate && applicationCheck(profile, estimate);
  const basis = estimate?.basis.education;
  return (
    <ToolPanel
      id="eligibility"
      title={t('options_elig_title')}
      testId="eligibility-panel"
      summary={
        <>
          <span class="badge warn">{t('options_elig_badge')}</span>
          {estimate && (
            <span class="section-step">
              {t('options_elig_estimate', estimate.level ?? t('options_elig_none'))}
              {estimate.level && estimate.disqualifiers.length > 0 ? t('options_elig_disqualified_note') : ''}
            </span>
          )}
        </>
      }
    >
      <p class="advisory">{t('options_elig_advisory')}</p>
      {!estimate ? (
        <p class="hint">{t('options_elig_loading')}</p>
      ) : (
        <>
          <div class="elig-result">
            <strong class={`elig-level ${estimate.level ? '' : 'none'}`} data-testid="eligibility-level" data-level={estimate.level ?? ''}>
              {estimate.level ?? t('options_elig_none')}
            </strong>
            {estimate.level && <span data-testid="eligibility-names">{t('options_elig_names', listText(estimate.qualificationNames))}</span>}
            {estimate.level && estimate.disqualifiers.length > 0 && <span class="badge error">{t('options_elig_but_disqualified')}</span>}
          </div>
          {check && (
            <p class={`elig-check ${check.ok ? 'ok' : 'warn'}`} data-testid="eligibility-application" data-ok={String(check.ok)}>
              {check.text}
            </p>
          )}
          <div class="elig-block">
            <h3>{t('options_elig_basis')}</h3>
            <dl class="elig-basis" data-testid="eligibility-basis" data-years={estimate.basis.years}>
              <dt>{t('options_elig_education_used')}</dt>
              <dd>
                {basis
                  ? t('options_elig_education', basis.school || t('options_elig_no_school'), basis.educationLevel, basis.studyMode, basis.endDate || t('options_elig_no_end_date'))
                  : t('options_elig_no_education')}
              </dd>
              <dt>{t('options_elig_years_label')}</dt>
              <dd data-testid="eligibility-years">{t('options_elig_years', estimate.basis.years, countingDate ?? '')}</dd>
            </dl>
          </div>
          <div class="elig-block">
            <h3>{t('options_elig_reasons')}</h3>
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
              <h3>{t('options_elig_disqualifiers')}</h3>
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
        <label for="counting-date">{t('options_elig_counting_date')}</label>
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
            {t('options_elig_counting_today')}
          </button>
        )}
        {settings?.countingDate && countingDateLooksOld(settings.countingDate, new Date()) && (
          <p class="field-error" data-testid="counting-date-old">
            {t('options_elig_counting_old', settings.countingDate)}
          </p>
        )}
        <p class="hint">{t('options_elig_counting_hint', settings ? effectiveCountingDate({ ...settings, countingDate: '' }) : '…')}</p>
      </div>
      {settingProblem && (
        <p class="field-error" role="alert">
          {settingProblem}
        </p>
      )}
    </ToolPanel>
  );
}
