import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { StoredProfile } from '../../lib/profile/db';
import { t } from '@/lib/i18n/t';
import { localDay } from '@/lib/i18n/local-day';

interface ProfileListProps {
  profiles: readonly StoredProfile[];
  activeId: string | null;
  selectedId: string | null;
  busy: boolean;
  /**
   * The editor holds unsaved edits of the selected profile. 复制 copies what is stored and opens
   * the copy, so it waits for them to be saved or discarded, as the exports do (breaker 61
   * finding 3: the edits were dropped unasked, in neither the copy nor the original).
   */
  dirty?: boolean;
  onSelect: (id: string) => void;
  onActivate: (id: string) => void;
  onCreate: () => void;
  onDuplicate: (id: string) => void;
  onRename: (id: string, label: string) => void;
  onDelete: (id: string) => void;
  /**
   * Raised by the page once an action of the list (复制, 设为当前) has finished and the list is
   * redrawn: the selected profile's entry then takes the focus if the pressed button went away
   * under it (breaker 39: a keyboard user was sent back to the top of the page).
   */
  focusRequest?: number;
}

/** Whether the keyboard focus was dropped: the focused element was removed or disabled, leaving it on the page itself. */
function focusLost(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}

/** The stored profiles: choose one to edit, make it active, copy, rename, delete, or add a new one. */
export function ProfileList(props: ProfileListProps) {
  const { profiles, activeId, selectedId, busy, dirty = false } = props;
  const [renaming, setRenaming] = useState<{ id: string; label: string } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const renameRef = useRef<HTMLInputElement>(null);
  /** The profile whose entry takes the focus once drawn: the rename form closed in its place. */
  const focusEntry = useRef<string | null>(null);
  const entryButton = (id: string) =>
    [...(listRef.current?.querySelectorAll<HTMLElement>('[data-testid="profile-item"]') ?? [])].find((li) => li.dataset.profileId === id)?.querySelector<HTMLElement>('[data-testid="profile-select"]');

  // 重命名 replaces the entry, its pressed button included, by the form: the focus goes into the
  // name box (its text selected, to type over), and back to the entry when the form closes —
  // before the next key is handled (an effect waits for a frame: keys typed at once were lost).
  useLayoutEffect(() => {
    if (!renaming) return;
    renameRef.current?.focus();
    renameRef.current?.select();
  }, [renaming?.id]);
  useLayoutEffect(() => {
    const id = focusEntry.current;
    if (!id || renaming?.id === id) return;
    focusEntry.current = null;
    entryButton(id)?.focus();
  });
  useEffect(() => {
    if (props.focusRequest && selectedId && focusLost()) entryButton(selectedId)?.focus();
  }, [props.focusRequest]);
  /** Whether another profile than `id` is named `label` (as trimmed on 确定). */
  const takenBy = (id: string, label: string) => profiles.some((q) => q.id !== id && q.profile.label === label.trim());
  const closeRename = (id: string) => {
    focusEntry.current = id;
    setRenaming(null);
  };

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
        <ul data-testid="profile-list" ref={listRef}>
          {profiles.map((p) => {
            const active = p.id === activeId;
            const selected = p.id === selectedId;
            return (
              <li key={p.id} class={`${selected ? 'selected' : ''} ${active ? 'active' : ''}`} data-testid="profile-item" data-profile-id={p.id} data-active={active ? 'true' : 'false'}>
                {renaming?.id === p.id ? (
                  // The name another profile has is refused, as an import makes its name unique
                  // (lib/profile/labels.ts): two entries alike would leave him, and the overlay's
                  // 使用档案 line, unable to tell which is which (breaker 39).
                  <form
                    class="rename"
                    onSubmit={(e) => {
                      e.preventDefault();
                      if (renaming.label.trim() === '' || takenBy(p.id, renaming.label)) return;
                      props.onRename(p.id, renaming.label.trim());
                      closeRename(p.id);
                    }}
                    onKeyDown={(e) => {
                      if (e.key !== 'Escape') return;
                      e.preventDefault();
                      closeRename(p.id);
                    }}
                  >
                    <input
                      ref={renameRef}
                      aria-label={t('options_rename_label')}
                      data-testid="profile-rename-input"
                      value={renaming.label}
                      aria-invalid={takenBy(p.id, renaming.label) ? 'true' : undefined}
                      aria-describedby={takenBy(p.id, renaming.label) ? 'rename-taken' : undefined}
                      onInput={(e) => setRenaming({ id: p.id, label: e.currentTarget.value })}
                    />
                    <button type="submit" class="primary small" data-testid="profile-rename-ok" disabled={renaming.label.trim() === '' || takenBy(p.id, renaming.label)}>
                      {t('options_ok')}
                    </button>
                    <button type="button" class="secondary small" onClick={() => closeRename(p.id)}>
                      {t('common_cancel')}
                    </button>
                    {takenBy(p.id, renaming.label) && (
                      <p class="field-error" id="rename-taken" data-testid="profile-rename-taken" role="alert">
                        {t('options_rename_taken', renaming.label.trim())}
                      </p>
                    )}
                  </form>
                ) : (
                  <button type="button" class="item-main" aria-current={selected ? 'true' : undefined} data-testid="profile-select" onClick={() => props.onSelect(p.id)}>
                    <span class="item-label" data-testid="profile-item-label">{p.profile.label}</span>
                    <span class="item-sub">
                      {active && <span class="badge ok">{t('options_badge_active')}</span>}
                      {t('options_profile_sub', p.profile.basic.name || t('options_no_name'), localDay(p.updatedAt))}
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
                    <button type="button" class="link" data-testid="profile-duplicate" disabled={busy || dirty} onClick={() => props.onDuplicate(p.id)} title={t(dirty ? 'options_duplicate_dirty' : 'options_duplicate_hint')}>
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
