/**
 * Where the portal lives. Hosts seen over the years (spec/portal.md §Hosts): the old
 * `gzrsj.hrssgz.gov.cn`, `www.hrssgz.gov.cn` and the newer hub `gzrsj.rsj.gz.gov.cn`, over
 * http and https. Match patterns cover the whole host because IIS paths are case-insensitive
 * (`/vsgzhr/` and `/VSGZHR/` are the same page) while match-pattern paths are not.
 * Users add further hosts at run time (optional host permissions); those are not listed here.
 */
export const PORTAL_HOSTS = ['gzrsj.hrssgz.gov.cn', 'www.hrssgz.gov.cn', 'gzrsj.rsj.gz.gov.cn'] as const;

/**
 * Match patterns (Chrome match-pattern syntax) for the known portal hosts. Marked pure so that
 * the content script, which uses it only in its manifest options (left out of its bundle,
 * wxt.config.ts), leaves it out.
 */
export const PORTAL_MATCHES: string[] = /* @__PURE__ */ PORTAL_HOSTS.map((host) => `*://${host}/*`);

/**
 * Extra patterns of the e2e build only (spec/test-contract.md §Builds): the practice portal on
 * loopback. A pattern without a port matches every port in Chromium.
 */
export const E2E_EXTRA_MATCHES: string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Path prefix the e2e build's content scripts leave alone on loopback (`exclude_matches`). The
 * practice portal serves every page under it as well (tests/portal/server.ts), so `npm run
 * bench` can load the same page with and without the content scripts in one tab, one renderer
 * process and one session: the only difference between the two loads is our scripts.
 */
export const E2E_UNMATCHED_PREFIX = '/zc-unmatched';

/**
 * `exclude_matches` of the e2e build: the unmatched prefix on the loopback hosts. Marked pure so
 * that a build which does not use it (the production content script) leaves it out.
 */
export const E2E_EXCLUDE_MATCHES: string[] = /* @__PURE__ */ ['127.0.0.1', 'localhost'].map((host) => `http://${host}${E2E_UNMATCHED_PREFIX}/*`);
