import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { emptyProfile, type Profile } from '../../lib/profile/schema';
import {
  acknowledgeVanishedProfiles,
  checkForVanishedProfiles,
  deleteProfile,
  duplicateProfile,
  getActiveProfileId,
  getProfile,
  listProfiles,
  ProfileDbError,
  renameProfile,
  requestPersistentStorage,
  restoreProfile,
  saveProfile,
  setActiveProfile,
  type StoredProfile,
} from '../../lib/profile/db';
import { getProtectionStatus, type ProtectionStatus } from '../../lib/profile/protection';
import { onProfilesChangedElsewhere } from '../../lib/profile/change-signal';
import { forgetProfileProgress, restoreProfileProgress } from '../../lib/progress/profile-progress';
import { dropUnsavedDraft, holdDraftPage, keepUnsavedDraftsAgain, lastUnsavedDraftProfileId, newDraftPageId } from '../../lib/profile/unsaved-draft';
import { t, type MessageKey } from '@/lib/i18n/t';
import { ImportExportPanel } from './ImportExportPanel';
import { PassphrasePanel } from './PassphrasePanel';
import { UnlockPanel } from './UnlockPanel';
import { OPTIONS_PANELS } from './panels';
import { SETTINGS_SECTIONS } from '../settings/sections';
import { ProfileEditor } from './ProfileEditor';
import { ProfileList } from './ProfileList';
import { yearNotesText } from './year-notes-text';
import { suggestCopyLabel } from './labels';
import { uniqueLabel } from '@/lib/profile/labels';
import './options.css';

type StorageProblem = { kind: ProfileDbError['kind']; text: string } | null;

/** What the footer says about the browser's answer to the persistent-storage request. */
const PERSIST_TEXT = {
  persisted: 'options_persist_persisted',
  denied: 'options_persist_denied',
  unsupported: 'options_persist_unsupported',
} as const satisfies Record<string, MessageKey>;

/** How long the 撤销 button stays after a delete (milliseconds). */
const UNDO_MS = 15_000;

/**
 * The options page: profile list, import/export, the tool panels (components/options/panels.tsx)
 * and the editor for the selected profile.
 * Talks to IndexedDB directly (same extension origin); never depends on the background.
 * Follows changes other pages announce (lib/profile/change-signal.ts): re-reads at once when the
 * editor holds no unsaved edits (or when the profiles were locked), otherwise re-reads the list
 * and, when the edited profile itself changed, says so and offers 载入最新 (probe 14a T1, L1a;
 * breaker 30b O3).
 */
