import { useEffect, useRef, useState } from 'preact/hooks';
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
 * The switches are disabled until the stored settings are read (a switch drawn before it would
 * show a default, not the setting). Switches flipped one after another before their writes end
 * are all stored and stay drawn as flipped meanwhile (CI run 62 lost one).
 * Hooks: `[data-testid="presenter-<key>"]` checkboxes (`largeText`, `highContrast`, `maskPersonal`).
 */
export function PresenterSection({ compact = false }: { compact?: boolean }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  // Switches flipped here whose write has not ended, each with the number of its flip. They are
  // drawn as flipped: the settings an earlier write returns, or its storage.onChanged, do not
  // hold this flip yet, and drawn from them the box would turn back under the user's click.
  const [flipped, setFlipped] = useState<Partial<Record<PresenterKey, { on: boolean; flip: number }>>>({});
  const flips = useRef(0);

  useEffect(() => {
    // The first read yields to settings told since (another page's write answered first).
    void readSettings().then((read) => setSettings((told) => told ?? read));
    return watchSettings(setSettings);
  }, []);

  async function toggle(key: PresenterKey, on: boolean): Promise<void> {
    const flip = ++flips.current;
    setFlipped((now) => ({ ...now, [key]: { on, flip } }));
    try {
      // writeSettings runs this page's writes in turn: each keeps the flips stored before it.
      setSettings(await writeSettings({ [key]: on }));
    } finally {
      // Drawn from the settings again, unless flipped again since.
      setFlipped(({ [key]: mine, ...others }) => (mine?.flip === flip ? others : { ...others, [key]: mine }));
    }
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
            checked={flipped[s.key]?.on ?? settings?.[s.key] ?? false}
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
