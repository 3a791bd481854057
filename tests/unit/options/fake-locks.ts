import { afterEach, beforeEach } from 'vitest';

/**
 * A minimal navigator.locks for the tests (happy-dom has none): a lock is held from request()
 * until its callback's promise settles, and query() lists the held ones, as Chromium's Web Locks
 * do for the pages of one origin. Names are not queued (the code under test uses unique names).
 * Installed before and removed after each test of the calling module.
 */
export function useFakeWebLocks(): void {
  beforeEach(() => {
    const held = new Set<string>();
    const locks = {
      async request(name: string, callback: () => Promise<unknown>) {
        held.add(name);
        try {
          return await callback();
        } finally {
          held.delete(name);
        }
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
