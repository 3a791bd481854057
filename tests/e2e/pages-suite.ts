import { afterAll, beforeAll } from 'vitest';
import { importProfileFile, startPagesSession, waitForStep, type PagesSession } from './harness';
import { previewPage } from './overlay-driver';

/** Hand-made pages by request path without its leading `/` (`"basic"`, `"frame/list"`). */
export type PageTable = Record<string, string>;

/** A pages session as a describe block (or a whole file) sees it: startPagesSession's, `openAt` and `preview`. */
export interface SuiteSession extends PagesSession {
  /** `open`, then waits for the overlay to recognise `step` (harness waitForStep). */
  openAt(path: string, step: string): ReturnType<PagesSession['open']>;
  /** previewPage on this session: opens `path`, waits for `step`, starts the autofill's preview. */
  preview(path: string, step: string): ReturnType<typeof previewPage>;
  /**
   * The same session (the same browser and server), its `open`, `openAt` and `preview` taking
   * paths under `folder/`: a describe block of a merged file opens its own table's pages (put
   * there by pagesUnder) by the paths it had in a file of its own.
   */
  under(folder: string): SuiteSession;
}

/**
 * One table of several, for one server: browser files merged into one (one Chromium for them all)
 * keep their tables apart and serve them together.
 * @throws when two tables define the same path (the second would silently be another file's page).
 */
export function mergePages(...tables: PageTable[]): PageTable {
  const merged: PageTable = {};
  for (const table of tables)
    for (const [path, html] of Object.entries(table)) {
      if (path in merged) throw new Error(`page path "${path}" is defined twice`);
      merged[path] = html;
    }
  return merged;
}

/**
 * `table` with each path put under `folder/` (`"basic"` → `"c57/basic"`), for browser files merged
 * into one whose tables name the same path: each keeps its pages, opened through the session's
 * `under(folder)`. Only for pages that name no other page by an absolute path (`src="/frame"`
 * would still ask for the path outside the folder).
 */
export function pagesUnder(folder: string, table: PageTable): PageTable {
  return Object.fromEntries(Object.entries(table).map(([path, html]) => [`${folder}/${path}`, html]));
}

/**
 * The set-up of a browser test on hand-made pages, for the describe block (or file) it is called
 * in: startPagesSession in its beforeAll, closed in its afterAll. A path is looked up without its
 * query string (pages load `basic?2` to be a new load of `basic`).
 * @param pages the page table, or the page for a path (as startPagesSession takes it).
 * @param opts.profileFile as startPagesSession's; a function is called in beforeAll, so a file
 *   sampleProfileFileWith writes is made only when the block runs and removed with the session.
 * @returns the session; its members work inside tests and hooks, once the beforeAll has run
 *   (reading one before throws).
 */
export function pagesSession(
  pages: PageTable | ((path: string) => string | undefined),
  opts: { profileFile?: string | null | (() => string) } = {},
): SuiteSession {
  const pageAt = typeof pages === 'function' ? pages : (path: string) => pages[path.split('?')[0]!];
  let session: PagesSession | undefined;
  beforeAll(async () => {
    const profileFile = typeof opts.profileFile === 'function' ? opts.profileFile() : opts.profileFile;
    session = await startPagesSession(pageAt, { profileFile });
  });
  afterAll(async () => {
    await session?.close();
  });
  const started = (): PagesSession => {
    if (!session) throw new Error('the pages session is read before its beforeAll started it');
    return session;
  };
  const view = (folder: string): SuiteSession => {
    const inFolder = (path: string) => (folder ? `${folder}/${path}` : path);
    const suite: SuiteSession = {
      get server() {
        return started().server;
      },
      get browser() {
        return started().browser;
      },
      open: (path) => started().open(inFolder(path)),
      async openAt(path, step) {
        const opened = await suite.open(path);
        await waitForStep(opened.frame, step);
        return opened;
      },
      close: () => started().close(),
      preview: (path, step) => previewPage(suite, path, step),
      under: (sub) => view(inFolder(sub)),
    };
    return suite;
  };
  return view('');
}

/**
 * Makes another applicant the active profile for the describe block it is called in (its
 * beforeAll imports the file into `session`'s browser): for cases merged into a file whose
 * session imported the sample applicant. The profile stays active for the rest of the file, so
 * the blocks that need the sample applicant come before the first block that calls this.
 * @param profileFile called in beforeAll (sampleProfileFileWith's file goes with the session).
 */
export function activeProfile(session: PagesSession, profileFile: () => string): void {
  beforeAll(async () => {
    await importProfileFile(session.browser, profileFile());
  });
}
