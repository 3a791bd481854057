import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Profile } from '../../lib/profile/schema';
import { ProfileDbError, saveProfile, type PhotoInfo, type StoredProfile } from '../../lib/profile/db';
import { validateProfile } from '../../lib/profile/issues';
import { contentProblems, contentWarnings, duplicateRows } from '../../lib/profile/field-checks';
import { FieldInput } from './Field';
import { withValue } from './field-values';
import { PhotoField } from './PhotoField';
import { usePhotoProblems } from './photo-hooks';
import { RecordTable } from './RecordTable';
import { draftChanges, dropOfferedDrafts, dropUnsavedDraft, keepUnsavedDraft, KEPT_PHOTO_PATH, parsePath, photoPrint, placeIn, readUnsavedDraft, withValueAt, type DraftChange, type DraftPhoto, type OlderKept, type UnsavedDraft } from '../../lib/profile/unsaved-draft';
import { SECTIONS, type FieldDef, type FormSectionDef, type SectionDef, type SectionStep } from '../../lib/profile/editor-sections';
import { t, tCount, uiLanguage, type MessageKey } from '@/lib/i18n/t';
import { errorText } from '../../lib/error-text';
import { staleYearNotes } from '../../lib/profile/year-notes';

const LABEL_FIELD: FieldDef = { key: 'label', label: 'options_label_field', kind: 'text' };

/** Quiet time after the last edit before the draft is kept for the next page (milliseconds). */
const KEEP_DRAFT_DELAY_MS = 500;

/** `第 3 项` / `Item 3`, or the series page's name. */
function stepText(step: SectionStep): string {
  return step === 'series' ? t('options_step_series') : t('options_step_item', step);
}

interface ProfileEditorProps {
  stored: StoredProfile;
  /** The options page's id for the unsaved edits it keeps (newDraftPageId, one per page). */
  pageId: string;
  onSaved: (stored: StoredProfile) => void;
  onDirtyChange: (dirty: boolean) => void;
  /** Receives the draft whenever it changes (the page's tool panels follow unsaved edits). */
  onDraftChange: (draft: Profile) => void;
  /** 载入最新: the page re-reads the profiles and opens this one afresh, dropping the draft. */
  onLoadLatest: () => void;
  /** The labels of the other stored profiles: 档案名称 must differ from them, as 重命名's (ProfileList). */
  otherLabels?: readonly string[];
}

const NO_LABELS: readonly string[] = [];

/**
 * The name of a DraftChange path as the editor shows it: the field's label, a table's title, a
 * cell as `学位（学历）教育情况 第 2 行 毕业院校`, 个人照片 for KEPT_PHOTO_PATH.
 */
function fieldName(path: string): string {
  if (path === 'label') return t(LABEL_FIELD.label);
  const { key, index, sub } = parsePath(path);
  for (const def of SECTIONS) {
    if (def.kind === 'photo' && path === KEPT_PHOTO_PATH) return t(def.title);
    if (def.kind === 'table' && def.id === key) {
      const column = def.columns.find((c) => c.key === sub);
      return index === undefined ? t(def.title) : t('options_table_cell', t(def.title), index + 1, column ? t(column.label) : (sub ?? ''));
    }
    const field = def.kind === 'form' ? def.fields.find((f) => (def.object ? `${def.object}.${f.key}` : f.key) === path) : undefined;
    if (field) return t(field.label);
  }
  return path;
}

/** The names of DraftChange paths (fieldName), listed, and 个人照片 when `photo`. */
function fieldNames(changes: readonly DraftChange[], photo = false): string {
  return [...changes.map((c) => c.path), ...(photo ? [KEPT_PHOTO_PATH] : [])].map(fieldName).join(t('options_list_separator'));
}

/** When edits were kept, as the offer shows it (local date and time). */
const keptTime = (keptAt: string) => new Date(keptAt).toLocaleString(uiLanguage(), { hour12: false });

/**
 * The values older pages kept for offered fields, listed: `手机号码 为“137…”（time 暂存）`; a
 * value that is not text (a whole table, a photo) by its field and time only.
 */
