// Runs before every unit test file. The unit project runs with `isolate: false`
// (vitest.config.ts): the files of a worker share one module graph, one happy-dom window and one
// fake browser, so everything a file may leave behind is put back here, before the file's own
// code runs: the tests of each file start as they would in a fresh worker.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { Blob as NodeBlob } from 'node:buffer';
import { options } from 'preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installLocale } from './i18n-fake';

/** The fake browser's API objects as the first file found them, so later files start from them (see below). */
type Namespaces = Map<object, Map<PropertyKey, PropertyDescriptor>>;
/** Kept on the global object from the worker's first file on (not a `zc…` key: those are cleared below). */
const FIRST = Symbol.for('unit-setup.fake-browser');
/** Node's BroadcastChannel, and how many files this worker has started (see below). */
const CHANNEL = Symbol.for('unit-setup.broadcast-channel');
const holder = globalThis as { [FIRST]?: Namespaces; [CHANNEL]?: { Channel: typeof BroadcastChannel; files: number } };

/**
 * Every namespace of the fake browser (runtime, storage, i18n, …) and its own properties. Tests
 * replace methods on them (`fakeBrowser.runtime.sendMessage = …`) or add namespaces
 * (`commands`); `fakeBrowser.reset()` clears stored data and listeners but keeps those.
 */
function describeFakeBrowser(): Namespaces {
  const namespaces: Namespaces = new Map();
  const root = fakeBrowser as unknown as Record<PropertyKey, unknown>;
  namespaces.set(root, new Map(Reflect.ownKeys(root).map((key) => [key, Object.getOwnPropertyDescriptor(root, key)!])));
  for (const value of Object.values(root)) {
    if (value && typeof value === 'object') {
      namespaces.set(value, new Map(Reflect.ownKeys(value).map((key) => [key, Object.getOwnPropertyDescriptor(value, key)!])));
    }
  }
  return namespaces;
}

/** Puts back the namespaces' properties as recorded: replaced ones restored, added ones deleted. */
function restoreFakeBrowser(first: Namespaces): void {
  for (const [target, properties] of first) {
    for (const key of Reflect.ownKeys(target)) {
      if (!properties.has(key)) delete (target as Record<PropertyKey, unknown>)[key];
    }
    for (const [key, descriptor] of properties) Object.defineProperty(target, key, descriptor);
  }
}

// A fresh module graph, as Vitest's own isolation gives each file (its loop does these two
// steps): the product's modules keep state (lib/overlay/follow-field.ts's frame, the profile
// database's connection, lib/fields/recognize.ts's lookups), and a file's `vi.mock` must neither
// reach the next file nor miss modules an earlier file loaded. Packages Node loads itself (happy-dom,
// preact, zod, idb, fake-indexeddb, WXT's fake browser) stay loaded: that is the time saved.
// `__vitest_mocker__` is Vitest's own (4.x); should it go, this fails loudly rather than leak mocks.
vi.resetModules();
const mocker = (globalThis as { __vitest_mocker__?: { reset(): void } }).__vitest_mocker__;
if (!mocker) throw new Error('tests/unit/setup.ts: Vitest no longer offers __vitest_mocker__; reset the module mocks another way');
mocker.reset();

// The content script's globals of its isolated world (Symbol.for('zc…') slots: the running copy,
// the early settings read, the on-demand features): a copy left running is ended, as a newer
// copy's start ends it (lib/content/single-instance.ts).
for (const key of Object.getOwnPropertySymbols(globalThis)) {
  if (!Symbol.keyFor(key)?.startsWith('zc')) continue;
  const slot = (globalThis as Record<symbol, unknown>)[key] as { abort?: unknown } | undefined;
  if (typeof slot?.abort === 'function') (slot.abort as () => void)();
  delete (globalThis as Record<symbol, unknown>)[key];
}

// Timers and globals a file faked or stubbed and did not put back (Vitest restores spies between
// files itself, not these).
vi.useRealTimers();
vi.unstubAllGlobals();

// WXT's fake browser, as WXT's own setup file installs it (`browser` and `chrome`): with its
// namespaces as first found, its storage and listeners empty.
holder[FIRST] ??= describeFakeBrowser();
restoreFakeBrowser(holder[FIRST]);
fakeBrowser.reset();
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);

// IndexedDB for happy-dom unit tests (lib/profile/db): an empty in-memory factory per test file.
globalThis.indexedDB = new IDBFactory();

// The page: a new `<html>` with an empty head and body. A new element rather than the old one
// emptied: observers a file's code left on the old one (a mounted overlay's) no longer hear this
// file's page.
if (typeof document !== 'undefined') {
  const html = document.createElement('html');
  html.append(document.createElement('head'), document.createElement('body'));
  document.documentElement.remove();
  document.append(html);
}

// BroadcastChannel is Node's, one bus for the whole worker: channels a file's pages opened (an
// options page never unmounted, lib/profile/change-signal.ts) would hear the next file's pages.
// Each file gets a bus of its own, as each page's origin in the browser and each worker with
// isolation have; `name` reads as given.
if (typeof BroadcastChannel === 'function') {
  const bus = (holder[CHANNEL] ??= { Channel: BroadcastChannel, files: 0 });
  const file = ++bus.files;
  globalThis.BroadcastChannel = class extends bus.Channel {
    readonly #name: string;
    constructor(name: string) {
      super(`${name}#file${file}`);
      this.#name = name;
    }
    override get name(): string {
      return this.#name;
    }
  };
}

// Preact's `event` hook: lib/content/user-events.ts sets it for good, as the content script wants.
options.event = undefined;

// happy-dom's Blob is not structured-cloneable, so fake-indexeddb would store it as a plain
// object; a real browser keeps Blobs. Node's Blob clones correctly.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

// The browser's i18n with the Chinese messages, as the content script and the pages have it
// (the checks word their findings through public/_locales; tests that need English install it).
installLocale();

// `vi.waitFor` gives up after 1 s unless told: on the 2-core machine with builds or browsers
// beside the suite, a condition the options page meets through IndexedDB took longer (2026-12-07:
// options-page's 已保存 and options-follow's lock, each passing alone). A waitFor that passes still
// ends as soon as its condition holds, and one told its own timeout keeps it. The first file of a
// worker wraps it; the wrapper stays for its later files (the same `vi`).
const WAIT_FOR = Symbol.for('unit-setup.wait-for');
const waiter = vi as typeof vi & { [WAIT_FOR]?: true };
if (!waiter[WAIT_FOR]) {
  const waitFor = vi.waitFor.bind(vi);
  vi.waitFor = ((callback, options) => waitFor(callback, typeof options === 'number' ? options : { timeout: 10_000, ...options })) as typeof vi.waitFor;
  waiter[WAIT_FOR] = true;
}
