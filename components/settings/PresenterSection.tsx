import { useEffect, useState } from 'preact/hooks';
import { readSettings, watchSettings, writeSettings, type Settings } from '@/lib/settings';
import { t, type MessageKey } from '@/lib/i18n/t';

type PresenterKey = 'largeText' | 'highContrast' | 'maskPersonal';

/** The three switches, in the order shown, with their label and explanation. */
const SWITCHES: readonly { key: PresenterKey; label: MessageKey; hint: MessageKey }[] = [
  { key: 'largeText', label: 'presenter_large_text', hint: 'presenter_large_text_hint' },
  { key: 'highContrast', label: 'presenter_high_contrast', hint: 'presenter_high_contrast_hint' },
  { key: 'maskPersonal', label: 'presenter_mask', hint: 'presenter_mask_hint' },
];

/**
 * "演示设置" for helpdesk staff showing the steps on a projector or a shared screen (issue 7):
 * larger overlay text, a high-contrast tour highlight, and ID / phone numbers masked in what the
 * overlay shows. Saved in lib/settings.ts at once; an open overlay follows immediately. Used in
 * the options page (full, with explanations) and in the popup (`compact`, labels only).
 * Hooks: `[data-testid="presenter-<key>"]` checkboxes (`largeText`, `highContrast`, `maskPersonal`).
 */
export function PresenterSection({ compact = false }: { compact?: boolean }) {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  async function toggle(key: PresenterKey, value: boolean): Promise<void> {
    setSettings(await writeSettings({ [key]: value }));
  }

  return (
    <fieldset class={compact ? 'presenter presenter-compact' : 'presenter'} data-testid="presenter-settings">
      <legend>{t('presenter_title')}</legend>
      {!compact && <p class="muted">{t('presenter_intro')}</p>}
      {SWITCHES.map((s) => (
        <label key={s.key} class="presenter-switch">
          <input
            type="checkbox"
            data-testid={`presenter-${s.key}`}
            checked={settings?.[s.key] ?? false}
            disabled={!settings}
            onChange={(e) => void toggle(s.key, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t(s.label)}</span>
          {!compact && <span class="muted presenter-hint">{t(s.hint)}</span>}
        </label>
      ))}
    </fieldset>
  );
}
