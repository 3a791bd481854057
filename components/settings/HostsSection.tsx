import { useEffect, useState } from 'preact/hooks';
import { parsePortalAddress, type AddedHost } from '@/lib/hosts/address';
import { readAddedHosts, removeAddedHosts, saveAddedHost, watchAddedHosts } from '@/lib/hosts/store';
import { PORTAL_HOSTS } from '@/lib/portal/hosts';

interface Row {
  entry: AddedHost;
  granted: boolean;
}

/**
 * Options-page section "申报系统网址": add a portal address the extension should work on
 * (issue 8). The browser asks the user for access to that host (optional host permission);
 * the background then registers the helper's scripts there (lib/hosts/registration.ts).
 * The permission request runs first thing in the click handler, because browsers grant
 * permissions only during the user's gesture.
 */
export function HostsSection() {
  const [rows, setRows] = useState<Row[]>([]);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function refresh(): Promise<void> {
    const list = await readAddedHosts();
    setRows(await Promise.all(list.map(async (entry) => ({ entry, granted: await browser.permissions.contains({ origins: [entry.pattern] }) }))));
  }

  useEffect(() => {
    void refresh();
    const unwatch = watchAddedHosts(() => void refresh());
    const onPermissions = () => void refresh();
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    return () => {
      unwatch();
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
    };
  }, []);

  function requestAccess(pattern: string, host: string): void {
    browser.permissions
      .request({ origins: [pattern] })
      .then((granted) => {
        setStatus(
          granted
            ? `已允许助手在 ${host} 上工作。请刷新已打开的申报系统页面（已填内容请先保存）。`
            : `浏览器未获准访问 ${host}：助手不会在该网址上运行。可稍后点“授权”再试。`,
        );
      })
      .catch((e: unknown) => setStatus(`无法请求访问权限：${e instanceof Error ? e.message : String(e)}`))
      .finally(() => void refresh());
  }

  function add(event: Event): void {
    event.preventDefault();
    const parsed = parsePortalAddress(input);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    // Stored before asking, so the background finds the entry when the grant arrives; a host
    // the user then refuses stays listed as 未授权 until removed.
    void saveAddedHost({ host: parsed.host, pattern: parsed.pattern, address: parsed.address, addedAt: new Date().toISOString() });
    requestAccess(parsed.pattern, parsed.host);
    setInput('');
  }

  async function remove(entry: AddedHost): Promise<void> {
    await removeAddedHosts([entry.pattern]);
    // A permission the manifest requires cannot be removed; the registration is gone either way.
    await browser.permissions.remove({ origins: [entry.pattern] }).catch(() => false);
    setStatus(`已移除 ${entry.host}。已打开的页面刷新后不再显示助手。`);
    await refresh();
  }

  return (
    <section class="panel" data-testid="zc-hosts" aria-labelledby="zc-hosts-title">
      <h2 id="zc-hosts-title">申报系统网址</h2>
      <p class="muted">
        助手默认只在已知的申报系统网址上工作（{PORTAL_HOSTS.join('、')}）。申报系统换了网址时，在这里添加新网址（例如
        <code>https://新网址/vsgzhr/</code>），浏览器会询问是否允许助手访问该网站。助手对整个网站生效：该系统的网址不区分大小写，只按路径限定会漏掉页面。
      </p>
      <form onSubmit={add} class="row">
        <input
          type="text"
          data-testid="zc-host-input"
          aria-label="申报系统网址"
          placeholder="https://新的申报系统网址/vsgzhr/"
          value={input}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="primary" data-testid="zc-host-add">
          添加并授权
        </button>
      </form>
      {error && (
        <p class="error" role="alert" data-testid="zc-host-error">
          {error}
        </p>
      )}
      {status && (
        <p role="status" data-testid="zc-host-status">
          {status}
        </p>
      )}
      <ul data-testid="zc-host-list">
        {rows.map(({ entry, granted }) => (
          <li key={entry.pattern} data-testid="zc-host-item" data-pattern={entry.pattern} data-granted={String(granted)}>
            <span>{entry.address || entry.host}</span> <span class="muted">{granted ? '已授权' : '未授权'}</span>{' '}
            {!granted && (
              <button type="button" class="secondary small" data-testid="zc-host-grant" onClick={() => requestAccess(entry.pattern, entry.host)}>
                授权
              </button>
            )}
            <button type="button" class="secondary small" data-testid="zc-host-remove" onClick={() => void remove(entry)}>
              移除
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
