import { useState } from 'preact/hooks';
import { getActiveProfileId, ProfileDbError, type StoredProfile } from '../../lib/profile/db';
import {
  exportBackupText,
  exportProfileText,
  importBackupFromFile,
  importProfileFromFile,
  profileFileName,
  type ImportResult,
} from '../../lib/profile/import-export';
import { t, tCount } from '@/lib/i18n/t';
import { localDay } from '@/lib/i18n/local-day';
import type { FileProblem } from '../../lib/profile/format-v1';
import { downloadText } from './download';
import { photoBlobDamage } from '../../lib/profile/photo-data';
import { errorText } from '../../lib/error-text';
import { yearNotesText } from './year-notes-text';

/**
 * What an import says of damaged photos it brought in (lib/profile/photo-data imageDamage): the
 * profiles are imported whole, photo included, and the editor marks the photo; the confirmation
 * names them so the applicant knows to choose the photo again.
 * @param stored the imported profiles
 * @returns a sentence to append, or '' when every photo is whole
 */
async function damagedPhotoNote(stored: readonly StoredProfile[]): Promise<string> {
  const damaged: string[] = [];
  for (const s of stored) if (await photoBlobDamage(s.photo).catch(() => null)) damaged.push(s.profile.label);
  return damaged.length === 0 ? '' : ` ${t('options_imported_photo_damaged', damaged.join(t('check_list_separator')))}`;
}

/**
 * The restored profile the editor opens: the backup's 当前档案, which the restore made active
 * (lib/profile/import-export importBackupFromFile), so the applicant sees the profile autofill
 * will use; the first restored one when the backup named none (helpdesk 66 HD66-2).
 * @param stored the restored profiles, in the backup's order
 * @returns that profile, or undefined when nothing was restored
 */
async function restoredToOpen(stored: readonly StoredProfile[]): Promise<StoredProfile | undefined> {
  const activeId = await getActiveProfileId();
  return stored.find((s) => s.id === activeId) ?? stored[0];
}

/**
 * What a restore appends about earlier years' data (year-notes-text): last year's backup taken up
 * again says what to update, as an import of the same profile does (reapply 44, helpdesk 66
 * HD66-1). Said of the profile opened; of several restored, that one is named first.
 * @param stored the restored profiles
 * @param opened the one opened in the editor (restoredToOpen)
 * @returns ` 这份档案里有些内容可能是往年的…` (a leading space), or '' when nothing is stale
 */
function restoredYearNotes(stored: readonly StoredProfile[], opened: StoredProfile): string {
  const notes = yearNotesText(opened.profile);
  return notes === '' || stored.length === 1 ? notes : ` ${t('options_restored_opened', opened.profile.label)}${notes}`;
}

interface ImportExportPanelProps {
  selected: StoredProfile | null;
  /**
   * The editor holds unsaved edits. An export writes what is stored, so it waits for them to be
   * saved or discarded: a file announced as 已导出 never lacks what the page shows (breaker 31p F2).
   */
  dirty: boolean;
  /** Called after a profile file was stored and made active. */
  onImported: (stored: StoredProfile) => void;
  /**
   * Called after a backup was restored, with the restored profile to open in the editor: the
   * backup's 当前档案 (made active by the restore), else its first profile.
   */
  onRestored: (stored: StoredProfile[], opened: StoredProfile | undefined) => void;
  /** Shows a confirmation; null clears it (a refused file must not sit under an old success). */
  onMessage: (text: string | null) => void;
}

/**
 * The reasons a file was refused: the applicant's message, which names the field by its label
 * (基本信息 · 公民身份号码); where the value sits in the file (basic.idNumber) only in the
 * row's tooltip and `data-path`, for helpdesk staff who fix the file itself — a code name in the
 * text only puzzled applicants (newcomer 25 item 3).
 */
