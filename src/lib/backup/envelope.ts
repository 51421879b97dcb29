import * as v from 'valibot';
import { PERSONAL_TABLES, type PersonalTable } from '$lib/storage/schema';
import { checkDataSet, type DataSet, type RawDataSet } from '$lib/storage/data-set';
import { utf8 } from './bytes';
import { BadPassphraseError, iterationsAllowed, open, seal, TamperedError, type Sealed } from './crypto';

export const BACKUP_FORMAT = 'aan-het-roer-backup';
export const BACKUP_VERSION = 1;
/** Far above any real backup (thousands of records are well under 1 MB); refused before reading. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;

/** Records as a file holds them; parseBackup/unlockBackup check them against the record schemas. */
export type BackupData = RawDataSet;

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
	| 'invalidRecord'
	| 'orphan'
	| 'tampered'
	| 'needsPassphrase'
	| 'wrongPassphrase'
	| 'kdfRefused';

/** Which record a file cannot restore (number counts from 1, as a person would), for the message. */
export interface RecordDetail {
	table: PersonalTable;
	number: number;
	field?: string;
}

export class BackupError extends Error {
	constructor(
		readonly problem: BackupProblem,
		readonly detail?: RecordDetail
	) {
		super(detail ? `${problem}: ${detail.table} #${detail.number} ${detail.field ?? ''}` : problem);
	}
}

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

/**
 * The file's name says whether it has a passphrase, so a resident with two files knows which one needs it
 * (issue 18). The name stays the same in every language: it is what the resident searches for in Downloads.
 */
export function backupFileName(date = new Date(), protectedByPassphrase = false): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const kind = protectedByPassphrase ? 'backup-met-wachtwoord' : 'backup';
	return `aan-het-roer-${kind}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
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

/**
 * Checks every record against its schema (src/lib/storage/records.ts), the same check restore makes
 * before it writes: a file is refused as a whole, naming the first record the app could not show.
 */
export function validateData(data: unknown): DataSet {
	if (typeof data !== 'object' || data === null) throw new BackupError('damaged');
	const checked = checkDataSet(data as RawDataSet);
	if (checked.ok) return checked.value;
	const { problem } = checked;
	if (problem.kind === 'missingTable') throw new BackupError('damaged');
	const detail: RecordDetail = { table: problem.table, number: problem.index + 1 };
	if (problem.kind === 'orphan') throw new BackupError('orphan', detail);
	throw new BackupError('invalidRecord', { ...detail, field: problem.field });
}

export function isEncrypted(file: BackupFile): file is BackupHeader & { encrypted: Sealed } {
	return 'encrypted' in file;
}

/** The records inside a parsed file, decrypting when needed. */
export async function unlockBackup(file: BackupFile, passphrase?: string): Promise<DataSet> {
	if (!isEncrypted(file)) return validateData(file.data);
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
	for (const table of PERSONAL_TABLES) if (table !== 'profiles') counts[table] = data[table]?.length ?? 0;
	return {
		createdAt: file.createdAt,
		profiles: data.profiles.map((p) => String(p.name ?? '')),
		counts
	};
}
