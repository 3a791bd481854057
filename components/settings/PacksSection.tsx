import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '@/components/options/download';
import type { FieldMapPack } from '@/lib/packs/schema';
import { parsePack } from '@/lib/packs/validate';
import { installPack, listPacks, packFileText, removePack } from '@/lib/packs/store';

/**
 * Options-page section "字段映射包": import a `zc-fieldmap` file a helpdesk shared (teach-mode
 * mappings, label synonyms and step hints for one site), see the installed packs, export or
 * remove one (issue 8). A refused file shows every reason and changes nothing.
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
    const result = parsePack(await file.text());
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(null);
      return;
    }
    setErrors([]);
    setPacks(await installPack(result.pack));
    setStatus(`已导入 ${result.pack.site} 的字段映射包。请刷新已打开的申报系统页面。`);
  }

  function exportPack(pack: FieldMapPack): void {
    downloadText(packFileText(pack), `字段映射包-${pack.site}.json`);
  }

  return (
    <section class="panel" data-testid="zc-packs" aria-labelledby="zc-packs-title">
      <h2 id="zc-packs-title">字段映射包</h2>
      <p class="muted">
        申报系统改版后，如果助手认不出某些栏目，熟悉系统的同事可以把“教会助手”的结果导出成一个字段映射包，其他人导入后即可使用。映射包只包含栏目与字段的对应关系和识别规则，不包含任何人的申报信息；含有类似身份证号、手机号等内容的文件会被拒绝。
      </p>
      <label class="row">
        导入字段映射包（.json）：
        <input type="file" accept=".json,application/json" data-testid="zc-pack-import" onChange={(e) => void importFile(e.target as HTMLInputElement)} />
      </label>
      {errors.length > 0 && (
        <div class="import-errors" role="alert" data-testid="zc-pack-import-error">
          <p>文件未导入，已安装的映射包没有改变。原因（共 {errors.length} 处）：</p>
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
            <span class="muted">
              {p.mappings.length} 个字段映射，{p.synonyms?.length ?? 0} 个标签同义词，{Object.keys(p.hints ?? {}).length} 个步骤识别规则
            </span>{' '}
            <button type="button" class="secondary small" onClick={() => exportPack(p)}>
              导出
            </button>
            <button type="button" class="secondary small" data-testid="zc-pack-remove" onClick={() => void removePack(p.site).then(setPacks)}>
              移除
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
