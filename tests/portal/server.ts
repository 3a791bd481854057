import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CALENDAR_JS, captchaSvg, COMMON_JS, STYLE_CSS } from './assets';
import {
  chooserPage,
  handleLogin,
  handleSeries,
  homePage,
  HOME_PATH,
  leftTreePage,
  LOGIN_PATH,
  mainPage,
  SERIES_PATH,
  topPage,
  welcomePage,
} from './entry';
import { parseForm, readBody, type FormPost } from './http-body';
import { MODAL_CHOOSER_PATH, modalChooserPage } from './modal-chooser';
import { STEP_PAGES, UPLOAD_PAGE } from './pages';
import { errorPage, notFound, redirect, type Handled, type Reply } from './reply';
import { checkEventValidation, SessionStore, type Session } from './session';
import { handleStep, handleUpload } from './steps';
import { E2E_UNMATCHED_PREFIX } from '../../lib/portal/hosts';

/**
 * The practice portal: a local replica of the Guangzhou title-application system (ASP.NET
 * WebForms under /vsgzhr/) for tests, the demo and helpdesk practice. Pages are UTF-8
 * (declared in a `<meta http-equiv="Content-Type">` and the Content-Type header).
 */

/** One 送审 the portal accepted. `at` is ISO 8601. */
export interface SubmissionRecord {
  at: string;
  session: string;
  user: string;
}

/** One POST the portal handled: the page path, ISO time, whether it was kept, its messages. */
export interface SaveRecord {
  page: string;
  at: string;
  ok: boolean;
  errors: string[];
}

/** A running practice portal. */
export interface PortalServer {
  /** Base URL, e.g. `http://127.0.0.1:5173` (no trailing slash). */
  url: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
  /** Every 送审 received, oldest first. */
  submissions(): SubmissionRecord[];
  /** Every POST handled, oldest first. */
  saves(): SaveRecord[];
}

const SESSION_COOKIE = 'ASP.NET_SessionId';

function sessionIdOf(req: IncomingMessage): string | undefined {
  const cookie = req.headers.cookie ?? '';
  return new RegExp(`(?:^|;\\s*)${SESSION_COOKIE.replace('.', '\\.')}=([^;]+)`).exec(cookie)?.[1];
}

/** Canonical spelling of each known path, by lower-case path (IIS is case-insensitive). */
const STEP_BY_PATH = new Map(STEP_PAGES.map((p) => [`/vsgzhr/${p.path}`.toLowerCase(), p]));
const UPLOAD_PATH = `/vsgzhr/${UPLOAD_PAGE.path}`;

interface Route {
  /** Needs a logged-in session. */
  auth: boolean;
  /** Needs the series chosen. */
  series: boolean;
  handle(session: Session, query: URLSearchParams, post: FormPost | null, onSubmit: () => void): Handled | Reply;
}

const ROUTES = new Map<string, Route>([
  [LOGIN_PATH, { auth: false, series: false, handle: (s, _q, p) => handleLogin(s, p) }],
  ['/vsgzhr/login_home.aspx', { auth: false, series: false, handle: () => redirect(LOGIN_PATH) }],
  ['/vsgzhr/ValidateCode.aspx', { auth: false, series: false, handle: () => ({ kind: 'bytes', status: 200, contentType: 'image/svg+xml', body: captchaSvg() }) }],
  ['/vsgzhr/css/style.css', { auth: false, series: false, handle: () => ({ kind: 'bytes', status: 200, contentType: 'text/css; charset=utf-8', body: STYLE_CSS }) }],
  ['/vsgzhr/js/common.js', { auth: false, series: false, handle: () => ({ kind: 'bytes', status: 200, contentType: 'application/javascript; charset=utf-8', body: COMMON_JS }) }],
  ['/vsgzhr/js/WdatePicker.js', { auth: false, series: false, handle: () => ({ kind: 'bytes', status: 200, contentType: 'application/javascript; charset=utf-8', body: CALENDAR_JS }) }],
  [HOME_PATH, { auth: true, series: false, handle: (s) => homePage(s) }],
  ['/vsgzhr/Logout.aspx', { auth: false, series: false, handle: (s) => { s.user = null; return redirect(LOGIN_PATH); } }],
  [SERIES_PATH, { auth: true, series: false, handle: (s, q, p) => handleSeries(s, q, p) }],
  ['/vsgzhr/ZCSB/Main.aspx', { auth: true, series: true, handle: () => mainPage() }],
  ['/vsgzhr/ZCSB/Top.aspx', { auth: true, series: true, handle: (s) => topPage(s) }],
  ['/vsgzhr/ZCSB/LeftTree.aspx', { auth: true, series: true, handle: (s) => leftTreePage(s) }],
  ['/vsgzhr/ZCSB/Welcome.aspx', { auth: true, series: true, handle: (s) => welcomePage(s) }],
  ['/vsgzhr/Common/SelectDM.aspx', { auth: true, series: false, handle: (_s, q) => chooserPage(q) }],
  [MODAL_CHOOSER_PATH, { auth: true, series: false, handle: (_s, q) => modalChooserPage(q) }],
  [
    '/vsgzhr/ZCSB/ShowPhoto.aspx',
    {
      auth: true,
      series: true,
      handle: (s) => (s.photo ? { kind: 'bytes', status: 200, contentType: 'image/jpeg', body: s.photo } : notFound('ShowPhoto.aspx')),
    },
  ],
  [UPLOAD_PATH, { auth: true, series: true, handle: (s, q, p) => handleUpload({ session: s, query: q, post: p }) }],
]);
const ROUTE_BY_PATH = new Map([...ROUTES].map(([path, route]) => [path.toLowerCase(), { path, route }]));

