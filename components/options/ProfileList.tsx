import { useState } from 'preact/hooks';
import type { StoredProfile } from '../../lib/profile/db';

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
        <h2 id="profiles-heading">档案列表</h2>
        <button type="button" class="primary small" data-testid="profile-new" disabled={busy} onClick={props.onCreate}>
          ＋ 新建
        </button>
      </div>
      {profiles.length === 0 ? (
        <p class="empty" data-testid="profile-list-empty">
          还没有档案。可以新建一份，或从文件导入。
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
                    <input aria-label="新的档案名称" data-testid="profile-rename-input" value={renaming.label} onInput={(e) => setRenaming({ id: p.id, label: e.currentTarget.value })} />
                    <button type="submit" class="primary small" data-testid="profile-rename-ok" disabled={renaming.label.trim() === ''}>
                      确定
                    </button>
                    <button type="button" class="secondary small" onClick={() => setRenaming(null)}>
                      取消
                    </button>
                  </form>
                ) : (
                  <button type="button" class="item-main" aria-current={selected ? 'true' : undefined} data-testid="profile-select" onClick={() => props.onSelect(p.id)}>
                    <span class="item-label" data-testid="profile-item-label">{p.profile.label}</span>
                    <span class="item-sub">
                      {active && <span class="badge ok">当前</span>}
                      {p.profile.basic.name || '未填姓名'} · 修改于 {formatDate(p.updatedAt)}
                    </span>
                  </button>
                )}
                {selected && renaming?.id !== p.id && (
                  <div class="item-actions">
                    {!active && (
                      <button type="button" class="link" data-testid="profile-activate" disabled={busy} onClick={() => props.onActivate(p.id)}>
                        设为当前
                      </button>
                    )}
                    <button type="button" class="link" data-testid="profile-duplicate" disabled={busy} onClick={() => props.onDuplicate(p.id)} title="复制整份档案（含照片），用于新一年的申报">
                      复制
                    </button>
                    <button type="button" class="link" data-testid="profile-rename" disabled={busy} onClick={() => setRenaming({ id: p.id, label: p.profile.label })}>
                      重命名
                    </button>
                    <button type="button" class="link danger" data-testid="profile-delete" disabled={busy} onClick={() => props.onDelete(p.id)}>
                      删除
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
