// IndexedDB for happy-dom unit tests (lib/profile/db). A fresh in-memory factory per test file.
import 'fake-indexeddb/auto';
