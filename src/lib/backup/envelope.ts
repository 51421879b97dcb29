import * as v from 'valibot';
import { PERSONAL_TABLES, type PersonalTable } from '$lib/storage/schema';
import { utf8 } from './bytes';
import { BadPassphraseError, iterationsAllowed, open, seal, TamperedError, type Sealed } from './crypto';

export const BACKUP_FORMAT = 'aan-het-roer-backup';
export const BACKUP_VERSION = 1;
/** Far above any real backup (thousands of records are well under 1 MB); refused before reading. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;

export type BackupData = Record<PersonalTable, Record<string, unknown>[]>;

export interface BackupHeader {
	format: typeof BACKUP_FORMAT;
	version: number;
	createdAt: string;
	appVersion: string;
}

export type BackupFile = BackupHeader & ({ data: BackupData } | { encrypted: Sealed });

export type BackupProblem =
	| 'tooLarge'
	| 'notJson'
	| 'truncated'
	| 'otherApp'
	| 'newerVersion'
	| 'damaged'
	| 'tampered'
	| 'needsPassphrase'
	| 'wrongPassphrase'
	| 'kdfRefused';

export class BackupError extends Error {
	constructor(readonly problem: BackupProblem) {
		super(problem);
	}
}

const Stamped = {
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	createdAt: v.number(),
	updatedAt: v.number()
};
const owned = v.looseObject({ ...Stamped, profileId: v.pipe(v.string(), v.minLength(1)) });
const profile = v.looseObject({
	...Stamped,
	name: v.string(),
	kind: v.picklist(['own', 'shared'])
});

const DataSchema = v.object(
	Object.fromEntries(
		PERSONAL_TABLES.map((table) => [table, v.array(table === 'profiles' ? profile : owned)])
	) as Record<PersonalTable, v.ArraySchema<typeof owned, undefined>>
);

const HeaderSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.pipe(v.number(), v.integer(), v.minValue(1)),
	createdAt: v.string(),
	appVersion: v.string()
});

const SealedSchema = v.object({
	kdf: v.object({
		name: v.literal('PBKDF2'),
		hash: v.literal('SHA-256'),
		iterations: v.number(),
		salt: v.string(),
		check: v.string()
	}),
	cipher: v.object({ name: v.literal('AES-GCM'), iv: v.string() }),
	ciphertext: v.string()
});

function headerOf(file: BackupHeader): BackupHeader {
	return {
		format: file.format,
		version: file.version,
		createdAt: file.createdAt,
		appVersion: file.appVersion
	};
}

export async function createBackup(
	data: BackupData,
	options: { appVersion: string; passphrase?: string; now?: Date }
): Promise<BackupFile> {
	const header: BackupHeader = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		createdAt: (options.now ?? new Date()).toISOString(),
		appVersion: options.appVersion
	};
	if (!options.passphrase) return { ...header, data };
	const encrypted = await seal(utf8(JSON.stringify(data)), options.passphrase, header);
	return { ...header, encrypted };
}

export function backupFileName(date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `aan-het-roer-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** Reads the envelope; says whether a passphrase is needed. Never touches the database. */
export function parseBackup(text: string): BackupFile {
	if (text.length > MAX_BACKUP_BYTES) throw new BackupError('tooLarge');
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		throw new BackupError(text.includes(BACKUP_FORMAT) ? 'truncated' : 'notJson');
	}
	if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
		throw new BackupError('otherApp');
	}
	const header = v.safeParse(HeaderSchema, raw);
	if (!header.success) throw new BackupError('damaged');
	if (header.output.version > BACKUP_VERSION) throw new BackupError('newerVersion');
	const body = raw as { data?: unknown; encrypted?: unknown };
	if (body.encrypted !== undefined) {
		const sealed = v.safeParse(SealedSchema, body.encrypted);
		if (!sealed.success) throw new BackupError('damaged');
		// Bounded before any work: a file asking 10^12 iterations would freeze the device.
		if (!iterationsAllowed(sealed.output.kdf.iterations)) throw new BackupError('kdfRefused');
		return { ...header.output, format: BACKUP_FORMAT, encrypted: sealed.output };
	}
	return { ...header.output, format: BACKUP_FORMAT, data: validateData(body.data) };
}

function validateData(data: unknown): BackupData {
	const result = v.safeParse(DataSchema, data);
	if (!result.success) throw new BackupError('damaged');
	const out = result.output as BackupData;
	const profileIds = new Set(out.profiles.map((p) => p.id));
	for (const table of PERSONAL_TABLES) {
		if (table === 'profiles') continue;
		for (const record of out[table]) {
			if (!profileIds.has(record.profileId as string)) throw new BackupError('damaged');
		}
	}
	return out;
}

export function isEncrypted(file: BackupFile): file is BackupHeader & { encrypted: Sealed } {
	return 'encrypted' in file;
}

/** The records inside a parsed file, decrypting when needed. */
export async function unlockBackup(file: BackupFile, passphrase?: string): Promise<BackupData> {
	if (!isEncrypted(file)) return file.data;
	if (!passphrase) throw new BackupError('needsPassphrase');
	let plain: Uint8Array;
	try {
		plain = await open(file.encrypted, passphrase, headerOf(file));
	} catch (error) {
		if (error instanceof BadPassphraseError) throw new BackupError('wrongPassphrase');
		if (error instanceof RangeError) throw new BackupError('kdfRefused');
		if (error instanceof TamperedError) throw new BackupError('tampered');
		throw new BackupError('tampered');
	}
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
	} catch {
		throw new BackupError('damaged');
	}
	return validateData(data);
}

export interface BackupSummary {
	createdAt: string;
	profiles: string[];
	counts: Partial<Record<PersonalTable, number>>;
}

export function summarize(file: BackupHeader, data: BackupData): BackupSummary {
	const counts: Partial<Record<PersonalTable, number>> = {};
	for (const table of PERSONAL_TABLES) if (table !== 'profiles') counts[table] = data[table].length;
	return {
		createdAt: file.createdAt,
		profiles: data.profiles.map((p) => String(p.name ?? '')),
		counts
	};
}
