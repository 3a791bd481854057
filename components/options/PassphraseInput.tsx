import { t } from '@/lib/i18n/t';
import { MIN_PASSPHRASE_LENGTH } from '../../lib/profile/protection';

interface PassphraseInputProps {
  label: string;
  /** A line under the field (the length rule). */
  hint?: string;
  value: string;
  testId: string;
  /** `new-password` when setting one (password managers offer to save it), else `current-password`. */
  autocomplete: 'new-password' | 'current-password';
  onInput: (value: string) => void;
  autofocus?: boolean;
}

/** One labelled password field of the 密码保护 forms. */
export function PassphraseInput({ label, hint, value, testId, autocomplete, onInput, autofocus }: PassphraseInputProps) {
  const id = `input-${testId}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        data-testid={testId}
        autocomplete={autocomplete}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={value}
        autofocus={autofocus}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * What is wrong with a new passphrase and its repetition, for the form (the same length rule
 * lib/profile/protection.ts enforces).
 * @param passphrase the new passphrase
 * @param repeat the same, typed again
 * @returns a message to show, or null when both are acceptable
 */
export function newPassphraseProblem(passphrase: string, repeat: string): string | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return t('passphrase_too_short', MIN_PASSPHRASE_LENGTH);
  if (passphrase !== repeat) return t('passphrase_mismatch');
  return null;
}
