import { useEffect, useState } from 'preact/hooks';
import type { TaughtMapping } from '@/lib/fields/taught.schema';
import { readTaughtMappings, removeTaughtMapping } from '@/lib/fields/taught-store';
import { specOf } from '@/lib/fields/dictionary';
import { stepById } from '@/lib/portal/steps';
import { localStep } from '@/lib/i18n/steps';
import { t } from '@/lib/i18n/t';

/**
 * Options-page section "已教的字段": every field taught in the overlay's teach mode, by site,
 * step, the page control (its id, name or selector) and the profile field it was taught as,
 * each with 删除 — a field taught by mistake (say 联系电话 as 公民身份号码) is undone here.
 * Pages opened or reloaded afterwards no longer use it.
 */
export function TaughtSection() {
  const [mappings, setMappings] = useState<TaughtMapping[] | null>(null);

  useEffect(() => {
    void readTaughtMappings().then(setMappings);
  }, []);

  return (
    <section class="panel" data-testid="zc-taught" aria-labelledby="zc-taught-title">
      <h2 id="zc-taught-title">{t('options_taught_title')}</h2>
      <p class="muted">{t('options_taught_intro')}</p>
      {mappings !== null && mappings.length === 0 && <p data-testid="zc-taught-empty">{t('options_taught_none')}</p>}
      {mappings !== null && mappings.length > 0 && (
        <ul data-testid="zc-taught-list">
          {mappings.map((m) => (
            <li key={`${m.host}|${m.step}|${m.id}|${m.name}|${m.selector}`} data-testid="zc-taught-item" data-key={m.key ?? ''}>
              <span>{t('options_taught_item', m.host, localStep(stepById(m.step)).title, m.id || m.name || m.selector, m.key ? specOf(m.key).title : t('teach_not_profile_field'))}</span>{' '}
              <button type="button" class="secondary small" data-testid="zc-taught-remove" onClick={() => void removeTaughtMapping(m).then(setMappings)}>
                {t('options_delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
