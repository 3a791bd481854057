import { afterEach, beforeEach } from 'vitest';

/**
 * A minimal navigator.locks for the tests (happy-dom has none): a lock is held from request()
 * until its callback's promise settles, a request for a name already held waits for it (in the
 * order asked, as Chromium's exclusive Web Locks do for the pages of one origin), and query()
 * lists the held ones. Installed before and removed after each test of the calling module.
 */
export function useFakeWebLocks(): void {
  beforeEach(() => {
    const held = new Set<string>();
    /** Per name, the end of the last request made for it. */
    const queues = new Map<string, Promise<unknown>>();
    const locks = {
      request(name: string, callback: () => Promise<unknown>) {
        const turn = (queues.get(name) ?? Promise.resolve()).then(async () => {
          held.add(name);
          try {
            return await callback();
          } finally {
            held.delete(name);
          }
        });
        queues.set(name, turn.catch(() => undefined));
        return turn;
      },
      async query() {
        return { held: [...held].map((name) => ({ name, mode: 'exclusive' })), pending: [] };
      },
    };
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  });
  afterEach(() => {
    delete (navigator as { locks?: unknown }).locks;
  });
}
