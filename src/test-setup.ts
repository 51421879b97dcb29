// IndexedDB for storage code under Node: every test file gets a fresh in-memory implementation.
import 'fake-indexeddb/auto';