function olderNames(older: readonly OlderKept[]): string {
  const item = ({ path, now, keptAt }: OlderKept) =>
    typeof now === 'string' || typeof now === 'number'
      ? t('options_kept_draft_older_value', fieldName(path), now, keptTime(keptAt))
      : t('options_kept_draft_older_time', fieldName(path), keptTime(keptAt));
  return older.map(item).join(t('options_list_separator'));
}

/** Whether two stored versions differ at most in the label (a rename from this page's list). */
function sameExceptLabel(a: StoredProfile, b: StoredProfile): boolean {
  const content = (s: StoredProfile) => JSON.stringify([{ ...s.profile, label: '' }, s.photoInfo, s.photo?.size, s.fileExtras]);
  return content(a) === content(b);
}

/**
 * The edits made since a save started, put onto the record that save stored (breaker 30b O4):
 * each top-level part of the profile (a section, the label) changed in `current` since `sent`
 * went to the database is kept as typed; the others take the stored value.
 * @param sent the draft handed to saveProfile
 * @param current the draft now, possibly edited while the save ran
 * @param saved the profile as stored by that save
 * @returns `saved` when nothing was edited meanwhile, else the draft rebased onto it
 */
export function rebaseEdits(sent: Profile, current: Profile, saved: Profile): Profile {
  if (current === sent) return saved;
  const edited = (key: string) => JSON.stringify((current as Record<string, unknown>)[key]) !== JSON.stringify((sent as Record<string, unknown>)[key]);
  return { ...saved, ...Object.fromEntries(Object.entries(current).filter(([key]) => edited(key))) } as Profile;
}

/** Why a save was refused because of another page, and what the editor offers then. */
type RefusedSave = 'edited-elsewhere' | 'deleted-elsewhere' | 'locked';
const REFUSED_TEXT = {
  'edited-elsewhere': 'options_edited_elsewhere',
  'deleted-elsewhere': 'options_deleted_elsewhere',
  locked: 'options_locked_save',
} as const satisfies Record<RefusedSave, MessageKey>;

interface PhotoDraft {
  photo: Blob | null;
  info: PhotoInfo | null;
  /** The stored photo he started from, when not `base`'s (restored from an earlier page: DraftPhoto.from). */
  from?: DraftPhoto['from'];
}

/** Path prefix of a section's values, for counting its problems. */
function sectionPrefix(def: SectionDef): string[] {
  if (def.kind === 'form') return def.object ? [`${def.object}.`] : def.fields.map((f) => f.key);
  if (def.kind === 'table') return [`${def.id}[`];
  return ['photo'];
}

function countIn(def: SectionDef, errors: ReadonlyMap<string, unknown>): number {
  const prefixes = sectionPrefix(def);
  return [...errors.keys()].filter((p) => prefixes.some((x) => p === x || p.startsWith(x))).length;
}

function FormFields({
  def,
  profile,
  errors,
  warnings,
  onChange,
}: {
  def: FormSectionDef;
  profile: Profile;
  errors: ReadonlyMap<string, string>;
  /** Hints that do not block 保存 (field-checks.ts contentWarnings), shown where there is no error. */
  warnings: ReadonlyMap<string, string>;
  onChange: (p: Profile) => void;
}) {
  const holder = (def.object ? profile[def.object] : profile) as Record<string, unknown>;
  return (
    <div class={`form-grid ${def.fields.some((f) => f.kind === 'textarea') ? 'wide' : ''}`}>
      {def.fields.map((f) => {
        const path = def.object ? `${def.object}.${f.key}` : f.key;
        const set = (value: unknown) =>
          onChange(def.object ? { ...profile, [def.object]: withValue(holder, f.key, value) } : withValue(profile, f.key, value));
        return (
          <div class={`field ${f.kind === 'textarea' ? 'span-all' : ''}`} key={f.key}>
            <label for={`f-${path}`}>
              {t(f.label)}
              {f.required && <span class="required" title={t('options_required_title')}>*</span>}
            </label>
            <FieldInput def={f} path={path} value={holder[f.key]} profile={profile} error={errors.get(path)} onChange={set} />
            {!errors.has(path) && warnings.has(path) && (
              <p class="field-warning" data-testid="field-warning" data-field={path} role="status">
                {warnings.get(path)}
              </p>
            )}
            {f.hint && <p class="hint">{t(f.hint)}</p>}
          </div>
        );
      })}
    </div>
  );
}

