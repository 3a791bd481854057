import { t } from '@/lib/i18n/t';

/**
 * The row under a preview or a choice: the primary button that carries it out, then 取消.
 * @param testId the primary button's contract hook (`zc-autofill-apply`, `zc-capture-apply`, `zc-teach-save`).
 * @param label the primary button's text.
 * @param disabled whether there is nothing to carry out yet.
 */
export function ConfirmActions({
  testId,
  label,
  disabled = false,
  onConfirm,
  onCancel,
}: {
  testId: string;
  label: string;
  disabled?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <div class="zc-actions">
      <button type="button" class="zc-btn zc-primary" data-testid={testId} disabled={disabled} onClick={onConfirm}>
        {label}
      </button>
      <button type="button" class="zc-btn" onClick={onCancel}>
        {t('common_cancel')}
      </button>
    </div>
  );
}