function ErrorList({ errors, testId }: { errors: readonly FileProblem[]; testId: string }) {
  return (
    <div class="import-errors" data-testid={testId} role="alert" hidden={errors.length === 0}>
      {errors.length > 0 && (
        <>
          <p>{t('options_import_refused', errors.length)}</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i} data-testid="import-problem" data-path={e.path} title={e.path && t('options_problem_path_title', e.path)}>
                <span class="problem-message">{e.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * Import and export: a zc-profile v1 file (becomes the active profile), the selected profile as
 * a file, and a backup of all profiles. A refused file lists every bad path and stores nothing.
 */
export function ImportExportPanel({ selected, dirty, onImported, onRestored, onMessage }: ImportExportPanelProps) {
  const [profileErrors, setProfileErrors] = useState<FileProblem[]>([]);
  const [backupErrors, setBackupErrors] = useState<FileProblem[]>([]);
  /** Why the last export wrote no file (storage refused, locked elsewhere…), until the next export. */
  const [exportError, setExportError] = useState<string | null>(null);

  async function readChosen<T>(input: HTMLInputElement, importer: (file: File) => Promise<ImportResult<T>>, setErrors: (e: FileProblem[]) => void, done: (value: T) => void | Promise<void>) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // A new file answers the last refusal, under either button: the box of one left beside the
    // other's success, or the other's refusal, said the opposite of what now holds (newcomer66 F1).
    setProfileErrors([]);
    setBackupErrors([]);
    try {
      const result = await importer(file);
      if (result.ok) {
        await done(result.value);
      } else {
        setErrors(result.errors);
        onMessage(null);
      }
    } catch (e) {
      setErrors([{ message: e instanceof ProfileDbError ? e.userMessage : t('options_read_failed', errorText(e)) }]);
      onMessage(null);
    }
  }

  /** Runs an export; a failure is said under the buttons (no file was written), never dropped. */
  async function exporting(work: () => Promise<string | null>) {
    setExportError(null);
    try {
      onMessage(await work());
    } catch (e) {
      setExportError(t('options_export_failed', errorText(e)));
      onMessage(null);
    }
  }
  const exportSelected = () =>
    exporting(async () => {
      if (!selected) return null;
      downloadText(await exportProfileText(selected.id), profileFileName(selected.profile.label));
      return t('options_exported', selected.profile.label);
    });
  const exportAll = () =>
    exporting(async () => {
      const { text, count } = await exportBackupText();
      downloadText(text, t('options_backup_file_name', localDay(new Date())));
      return tCount('options_backup_exported', count);
    });

  return (
    <section class="panel import-export" aria-labelledby="io-heading">
      <h2 id="io-heading">{t('options_io_heading')}</h2>
      <div class="io-block">
        <label class="button secondary full" for="profile-import">
          {t('options_import_profile')}
        </label>
        <input
          id="profile-import"
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          data-testid="profile-import"
          onChange={(e) => void readChosen(e.currentTarget, importProfileFromFile, setProfileErrors, async (stored) => {
            onImported(stored);
            onMessage(t('options_imported', stored.profile.label) + (await damagedPhotoNote([stored])) + yearNotesText(stored.profile));
          })}
        />
        <ErrorList errors={profileErrors} testId="profile-import-error" />
      </div>
      <div class="io-block">
        <button type="button" class="secondary full" data-testid="profile-export" disabled={!selected || dirty} title={dirty ? t('options_export_dirty') : undefined} onClick={() => void exportSelected()}>
          {t('options_export_selected')}
        </button>
      </div>
      <div class="io-block">
        <button type="button" class="secondary full" data-testid="backup-export" disabled={dirty} title={dirty ? t('options_export_dirty') : undefined} onClick={() => void exportAll()}>
          {t('options_backup_all')}
        </button>
        {dirty && (
          <p class="hint" data-testid="export-dirty">
            {t('options_export_dirty')}
          </p>
        )}
        {exportError && (
          <p class="field-error" role="alert" data-testid="export-error">
            {exportError}
          </p>
        )}
        <label class="button secondary full" for="backup-import">
          {t('options_restore_backup')}
        </label>
        <input
          id="backup-import"
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          data-testid="backup-import"
          onChange={(e) => void readChosen(e.currentTarget, importBackupFromFile, setBackupErrors, async (stored) => {
            const opened = await restoredToOpen(stored);
            onRestored(stored, opened);
            onMessage(tCount('options_restored', stored.length) + (await damagedPhotoNote(stored)) + (opened ? restoredYearNotes(stored, opened) : ''));
          })}
        />
        <ErrorList errors={backupErrors} testId="backup-import-error" />
      </div>
      <p class="hint">{t('options_io_hint')}</p>
    </section>
  );
}
