import { useState } from 'preact/hooks';
import type { StoredProfile } from '../../lib/profile/db';
import { t } from '@/lib/i18n/t';

interface ProfileListProps {
  profiles: readonly StoredProfile[];
  activeId: string | null;
  selectedId: string | null;
  busy: boolean;
  onSelect: (id: string) => void;
  onActivate: (id: string) => void;
  onCreate: () => void;
  onDuplicate: (id: string) => void;
  onRename: (id: string, label: string) => void;
  onDelete: (id: string) => void;
}

function formatDate(iso: string): string {
  return iso.slice(0, 10);
}

/** The stored profiles: choose one to edit, make it active, copy, rename, delete, or add a new one. */
export function ProfileList(props: ProfileListProps) {
  const { profiles, activeId, selectedId, busy } = props;
  const [renaming, setRenaming] = useState<{ id: string; label: string } | null>(null);

  return (
    <section class="panel profile-list" aria-labelledby="profiles-heading">
      <div class="panel-head">
        <h2 id="profiles-heading">{t('options_profiles_heading')}</h2>
        <button type="button" class="primary small" data-testid="profile-new" disabled={busy} onClick={props.onCreate}>
          {t('options_profile_new')}
        </button>
      </div>
      {profiles.length === 0 ? (
        <p class="empty" data-testid="profile-list-empty">
          {t('options_profiles_empty')}
        </p>
      ) : (
        <ul data-testid="profile-list">
          {profiles.map((p) => {
            const active = p.id === activeId;
            const selected = p.id === selectedId;
            return (
              <li key={p.id} class={`${selected ? 'selected' : ''} ${active ? 'active' : ''}`} data-testid="profile-item" data-profile-id={p.id} data-active={active ? 'true' : 'false'}>
                {renaming?.id === p.id ? (
                  <form
                    class="rename"
                    onSubmit={(e) => {
                      e.preventDefault();
                      if (renaming.label.trim() === '') return;
                      props.onRename(p.id, renaming.label.trim());
                      setRenaming(null);
                    }}
                  >
                    <input aria-label={t('options_rename_label')} data-testid="profile-rename-input" value={renaming.label} onInput={(e) => setRenaming({ id: p.id, label: e.currentTarget.value })} />
                    <button type="submit" class="primary small" data-testid="profile-rename-ok" disabled={renaming.label.trim() === ''}>
                      {t('options_ok')}
                    </button>
                    <button type="button" class="secondary small" onClick={() => setRenaming(null)}>
                      {t('common_cancel')}
                    </button>
                  </form>
                ) : (
                  <button type="button" class="item-main" aria-current={selected ? 'true' : undefined} data-testid="profile-select" onClick={() => props.onSelect(p.id)}>
                    <span class="item-label" data-testid="profile-item-label">{p.profile.label}</span>
                    <span class="item-sub">
                      {active && <span class="badge ok">{t('options_badge_active')}</span>}
                      {t('options_profile_sub', p.profile.basic.name || t('options_no_name'), formatDate(p.updatedAt))}
                    </span>
                  </button>
                )}
                {selected && renaming?.id !== p.id && (
                  <div class="item-actions">
                    {!active && (
                      <button type="button" class="link" data-testid="profile-activate" disabled={busy} onClick={() => props.onActivate(p.id)}>
                        {t('options_activate')}
                      </button>
                    )}
                    <button type="button" class="link" data-testid="profile-duplicate" disabled={busy} onClick={() => props.onDuplicate(p.id)} title={t('options_duplicate_hint')}>
                      {t('options_duplicate')}
                    </button>
                    <button type="button" class="link" data-testid="profile-rename" disabled={busy} onClick={() => setRenaming({ id: p.id, label: p.profile.label })}>
                      {t('options_rename')}
                    </button>
                    <button type="button" class="link danger" data-testid="profile-delete" disabled={busy} onClick={() => props.onDelete(p.id)}>
                      {t('options_delete')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
