// IndexedDB for storage code under Node: every test file gets a fresh in-memory implementation.
import 'fake-indexeddb/auto';
import { loadStorage } from '$lib/storage/db';

// In the app Dexie loads on demand; unit tests may call db() straight away.
await loadStorage();
