import { useState } from 'preact/hooks';
import { ProfileDbError, type StoredProfile } from '../../lib/profile/db';
import {
  exportBackupText,
  exportProfileText,
  importBackupFromFile,
  importProfileFromFile,
  profileFileName,
  type ImportResult,
} from '../../lib/profile/import-export';
import { downloadText } from './download';

interface ImportExportPanelProps {
  selected: StoredProfile | null;
  /** Called after a profile file was stored and made active. */
  onImported: (stored: StoredProfile) => void;
  /** Called after a backup was restored. */
  onRestored: (stored: StoredProfile[]) => void;
  /** Shows a confirmation; null clears it (a refused file must not sit under an old success). */
  onMessage: (text: string | null) => void;
}

function ErrorList({ errors, testId }: { errors: readonly string[]; testId: string }) {
  return (
    <div class="import-errors" data-testid={testId} role="alert" hidden={errors.length === 0}>
      {errors.length > 0 && (
        <>
          <p>文件未导入，已保存的档案没有改变。请修改以下 {errors.length} 处后重试：</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>
                <code>{e}</code>
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
export function ImportExportPanel({ selected, onImported, onRestored, onMessage }: ImportExportPanelProps) {
  const [profileErrors, setProfileErrors] = useState<string[]>([]);
  const [backupErrors, setBackupErrors] = useState<string[]>([]);

  async function readChosen<T>(input: HTMLInputElement, importer: (file: File) => Promise<ImportResult<T>>, setErrors: (e: string[]) => void, done: (value: T) => void) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const result = await importer(file);
      if (result.ok) {
        setErrors([]);
        done(result.value);
      } else {
        setErrors(result.errors);
        onMessage(null);
      }
    } catch (e) {
      setErrors([e instanceof ProfileDbError ? e.userMessage : `(文件): 读取失败：${String(e)}`]);
      onMessage(null);
    }
  }

  const exportSelected = async () => {
    if (!selected) return;
    downloadText(await exportProfileText(selected.id), profileFileName(selected.profile.label));
    onMessage(`已导出“${selected.profile.label}”。`);
  };
  const exportAll = async () => {
    const { text, count } = await exportBackupText();
    downloadText(text, `职称申报助手-全部档案备份-${new Date().toISOString().slice(0, 10)}.json`);
    onMessage(`已导出 ${count} 份档案的备份。`);
  };

  return (
    <section class="panel import-export" aria-labelledby="io-heading">
      <h2 id="io-heading">导入与导出</h2>
      <div class="io-block">
        <label class="button secondary full" for="profile-import">
          导入档案文件（zc-profile）
        </label>
        <input
          id="profile-import"
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          data-testid="profile-import"
          onChange={(e) => void readChosen(e.currentTarget, importProfileFromFile, setProfileErrors, (stored) => {
            onImported(stored);
            onMessage(`已导入“${stored.profile.label}”，并设为当前档案。`);
          })}
        />
        <ErrorList errors={profileErrors} testId="profile-import-error" />
      </div>
      <div class="io-block">
        <button type="button" class="secondary full" data-testid="profile-export" disabled={!selected} onClick={() => void exportSelected()}>
          导出所选档案
        </button>
      </div>
      <div class="io-block">
        <button type="button" class="secondary full" data-testid="backup-export" onClick={() => void exportAll()}>
          备份全部档案
        </button>
        <label class="button secondary full" for="backup-import">
          恢复备份
        </label>
        <input
          id="backup-import"
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          data-testid="backup-import"
          onChange={(e) => void readChosen(e.currentTarget, importBackupFromFile, setBackupErrors, (stored) => {
            onRestored(stored);
            onMessage(`已从备份恢复 ${stored.length} 份档案（作为新档案加入，原有档案不受影响）。`);
          })}
        />
        <ErrorList errors={backupErrors} testId="backup-import-error" />
      </div>
      <p class="hint">档案只保存在本机浏览器中。请定期备份，换电脑或重装浏览器时用备份恢复。</p>
    </section>
  );
}
