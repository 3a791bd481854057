import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '@/components/options/download';
import type { FieldMapPack } from '@/lib/packs/schema';
import { MAX_PACK_BYTES, parsePackFile } from '@/lib/packs/validate';
import { installPack, listPacks, packFileText, removePack } from '@/lib/packs/store';
import { t } from '@/lib/i18n/t';

/**
 * Options-page section "字段映射包": import a `zc-fieldmap` file a helpdesk shared (teach-mode
 * mappings, label synonyms and step hints for one site), see the installed packs, export or
 * remove one (issue 8). A refused file shows every reason (lib/packs messages, Chinese in both
 * languages) and changes nothing.
 */
export function PacksSection() {
  const [packs, setPacks] = useState<FieldMapPack[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void listPacks().then(setPacks);
  }, []);

  async function importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // An oversized file is not read at all; the rest is read as bytes, so that its encoding is checked.
    const result = file.size > MAX_PACK_BYTES ? { ok: false as const, errors: [t('pack_too_big')] } : parsePackFile(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(null);
      return;
    }
    setErrors([]);
    setPacks(await installPack(result.pack));
    setStatus(t('options_packs_imported', result.pack.site));
  }

  function exportPack(pack: FieldMapPack): void {
    downloadText(packFileText(pack), t('options_packs_file_name', pack.site));
  }

  return (
    <section class="panel" data-testid="zc-packs" aria-labelledby="zc-packs-title">
      <h2 id="zc-packs-title">{t('options_packs_title')}</h2>
      <p class="muted">{t('options_packs_intro')}</p>
      <label class="row">
        {t('options_packs_import')}
        <input type="file" accept=".json,application/json" data-testid="zc-pack-import" onChange={(e) => void importFile(e.target as HTMLInputElement)} />
      </label>
      {errors.length > 0 && (
        <div class="import-errors" role="alert" data-testid="zc-pack-import-error">
          <p>{t('options_packs_refused', errors.length)}</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {status && (
        <p role="status" data-testid="zc-pack-status">
          {status}
        </p>
      )}
      <ul data-testid="zc-pack-list">
        {packs.map((p) => (
          <li key={p.site} data-testid="zc-pack-item" data-site={p.site}>
            <span>{p.site}</span>{' '}
            <span class="muted">{t('options_packs_counts', p.mappings.length, p.synonyms?.length ?? 0, Object.keys(p.hints ?? {}).length)}</span>{' '}
            <button type="button" class="secondary small" onClick={() => exportPack(p)}>
              {t('options_export')}
            </button>
            <button type="button" class="secondary small" data-testid="zc-pack-remove" onClick={() => void removePack(p.site).then(setPacks)}>
              {t('options_remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
