import type { Profile } from '../../lib/profile/schema';
import { t, type MessageKey } from '@/lib/i18n/t';
import { displayValue, storedValue } from './field-values';
import type { FieldDef } from '../../lib/profile/editor-sections';

/** Placeholder text of the date kinds (message names). */
const PLACEHOLDERS: Partial<Record<FieldDef['kind'], MessageKey>> = {
  date: 'options_placeholder_date',
  'month-date': 'options_placeholder_month_date',
  'open-end': 'options_placeholder_open_end',
};

/** What a 是/否 choice shows; the stored value stays 是/否 (field-values.ts). */
const BOOL_TEXT: Record<string, MessageKey> = { 是: 'common_yes', 否: 'common_no' };

interface FieldInputProps {
  def: FieldDef;
  /** Profile path of the value, e.g. `basic.name` or `education[1].endDate` (ties the error to it). */
  path: string;
  value: unknown;
  profile: Profile;
  error: string | undefined;
  onChange: (value: unknown) => void;
  /** Accessible name when the visible label is a table header. */
  ariaLabel?: string;
}

/** One input for a profile value: the control chosen by the field kind, and its inline error. */
export function FieldInput({ def, path, value, profile, error, onChange, ariaLabel }: FieldInputProps) {
  const text = displayValue(def.kind, value);
  const common = {
    id: `f-${path}`,
    'data-field': path,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-label': ariaLabel,
    'aria-describedby': error ? `e-${path}` : undefined,
    class: error ? 'invalid' : undefined,
  };
  let control;
  if (def.kind === 'select' || def.kind === 'bool') {
    const options = def.kind === 'bool' ? ['是', '否'] : (def.options?.(profile) ?? []);
    // Keep a value the list no longer offers visible, so switching the level never hides data.
    const shown = text !== '' && !options.includes(text) ? [...options, text] : options;
    control = (
      <select {...common} value={text} onChange={(e) => onChange(storedValue(def.kind, e.currentTarget.value))}>
        {def.kind === 'select' && <option value="">{t('options_unselected')}</option>}
        {shown.map((o) => (
          <option key={o} value={o}>
            {def.kind === 'bool' && BOOL_TEXT[o] ? t(BOOL_TEXT[o]) : o}
          </option>
        ))}
      </select>
    );
  } else if (def.kind === 'textarea') {
    control = <textarea {...common} rows={3} value={text} onInput={(e) => onChange(storedValue(def.kind, e.currentTarget.value))} />;
  } else {
    control = (
      <input
        {...common}
        type="text"
        inputMode={def.kind === 'int' || def.kind === 'optional-int' ? 'numeric' : undefined}
        placeholder={PLACEHOLDERS[def.kind] && t(PLACEHOLDERS[def.kind]!)}
        value={text}
        onInput={(e) => onChange(storedValue(def.kind, e.currentTarget.value))}
      />
    );
  }
  return (
    <>
      {control}
      {error && (
        <p class="field-error" id={`e-${path}`} data-testid="field-error" data-field={path} role="alert">
          {error}
        </p>
      )}
    </>
  );
}
