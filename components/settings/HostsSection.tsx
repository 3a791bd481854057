import { useEffect, useState } from 'preact/hooks';
import { parsePortalAddress, type AddedHost } from '@/lib/hosts/address';
import { readAddedHosts, removeAddedHosts, saveAddedHost, watchAddedHosts } from '@/lib/hosts/store';
import { PORTAL_HOSTS } from '@/lib/portal/hosts';
import { t } from '@/lib/i18n/t';
import { errorText } from '../../lib/error-text';

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
          granted ? t('options_hosts_granted_message', host) : t('options_hosts_refused_message', host),
        );
      })
      .catch((e: unknown) => setStatus(t('options_hosts_request_failed', errorText(e))))
      .finally(() => void refresh());
  }

  function add(event: Event): void {
    event.preventDefault();
    const parsed = parsePortalAddress(input);
    if (!parsed.ok) {
      // lib/hosts/address explains the problem, in Chinese in both languages.
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
    setStatus(t('options_hosts_removed', entry.host));
    await refresh();
  }

  return (
    <section class="panel" data-testid="zc-hosts" aria-labelledby="zc-hosts-title">
      <h2 id="zc-hosts-title">{t('options_hosts_title')}</h2>
      <p class="muted">
        {t('options_hosts_intro', PORTAL_HOSTS.join(t('options_list_separator')))}
        <code>{t('options_hosts_example')}</code>
        {t('options_hosts_intro_end')}
      </p>
      <form onSubmit={add} class="row">
        <input
          type="text"
          data-testid="zc-host-input"
          aria-label={t('options_hosts_title')}
          placeholder={t('options_hosts_placeholder')}
          value={input}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="primary" data-testid="zc-host-add">
          {t('options_hosts_add')}
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
            <span>{entry.address || entry.host}</span> <span class="muted">{granted ? t('options_hosts_granted') : t('options_hosts_not_granted')}</span>{' '}
            {!granted && (
              <button type="button" class="secondary small" data-testid="zc-host-grant" onClick={() => requestAccess(entry.pattern, entry.host)}>
                {t('options_hosts_grant')}
              </button>
            )}
            <button type="button" class="secondary small" data-testid="zc-host-remove" onClick={() => void remove(entry)}>
              {t('options_remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
