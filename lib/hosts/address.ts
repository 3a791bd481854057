/**
 * Portal addresses a user adds at run time (issue 8; spec/portal.md §Hosts: "the host may move
 * again"). An address is typed as origin + optional path prefix ("https://new.example.gov.cn/vsgzhr/");
 * it becomes the match pattern `*://host/*`:
 * - whole host, because IIS paths are case-insensitive (`/vsgzhr/` and `/VSGZHR/` are one page,
 *   and the real menus link both spellings) while match-pattern paths are case-sensitive: a
 *   pattern `*://host/vsgzhr/*` would silently miss frames addressed as `/VSGZHR/…`, and listing
 *   case variants cannot cover mixed spellings (`/VsGzHr/`). The path prefix is kept for display.
 * - both http and https (`*`), because the portal has used both (spec/portal.md §Hosts);
 * - no port: a match pattern without a port matches every port in Chromium.
 */
import { z } from 'zod';
import { PORTAL_HOSTS } from '../portal/hosts';
import { t, type MessageKey } from '../i18n/t';

export const addedHostSchema = z.object({
  /** Lower-case host name or IP, e.g. "new.example.gov.cn". */
  host: z.string().min(1),
  /** The match pattern registered and granted, e.g. "*://new.example.gov.cn/*". */
  pattern: z.string().min(1),
  /** What the user typed, normalised (origin + path), for display only. */
  address: z.string(),
  /** ISO 8601 time it was added. */
  addedAt: z.string(),
});
export type AddedHost = z.infer<typeof addedHostSchema>;

/**
 * The typed address: http(s), a host without wildcards or credentials, any path. Its refusals are
 * message names (public/_locales), worded in the UI's language by parsePortalAddress.
 */
const addressSchema = z
  .string()
  .trim()
  .min(1, 'options_hosts_address_empty')
  .max(300, 'options_hosts_address_too_long')
  .refine((s) => !s.includes('*'), 'options_hosts_address_wildcard')
  .transform((s, ctx) => {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`;
    let url: URL;
    try {
      url = new URL(withScheme);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'options_hosts_address_invalid' });
      return z.NEVER;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: 'options_hosts_address_scheme' });
      return z.NEVER;
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'options_hosts_address_credentials' });
      return z.NEVER;
    }
    if (!url.hostname || url.hostname.startsWith('.') || url.hostname.endsWith('.')) {
      ctx.addIssue({ code: 'custom', message: 'options_hosts_address_no_host' });
      return z.NEVER;
    }
    // A host of one word typed alone is no portal address but text typed by mistake ("不是网址"
    // becomes the host xn--…); an intranet name says it is an address with its scheme or port
    // (http://zcps:8080/; breaker 23b item 7), a domain or IP with its dots.
    if (!/[.:]/.test(url.hostname) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s) && !url.port && url.hostname !== 'localhost') {
      ctx.addIssue({ code: 'custom', message: 'options_hosts_address_one_word' });
      return z.NEVER;
    }
    return url;
  });

/**
 * The match pattern for a host: whole host, http and https, all ports (see the module note).
 * @param host a host name or IP literal (IPv6 in brackets), lower case.
 */
export function hostPattern(host: string): string {
  return `*://${host}/*`;
}

/**
 * Validates a typed portal address.
 * @param input e.g. "https://new.example.gov.cn/vsgzhr/login_home.aspx", "new.example.gov.cn/vsgzhr"
 *   (http:// is assumed when the scheme is missing).
 * @returns `{ ok: true, host, pattern, address }` (address = origin + path, no query or
 *   fragment) or `{ ok: false, error }` with one sentence in the UI's language. Built-in portal hosts are
 *   refused ("已内置") because they need no permission. Never throws.
 */
export function parsePortalAddress(
  input: string,
): { ok: true; host: string; pattern: string; address: string } | { ok: false; error: string } {
  const parsed = addressSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: t((parsed.error.issues[0]?.message ?? 'options_hosts_address_invalid') as MessageKey) };
  const url = parsed.data;
  const host = url.hostname.toLowerCase();
  if ((PORTAL_HOSTS as readonly string[]).includes(host)) return { ok: false, error: t('options_hosts_address_built_in', host) };
  return { ok: true, host, pattern: hostPattern(host), address: `${url.protocol}//${url.host}${url.pathname}` };
}

/**
 * The concrete host of a granted http(s) match pattern, or null for patterns that name no
 * single host (any-host wildcards, `<all_urls>`, subdomain wildcards, other schemes).
 * @param pattern e.g. "http://127.0.0.1/*" → "127.0.0.1".
 */
export function hostOfPattern(pattern: string): string | null {
  const m = /^(\*|https?):\/\/([^/*]+)\/.*$/.exec(pattern);
  return m ? m[2]!.toLowerCase() : null;
}