export function OptionsApp() {
  const [profiles, setProfiles] = useState<StoredProfile[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  /** Passphrase protection as last read; null before the first read. */
  const [protection, setProtection] = useState<ProtectionStatus | null>(null);
  const [problem, setProblem] = useState<StorageProblem>(null);
  const [vanished, setVanished] = useState<string | null>(null);
  const [persist, setPersist] = useState<keyof typeof PERSIST_TEXT | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  /** A deleted profile for 撤销, with its progress (lib/progress/profile-progress.ts), forgotten with it. */
  const [undo, setUndo] = useState<{ record: StoredProfile; wasActive: boolean; progress: unknown } | null>(null);
  /**
   * The list's buttons go away under the keyboard focus (删除 its entry, 复制 and 设为当前 their
   * own button, 撤销 its banner): raised when such an action has finished, to put a focus dropped
   * on the page where he goes on — the selected entry (listFocus), or 撤销 after 删除 (undoFocus)
   * (breaker 39).
   */
  const [listFocus, setListFocus] = useState(0);
  const [undoFocus, setUndoFocus] = useState(0);
  const undoRef = useRef<HTMLButtonElement>(null);
  const [dirty, setDirty] = useState(false);
  /** This page's id for the unsaved edits it keeps: pages never drop each other's (breaker 31b B10). */
  const [draftPageId] = useState(newDraftPageId);
  // Open while this page is: other pages' 恢复 / 丢弃 leave its kept edits alone (fix32a).
  useEffect(() => holdDraftPage(draftPageId), []);
  const [pendingSelect, setPendingSelect] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The editor's current draft, tagged with its profile id (the tool panels read it). */
  const [draft, setDraft] = useState<{ id: string; profile: Profile } | null>(null);
  /** Another page changed the profiles while this one had unsaved edits. */
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  /** Bumped by 载入最新 so the editor opens afresh from the stored profile. */
  const [reloads, setReloads] = useState(0);
  /** `dirty` and the profile in the editor, for the change listener, which is set up once. */
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;
  const selectedNow = useRef<StoredProfile | null>(null);

  /** Runs a storage action, showing its failure as a banner instead of throwing. */
  async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    try {
      const value = await work();
      setProblem(null);
      return value;
    } catch (e) {
      const err = e instanceof ProfileDbError ? e : new ProfileDbError('unavailable', undefined, { cause: e });
      // Locked from another page (锁定 there): show the unlock form, not an error banner.
      if (err.kind === 'locked') void getProtectionStatus().then(setProtection, () => undefined);
      else setProblem({ kind: err.kind, text: err.userMessage });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  /**
   * Reads the profiles and the protection.
   * @param select the profile to open; undefined keeps the open one (or the active one)
   * @param toKeptDraft open instead the profile whose unsaved edits an earlier page kept (probe 14a
   *   R1), so they are offered back. Looked up only once the database opened here: the look-up
   *   hides its failures, and an open request of its own would hold back the 'blocked' message.
   */
  async function refresh(select?: string | null, toKeptDraft = false) {
    await guarded(async () => {
      const status = await getProtectionStatus();
      setProtection(status);
      if (status.enabled && !status.unlocked) {
        // Locked (here or in another page): drop the profiles held in memory too, and what names
        // them on screen (已复制为“…”). The editor goes, so nothing is being edited any more: the
        // next change elsewhere (解锁) is followed (breaker 30b O2), and the page says the unsaved
        // edits went (PassphrasePanel only locks a clean page, so they went in another page's 锁定).
        setProfiles([]);
        setActiveId(null);
        setSelectedId(null);
        setDraft(null);
        setMessage(dirtyNow.current ? t('options_edits_dropped_locked') : null);
        setDirty(false);
        setChangedElsewhere(false);
        return;
      }
      const [all, active, kept] = await Promise.all([listProfiles(), getActiveProfileId(), toKeptDraft ? lastUnsavedDraftProfileId() : undefined]);
      setProfiles(all);
      setActiveId(active);
      setSelectedId((current) => {
        const wanted = kept ?? (select !== undefined ? select : current);
        return all.some((p) => p.id === wanted) ? wanted : (active ?? all[0]?.id ?? null);
      });
      setLoaded(true);
    });
  }

  /** Reads the profiles, opening the one whose unsaved edits an earlier page kept (probe 14a R1). */
  const refreshToKeptDraft = () => refresh(undefined, true);

  useEffect(() => {
    void (async () => {
      await refreshToKeptDraft();
      const gone = await checkForVanishedProfiles().catch(() => null);
      setVanished(gone?.userMessage ?? null);
      setPersist(await requestPersistentStorage().catch(() => 'unsupported' as const));
    })();
    return onProfilesChangedElsewhere(() => void followElsewhere());
  }, []);

  /**
   * Another page changed profiles or their protection: follow it unless that would drop edits.
   * With unsaved edits, the list still follows, and the editor is warned only when its own profile
   * changed or went (breaker 30b O3: importing or deleting another profile does not concern it).
   */
  async function followElsewhere() {
    // A protection change there dropped this page's kept edits: kept again, sealed for it (b7d finding 5).
    void keepUnsavedDraftsAgain();
    const status = await getProtectionStatus().catch(() => null);
    // 锁定 elsewhere hides the decrypted data here too, unsaved edits or not (a shared computer).
    const lockedNow = status?.enabled === true && !status.unlocked;
    const edited = selectedNow.current;
    if (dirtyNow.current && !lockedNow && edited) {
      const now = await getProfile(edited.id).catch(() => null);
      // Refreshing would open another profile in place of a vanished one, dropping the edits.
      if (now?.updatedAt !== edited.updatedAt) return setChangedElsewhere(true);
    }
    await refresh();
  }
  /** 载入最新: drops the unsaved edits and shows what is stored now. */
  const loadLatest = async () => {
    setChangedElsewhere(false);
    if (selectedNow.current) void dropUnsavedDraft(selectedNow.current.id, draftPageId);
    await afterChange();
    setReloads((n) => n + 1);
  };

  const locked = protection?.enabled === true && !protection.unlocked;
  const selected = profiles.find((p) => p.id === selectedId) ?? null;
  selectedNow.current = selected;
  // A change elsewhere noted while editing is followed once nothing is edited any more (放弃修改,
  // or the edits typed back): the clean editor then takes the stored version, instead of showing
  // the one it was opened with as stored (breaker 30b O1). A save clears `changedElsewhere` first.
  useEffect(() => {
    if (!changedElsewhere || dirty) return;
    setChangedElsewhere(false);
    void refresh();
  }, [changedElsewhere, dirty]);

  const active = profiles.find((p) => p.id === activeId) ?? null;
  const otherLabels = useMemo(() => profiles.filter((p) => p.id !== selectedId).map((p) => p.profile.label), [profiles, selectedId]);
  const editedProfile = selected ? (draft?.id === selected.id ? draft.profile : selected.profile) : null;

  const select = (id: string) => {
    if (id === selectedId) return;
    if (dirty) setPendingSelect(id);
    else setSelectedId(id);
  };
  const afterChange = async (select?: string | null) => {
    setDirty(false);
    setPendingSelect(null);
    await refresh(select);
  };

  /**
   * After an import or a restore: the new profile is opened, as a click on it in the list would —
   * with unsaved edits in the editor, not at once: the editor stays, and the 切换 banner asks
   * (放弃修改并切换 / 继续编辑), instead of dropping the edits unasked (importing last year's file
   * while typing this year's changes).
   */
  const afterImport = async (id: string | undefined) => {
    if (!dirtyNow.current || !id) return afterChange(id);
    await refresh();
    setPendingSelect(id);
  };

  const create = async () => {
    const label = uniqueLabel(t('options_new_profile_label'), profiles.map((p) => p.profile.label));
    const stored = await guarded(() => saveProfile({ profile: emptyProfile(label) }, { activate: activeId === null }));
    if (stored) await afterChange(stored.id);
  };
  const duplicate = async (id: string) => {
    const source = profiles.find((p) => p.id === id);
    // The copy is made from what is stored: unsaved edits wait (ProfileList's `dirty`).
    if (!source || dirtyNow.current) return;
    const copy = await guarded(() => duplicateProfile(id, suggestCopyLabel(source.profile.label, profiles.map((p) => p.profile.label))));
    if (copy) {
      setMessage(t('options_duplicated', copy.profile.label) + yearNotesText(copy.profile));
      await afterChange(copy.id);
      setListFocus((n) => n + 1);
    }
  };
  const remove = async (id: string) => {
    const result = await guarded(() => deleteProfile(id));
    if (!result) return;
    // The applicant's progress goes with his profile: the next applicant must not inherit it.
    const progress = await forgetProfileProgress(id);
    setUndo({ record: result.deleted, wasActive: result.wasActive, progress });
    await afterChange(null);
    setUndoFocus((n) => n + 1);
  };
  useEffect(() => {
    if (undoFocus && (!document.activeElement || document.activeElement === document.body)) undoRef.current?.focus();
  }, [undoFocus]);
  /** 撤销 is used up only by a restore that worked (a failed one, e.g. locked elsewhere, keeps it). */
  const undoDelete = async () => {
    if (!undo) return;
    const { record, wasActive, progress } = undo;
    const restore = async () => {
      // A name another profile took meanwhile (his file imported again, here or in another page)
      // is not given twice: the one put back gets the next free name, as an import would
      // (breaker 61 finding 4).
      const label = uniqueLabel(record.profile.label, (await listProfiles()).map((p) => p.profile.label));
      await restoreProfile(label === record.profile.label ? record : { ...record, profile: { ...record.profile, label } }, wasActive);
      return true;
    };
    if (!(await guarded(restore))) return;
    setUndo(null);
    await restoreProfileProgress(record.id, progress);
    await afterChange(record.id);
    setListFocus((n) => n + 1);
  };
  // 撤销 stays UNDO_MS of unlocked time: while locked the clock stops, as the undo cannot be used
  // then (breaker 30b O5).
  useEffect(() => {
    if (!undo || locked) return;
    const timer = setTimeout(() => {
      setUndo(null);
      setListFocus((n) => n + 1);
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo, locked]);

  return (
    <div class="app">
      <header class="topbar">
        <div>
          <h1>{t('options_title')}</h1>
          <p class="subtitle">{t('options_subtitle')}</p>
        </div>
        <div class="active-box">
          <span class="active-caption">{t('options_active_caption')}</span>
          {/* Holds only the label (empty when none), so scripts can wait for non-empty text. */}
          <strong data-testid="profile-active">{locked ? '' : (active?.profile.label ?? '')}</strong>
          {locked ? <span class="none" data-testid="profiles-locked">{t('passphrase_locked_badge')}</span> : !active && <span class="none">{t('options_active_none')}</span>}
        </div>
      </header>

      {problem && (
        <div class="banner error" role="alert" data-testid="storage-problem" data-kind={problem.kind}>
          <p>{problem.text}</p>
          <button type="button" class="secondary small" data-testid="storage-retry" onClick={() => void refresh()}>
            {t('options_retry')}
          </button>
        </div>
      )}
      {vanished && (
        <div class="banner warn" role="alert" data-testid="storage-vanished">
          <p>{vanished}</p>
          <button type="button" class="secondary small" onClick={() => void acknowledgeVanishedProfiles().then(() => setVanished(null))}>
            {t('options_got_it')}
          </button>
        </div>
      )}
      {message && (
        <div class="banner info" role="status" data-testid="options-message">
          <p>{message}</p>
          <button type="button" class="link" aria-label={t('options_close_message')} onClick={() => setMessage(null)}>
            ×
          </button>
        </div>
      )}
      {undo && (
        <div class="banner info" role="status" data-testid="profile-deleted">
          {locked ? (
            // Locked: the deleted profile's name leaves the screen, and 撤销 waits for 解锁 (O5).
            <p>{t('options_deleted_locked')}</p>
          ) : (
            <>
              <div class="banner-text">
                <p>{t('options_deleted', undo.record.profile.label)}</p>
                {/* deleteProfile makes the oldest remaining profile active: said, not done silently. */}
                {undo.wasActive && active && <p data-testid="profile-now-active">{t('options_deleted_now_active', active.profile.label)}</p>}
              </div>
              <button type="button" class="primary small" data-testid="profile-undo" ref={undoRef} onClick={() => void undoDelete()}>
                {t('options_undo')}
              </button>
            </>
          )}
        </div>
      )}
      {changedElsewhere && dirty && (
        <div class="banner warn" role="alert" data-testid="changed-elsewhere">
          <p>{t('options_changed_elsewhere')}</p>
          <button type="button" class="secondary small" onClick={() => void loadLatest()}>
            {t('options_load_latest')}
          </button>
        </div>
      )}
      {pendingSelect && (
        <div class="banner warn" role="alert" data-testid="unsaved-switch">
          {/* Named: after an import the edited profile is no longer the 当前档案 (the imported one is). */}
          <p>{t('options_unsaved_switch', selected?.profile.label ?? '', profiles.find((p) => p.id === pendingSelect)?.profile.label ?? '')}</p>
          <button type="button" class="secondary small" data-testid="unsaved-discard" onClick={() => { setDirty(false); if (selectedId) void dropUnsavedDraft(selectedId, draftPageId); setSelectedId(pendingSelect); setPendingSelect(null); }}>
            {t('options_discard_and_switch')}
          </button>
          <button type="button" class="secondary small" onClick={() => setPendingSelect(null)}>
            {t('options_keep_editing')}
          </button>
        </div>
      )}

      {locked ? (
        <UnlockPanel onUnlocked={(text) => { setMessage(text); void refreshToKeptDraft(); }} />
      ) : (
        <div class="layout">
          <aside>
            {!loaded && !problem && (
              <p class="panel empty" data-testid="profiles-loading">
                {t('options_loading')}
              </p>
            )}
            {loaded && (
              <ProfileList
                profiles={profiles}
                activeId={activeId}
                selectedId={selectedId}
                busy={busy}
                dirty={dirty}
                onSelect={select}
                onActivate={(id) => void guarded(() => setActiveProfile(id)).then(() => refresh()).then(() => setListFocus((n) => n + 1))}
                onCreate={() => void create()}
                onDuplicate={(id) => void duplicate(id)}
                onRename={(id, label) => void guarded(() => renameProfile(id, label)).then(() => refresh())}
                onDelete={(id) => void remove(id)}
                focusRequest={listFocus}
              />
            )}
            <ImportExportPanel
              selected={selected}
              dirty={dirty}
              onImported={(stored) => void afterImport(stored.id)}
              onRestored={(_stored, opened) => void afterImport(opened?.id)}
              onMessage={setMessage}
            />
            {loaded && protection && (
              <PassphrasePanel status={protection} profileCount={profiles.length} dirty={dirty} onChanged={(text) => { setMessage(text); void refresh(); }} />
            )}
          </aside>
          <main>
            {OPTIONS_PANELS.map(({ id, Component }) => (
              <Component key={id} profile={editedProfile} />
            ))}
            {selected ? (
              <ProfileEditor
                key={`${selected.id}:${reloads}`}
                stored={selected}
                pageId={draftPageId}
                onSaved={(saved) => {
                  setChangedElsewhere(false);
                  void refresh(saved.id);
                }}
                onLoadLatest={() => void loadLatest()}
                onDirtyChange={setDirty}
                onDraftChange={(profile) => setDraft({ id: selected.id, profile })}
                otherLabels={otherLabels}
              />
            ) : (
              loaded && (
                <div class="panel empty-editor">
                  <h2>{t('options_start_title')}</h2>
                  <p>{t('options_start_text')}</p>
                </div>
              )
            )}
          </main>
        </div>
      )}

      <section class="settings" aria-labelledby="settings-title">
        <h2 id="settings-title">{t('options_settings_title')}</h2>
        {SETTINGS_SECTIONS.map(({ id, Component }) => (
          <Component key={id} />
        ))}
      </section>

      <footer class="footer">
        <span data-testid="storage-persist" data-state={persist ?? ''}>
          {persist ? t(PERSIST_TEXT[persist]) : ''}
        </span>
        <span>{t('options_privacy_footer')}</span>
      </footer>
    </div>
  );
}
