// IndexedDB for happy-dom unit tests (lib/profile/db): an in-memory factory per test file.
import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { installLocale } from './i18n-fake';

// happy-dom's Blob is not structured-cloneable, so fake-indexeddb would store it as a plain
// object; a real browser keeps Blobs. Node's Blob clones correctly.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

// The browser's i18n with the Chinese messages, as the content script and the pages have it
// (the checks word their findings through public/_locales; tests that need English install it).
installLocale();