function routeOf(lowerPath: string): { path: string; route: Route } | null {
  const fixed = ROUTE_BY_PATH.get(lowerPath);
  if (fixed) return fixed;
  const step = STEP_BY_PATH.get(lowerPath);
  if (!step) return null;
  return {
    path: `/vsgzhr/${step.path}`,
    route: { auth: true, series: true, handle: (s, q, p, onSubmit) => handleStep(step, { session: s, query: q, post: p }, onSubmit) },
  };
}

function write(res: ServerResponse, reply: Reply, cookie: string | null): void {
  const headers: Record<string, string> = { Server: 'Microsoft-IIS/7.5', 'X-Powered-By': 'ASP.NET', 'Cache-Control': 'private, no-cache' };
  if (cookie) headers['Set-Cookie'] = cookie;
  if (reply.kind === 'redirect') {
    res.writeHead(302, { ...headers, Location: reply.location, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="${reply.location}">here</a>.</h2></body></html>`);
  } else if (reply.kind === 'html') {
    res.writeHead(reply.status, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(reply.html);
  } else {
    res.writeHead(reply.status, { ...headers, 'Content-Type': reply.contentType });
    res.end(reply.body);
  }
}

/**
 * Starts a practice portal.
 * @param opts.port TCP port (0 or absent = a free port); opts.host defaults to 127.0.0.1.
 * @returns the running server (its own sessions and logs; two servers share nothing).
 * @throws the listen error (e.g. EADDRINUSE) when the port cannot be bound.
 */
export async function startPortal(opts: { port?: number; host?: string } = {}): Promise<PortalServer> {
  const host = opts.host ?? '127.0.0.1';
  const sessions = new SessionStore();
  const submissions: SubmissionRecord[] = [];
  const saves: SaveRecord[] = [];

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://portal.invalid');
    const known = sessionIdOf(req);
    const session = sessions.get(known);
    const cookie = session.id === known ? null : `${SESSION_COOKIE}=${session.id}; path=/; HttpOnly`;
    // Every page also under the bench's unmatched prefix (lib/portal/hosts.ts), as the same page.
    const pathname = url.pathname.startsWith(`${E2E_UNMATCHED_PREFIX}/`) ? url.pathname.slice(E2E_UNMATCHED_PREFIX.length) : url.pathname;
    const lower = pathname.toLowerCase();
    if (lower === '/' || lower === '/vsgzhr' || lower === '/vsgzhr/' || lower === '/vsgzhr/default.aspx') return write(res, redirect(LOGIN_PATH), cookie);
    const found = routeOf(lower);
    if (!found) return write(res, notFound(url.pathname), cookie);
    const { path, route } = found;
    if (route.auth && !session.user) return write(res, redirect(`${LOGIN_PATH}?ReturnUrl=${encodeURIComponent(url.pathname)}`), cookie);
    if (route.series && !session.series) return write(res, redirect(SERIES_PATH), cookie);

    let post: FormPost | null = null;
    if (req.method === 'POST') {
      post = parseForm(req.headers['content-type'] ?? '', await readBody(req));
      const failure = checkEventValidation(session, post);
      if (failure) {
        saves.push({ page: path, at: new Date().toISOString(), ok: false, errors: [failure.message] });
        return write(res, errorPage(failure.message, failure.detail), cookie);
      }
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      return write(res, { kind: 'html', status: 405, html: '405 - 不允许使用该谓词' }, cookie);
    }
    const onSubmit = () => submissions.push({ at: new Date().toISOString(), session: session.id, user: session.user ?? '' });
    const result = route.handle(session, url.searchParams, post, onSubmit);
    const handled: Handled = 'reply' in result ? result : { reply: result };
    if (post) saves.push({ page: path, at: new Date().toISOString(), ok: handled.save?.ok ?? true, errors: handled.save?.errors ?? [] });
    write(res, handled.reply, cookie);
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) write(res, errorPage('服务器错误。', message), null);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${hostInUrl}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    submissions: () => submissions.map((s) => ({ ...s })),
    saves: () => saves.map((s) => ({ ...s, errors: [...s.errors] })),
  };
}
