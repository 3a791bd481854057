import { t } from '@/lib/i18n/t';

/**
 * Options-page section "导出页面结构": explains the overlay's export of a page's structure
 * (lib/diagnostics), so users know what the file holds before sending it to a maintainer.
 */
export function DiagnosticsSection() {
  return (
    <section class="panel" data-testid="zc-diagnostics" aria-labelledby="zc-diagnostics-title">
      <h2 id="zc-diagnostics-title">{t('options_diag_title')}</h2>
      <p>{t('options_diag_intro')}</p>
      <ul>
        <li>{t('options_diag_contains')}</li>
        <li>{t('options_diag_excludes')}</li>
        <li>{t('options_diag_names')}</li>
      </ul>
    </section>
  );
}