/**
 * Edits every section of one stored profile. Changes stay in a draft until 保存; 已保存 is shown
 * only after the IndexedDB transaction completed. Problems appear inline under the value they
 * concern (the schema's messages, lib/profile/issues, and the content rules of lib/profile/field-checks,
 * such as the 公民身份号码 check digit; Chinese in both languages), and saving waits until there
 * are none. The form (`profile-editor`) is `aria-busy` until the look-up of edits earlier pages
 * kept has answered: their offer (`unsaved-draft-offer`) is shown by then or not at all.
 */
export function ProfileEditor({ stored, pageId, onSaved, onDirtyChange, onDraftChange, onLoadLatest, otherLabels = NO_LABELS }: ProfileEditorProps) {
  const [draft, setDraft] = useState<Profile>(stored.profile);
  /** The stored version the draft was made from: a save is refused once the stored one moved on. */
  const [base, setBase] = useState(stored);
  const [refused, setRefused] = useState<RefusedSave | null>(null);
  const [photo, setPhoto] = useState<PhotoDraft | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error' | 'saving' | 'note'; text: string } | null>(null);
  /**
   * What restored fields held when he started editing them on an earlier page, where that differs
   * from `base` (saved elsewhere since): kept again as such, so the next page still names the
   * conflict (breaker 31b B6).
   */
  const [startedFrom, setStartedFrom] = useState<ReadonlyMap<string, unknown>>(new Map());
  const [openAll, setOpenAll] = useState<boolean | null>(null);
  /**
   * The sections open now, as the page shows them (their toggle events: opened by him, or by a
   * problem). A problem opens a folded section; its end must not fold it again under his hands —
   * the corrected 学历 date typed, the photo fixer's result taken (breaker 39) — so an open
   * section stays open until he folds it.
   */
  const [openNow, setOpenNow] = useState<ReadonlySet<string>>(new Set());
  const noteToggle = (id: string, open: boolean) =>
    setOpenNow((now) => {
      if (now.has(id) === open) return now;
      const next = new Set(now);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });

  // Shape problems from the schema, then content problems (公民身份号码 check digit), which name
  // the same field more precisely where both apply.
  const errors = useMemo(() => {
    const checked = validateProfile(draft);
    const shape = checked.ok ? [] : checked.issues.map((i) => [i.path, i.message] as const);
    // Another profile's name is refused as 重命名 refuses it (ProfileList): two entries alike in
    // the list and in the overlay's 使用档案 line (breaker 39).
    const taken = typeof draft.label === 'string' && otherLabels.includes(draft.label.trim()) ? [['label', t('options_rename_taken', draft.label.trim())] as const] : [];
    return new Map([...shape, ...contentProblems(draft), ...taken]);
  }, [draft, otherLabels]);
  const warnings = useMemo(() => contentWarnings(draft), [draft]);
  // A row repeating another is a problem of its table (opened, counted), not of the profile: it does not block 保存.
  const duplicates = useMemo(() => duplicateRows(draft), [draft]);
  const changes = useMemo(() => draftChanges(base.profile, draft, startedFrom), [draft, base, startedFrom]);
  const edited = changes.length > 0;
  const dirty = photo !== null || edited;
  /** Edits kept by earlier pages (probe 14a R1): undefined while being read, null when none or answered. */
  const [kept, setKept] = useState<UnsavedDraft | null | undefined>(undefined);
  useEffect(() => void readUnsavedDraft(stored).then(setKept), []);
  // This page's unsaved edits (a new photo too) are kept for the next page, as the browser closes
  // this one without asking when the extension is updated; gone once nothing is edited (保存,
  // 放弃修改, typed back). Also while an earlier page's edits are on offer: those stay in their
  // own entries (B4). A photo the disk has no room for is said (the rest is kept).
  useEffect(() => {
    if (!dirty) return void dropUnsavedDraft(stored.id, pageId);
    const timer = setTimeout(() => void keepThisPage(changes, photo).then(notePhotoNotKept), KEEP_DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [changes, photo]);

  // The stored record changed (our own save, or a rename from the list): follow it, keeping
  // unsaved edits except the label, which the list owns. Unsaved edits stay based on the version
  // they were made from unless only the label changed, so another page's change is never
  // overwritten by them (probe 14a T3).
  useEffect(() => {
    if (!dirty) setDraft(stored.profile);
    // A label typed while our own save ran differs from nothing the list did: it stays (O4).
    else if (stored.profile.label !== base.profile.label) setDraft((d) => ({ ...d, label: stored.profile.label }));
    if (!dirty || sameExceptLabel(base, stored)) setBase(stored);
  }, [stored.updatedAt]);
  useEffect(() => onDirtyChange(dirty), [dirty]);
  useEffect(() => onDraftChange(draft), [draft]);

  // Typing ends an old 已保存 or error line, but not 正在保存… (the save still runs, and 保存 stays
  // disabled until it ends: a second save based on the same version would be refused).
  const clearStatus = () => setStatus((s) => (s?.kind === 'saving' ? s : null));
  /**
   * Keeps this page's edits and photo (keepUnsavedDraft), the photo with the stored one he started
   * from: `base`'s, or the one an earlier page started from (breaker b7d finding 4).
   */
  const keepThisPage = async (edits: DraftChange[], picked: PhotoDraft | null) => {
    const from = picked && (picked.from !== undefined ? picked.from : await photoPrint(base.photo).catch(() => undefined));
    return keepUnsavedDraft(stored.id, pageId, edits, picked ? { ...picked, from } : undefined);
  };
  const notePhotoNotKept = (result: Awaited<ReturnType<typeof keepUnsavedDraft>>) => {
    if (result === 'photo-not-kept') setStatus((s) => (s?.kind === 'saving' ? s : { kind: 'error', text: t('options_kept_draft_photo_not_kept') }));
  };
  const update = (next: Profile) => {
    setDraft(next);
    clearStatus();
  };
  /** An edit computed from the draft when it applies (RecordTable: a table not redrawn holds an older draft). */
  const updateWith = (edit: (draft: Profile) => Profile) => {
    setDraft(edit);
    clearStatus();
  };
  const updatePhoto = (next: PhotoDraft) => {
    setPhoto(next);
    clearStatus();
  };

  const save = async () => {
    setStatus({ kind: 'saving', text: t('options_saving') });
    try {
      const saved = await saveProfile({ id: stored.id, profile: draft, basedOn: base.updatedAt, ...photoChange });
      afterSave(saved);
    } catch (e) {
      showSaveError(e);
    }
  };
  const photoChange = photo ? { photo: photo.photo, photoInfo: photo.info } : {};
  /**
   * The save of this render's draft and photo completed. Edits made while it ran stay, rebased
   * onto the stored record and still unsaved (breaker 30b O4); the state updaters see them,
   * this render's `draft` and `photo` are what was sent.
   */
  const afterSave = (saved: StoredProfile) => {
    setPhoto((current) => (current === photo ? null : current));
    setDraft((current) => rebaseEdits(draft, current, saved.profile));
    setBase(saved);
    setStartedFrom(new Map());
    setRefused(null);
    onSaved(saved);
    setStatus({ kind: 'saved', text: t('options_saved_at', new Date(saved.updatedAt).toLocaleTimeString(uiLanguage(), { hour12: false })) });
  };
  const showSaveError = (e: unknown) => {
    const kind = e instanceof ProfileDbError && e.kind in REFUSED_TEXT ? (e.kind as RefusedSave) : null;
    setRefused(kind);
    // The draft stays on screen and dirty; the text says what happened and what to press.
    setStatus({ kind: 'error', text: kind ? t(REFUSED_TEXT[kind]) : e instanceof ProfileDbError ? e.userMessage : t('options_save_failed', errorText(e)) });
    if (kind === 'locked') onLoadLatest();
  };
  /** 另存为新档案 after a delete elsewhere: the draft (photo included) becomes a new profile. */
  const saveAsNew = async () => {
    try {
      afterSave(await saveProfile({ profile: draft, ...(photo ? photoChange : { photo: stored.photo, photoInfo: stored.photoInfo }), fileExtras: stored.fileExtras }));
    } catch (e) {
      showSaveError(e);
    }
  };

  /**
   * 恢复: the kept changes (and photo) go onto the draft, unsaved, based on the stored version
   * (saved as usual); a table cell onto its record wherever that is now (placeIn). A field he
   * edited on this page meanwhile keeps what he typed, and the line says which (breaker 31b B5),
   * as it names cells whose record is gone. The offered entries go once this page kept the
   * result in its own.
   */
  const restoreKept = (offer: UnsavedDraft) => {
    setKept(null);
    const typedHere = new Map(changes.map((c) => [c.path, JSON.stringify(c.now)]));
    const nextStartedFrom = new Map(startedFrom);
    const notRestored: DraftChange[] = [];
    const gone: DraftChange[] = [];
    let next = draft;
    for (const c of offer.changes) {
      const path = placeIn(draft, c);
      if (path === null) gone.push(c);
      else if (!typedHere.has(path)) {
        next = withValueAt(next, path, c.now);
        nextStartedFrom.set(path, c.was);
      } else if (typedHere.get(path) !== JSON.stringify(c.now)) notRestored.push(c);
    }
    const photoTypedHere = photo !== null && offer.photo !== undefined;
    const nextPhoto = photo ?? offer.photo ?? null;
    update(next);
    setStartedFrom(nextStartedFrom);
    setPhoto(nextPhoto);
    void keepThisPage(draftChanges(base.profile, next, nextStartedFrom), nextPhoto).then(() => dropOfferedDrafts(offer.keys));
    const lines = [
      ...(notRestored.length > 0 || photoTypedHere ? [t('options_kept_draft_typed_here', fieldNames(notRestored, photoTypedHere))] : []),
      ...(gone.length > 0 ? [t('options_kept_draft_record_gone', fieldNames(gone))] : []),
      ...(offer.older.length > 0 ? [t('options_kept_draft_older_not_taken', olderNames(offer.older))] : []),
    ];
    if (lines.length > 0) setStatus({ kind: 'note', text: lines.join(' ') });
  };
  /** 丢弃: the offered edits are dropped. */
  const discardKept = (offer: UnsavedDraft) => {
    setKept(null);
    void dropOfferedDrafts(offer.keys);
  };

  const discard = () => {
    setDraft(stored.profile);
    setBase(stored);
    setStartedFrom(new Map());
    setPhoto(null);
    setStatus(null);
  };

  const currentPhoto = photo ?? { photo: stored.photo, info: stored.photoInfo };
  // A damaged photo, or one the portal's rules refuse, counts as a problem of its section (opened,
  // marked), not of the profile: it does not block 保存 (the photo fixer may still be on its way).
  const photoProblems = usePhotoProblems(currentPhoto.photo);
  // Last year's data kept for this year's application (a profile reused or copied, not only one
  // imported): said above the sections while it lasts, and gone once the draft is brought up to date.
  const yearNotes = useMemo(() => staleYearNotes(draft, new Date()), [draft]);

  return (
    // Busy until the look-up of edits earlier pages kept has answered: their offer may still come.
    <form class="editor" data-testid="profile-editor" aria-busy={kept === undefined} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div class="save-bar">
        <div class="save-state">
          {errors.size > 0 ? (
            <span class="badge error" data-testid="profile-error-count">{tCount('options_error_count', errors.size)}</span>
          ) : dirty ? (
            <span class="badge warn" data-testid="profile-dirty">{t('options_dirty')}</span>
          ) : (
            <span class="badge ok">{t('options_clean')}</span>
          )}
          {status && (
            <span class={`status ${status.kind}`} data-testid="profile-save-status" role="status">
              {status.text}
            </span>
          )}
          {refused === 'edited-elsewhere' && (
            <button type="button" class="secondary small" data-testid="profile-load-latest" onClick={onLoadLatest}>
              {t('options_load_latest')}
            </button>
          )}
          {refused === 'deleted-elsewhere' && (
            <button type="button" class="secondary small" data-testid="profile-save-as-new" onClick={() => void saveAsNew()}>
              {t('options_save_as_new')}
            </button>
          )}
        </div>
        <div class="button-row">
          <button type="button" class="secondary" onClick={() => setOpenAll(!(openAll ?? false))}>
            {openAll ? t('options_collapse_all') : t('options_expand_all')}
          </button>
          <button type="button" class="secondary" data-testid="profile-discard" disabled={!dirty || status?.kind === 'saving'} onClick={discard}>
            {t('options_discard')}
          </button>
          <button type="submit" class="primary" data-testid="profile-save" disabled={!dirty || errors.size > 0 || status?.kind === 'saving'}>
            {t('options_save')}
          </button>
        </div>
      </div>
      {kept && (
        <div class="banner warn" role="alert" data-testid="unsaved-draft-offer" data-changed-since={String(kept.changedElsewhere.length > 0)}>
          <div class="banner-text">
            <p>
              {t(
                kept.changedElsewhere.length > 0 ? 'options_kept_draft_changed' : 'options_kept_draft',
                keptTime(kept.keptAt),
                // Unchanged elsewhere: name every kept field; else the fields changed on both sides.
                kept.changedElsewhere.length > 0
                  ? fieldNames(kept.changes.filter((c) => kept.changedElsewhere.includes(c.path)), kept.changedElsewhere.includes(KEPT_PHOTO_PATH))
                  : fieldNames(kept.changes, kept.photo !== undefined),
              )}
            </p>
            {kept.older.length > 0 && <p data-testid="unsaved-draft-older">{t('options_kept_draft_older', olderNames(kept.older))}</p>}
          </div>
          <button type="button" class="primary small" data-testid="unsaved-draft-restore" onClick={() => restoreKept(kept)}>
            {t('options_kept_draft_restore')}
          </button>
          <button type="button" class="secondary small" data-testid="unsaved-draft-discard" onClick={() => discardKept(kept)}>
            {t('options_kept_draft_discard')}
          </button>
        </div>
      )}
      {yearNotes.length > 0 && (
        <div class="banner info" role="status" data-testid="profile-year-notes">
          <div class="banner-text">
            <p>{t('options_year_intro')}</p>
            <ul>
              {yearNotes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <div class="field label-field">
        <label for="f-label">{t(LABEL_FIELD.label)}</label>
        <FieldInput def={LABEL_FIELD} path="label" value={draft.label} profile={draft} error={errors.get('label')} onChange={(v) => update({ ...draft, label: v as string })} />
        <p class="hint">{t('options_label_hint')}</p>
      </div>
      {SECTIONS.map((def, i) => {
        const problems = countIn(def, errors) + (def.kind === 'photo' ? photoProblems : 0) + (def.kind === 'table' ? countIn(def, duplicates) : 0);
        return (
          <details key={def.id} class="section" data-testid="profile-section" data-section={def.id} open={openAll ?? (i < 2 || problems > 0 || openNow.has(def.id))}
            onToggle={(e) => noteToggle(def.id, e.currentTarget.open)}
          >
            <summary>
              <span class="section-title">{t(def.title)}</span>
              <span class="section-step">{stepText(def.step)}</span>
              {def.kind === 'table' && <span class="count">{tCount('options_row_count', (draft[def.id] as unknown[]).length)}</span>}
              {problems > 0 && <span class="badge error">{tCount('options_section_problems', problems)}</span>}
            </summary>
            <div class="section-body">
              {def.kind === 'table' && def.note && <p class="note">{t(def.note)}</p>}
              {def.kind === 'form' && <FormFields def={def} profile={draft} errors={errors} warnings={warnings} onChange={update} />}
              {def.kind === 'table' && <RecordTable def={def} profile={draft} errors={errors} duplicates={duplicates} onChange={updateWith} />}
              {def.kind === 'photo' && <PhotoField photo={currentPhoto.photo} info={currentPhoto.info} onChange={(p, info) => updatePhoto({ photo: p, info })} />}
            </div>
          </details>
        );
      })}
    </form>
  );
}
