import * as v from 'valibot';
import { RECORD_SCHEMAS } from './records';
import { LATER_TABLES, PERSONAL_TABLES, type LaterTable, type PersonalTable } from './schema';

type RawRows = Record<string, unknown>[];

/**
 * Every personal record, per table, as a backup or a share carries it (not yet checked). A file made
 * before a later table existed does not have it.
 */
export type RawDataSet = Record<Exclude<PersonalTable, LaterTable>, RawRows> &
	Partial<Record<LaterTable, RawRows>>;

/** The same, each record checked against its table's schema. */
export type DataSet = { [T in PersonalTable]: v.InferOutput<(typeof RECORD_SCHEMAS)[T]>[] };

/** Why a data set cannot be stored: which record, and what is wrong with it. */
export type DataSetProblem =
	| { kind: 'missingTable'; table: PersonalTable }
	| { kind: 'invalid'; table: PersonalTable; index: number; field: string }
	| { kind: 'orphan'; table: PersonalTable; index: number };

export type DataSetCheck = { ok: true; value: DataSet } | { ok: false; problem: DataSetProblem };

const isLater = (table: PersonalTable): table is LaterTable =>
	(LATER_TABLES as readonly PersonalTable[]).includes(table);

function checkRecord(table: PersonalTable, record: unknown) {
	return v.safeParse(RECORD_SCHEMAS[table], record);
}

/**
 * Checks every record before anything is written (restore is all-or-nothing): each must match its
 * schema, and each owned record must belong to a profile in the same set (an orphan could never be shown).
 */
export function checkDataSet(data: RawDataSet): DataSetCheck {
	const out: Partial<Record<PersonalTable, unknown[]>> = {};
	for (const table of PERSONAL_TABLES) {
		const rows = data[table] ?? (isLater(table) ? [] : undefined);
		if (!Array.isArray(rows)) return { ok: false, problem: { kind: 'missingTable', table } };
		const checked: unknown[] = [];
		for (const [index, record] of rows.entries()) {
			const result = checkRecord(table, record);
			if (!result.success) {
				const field = v.getDotPath(result.issues[0]) ?? '';
				return { ok: false, problem: { kind: 'invalid', table, index, field } };
			}
			checked.push(result.output);
		}
		out[table] = checked;
	}
	const set = out as DataSet;
	const profileIds = new Set(set.profiles.map((profile) => profile.id));
	for (const table of PERSONAL_TABLES) {
		if (table === 'profiles') continue;
		const index = set[table].findIndex((record) => !profileIds.has(record.profileId));
		if (index >= 0) return { ok: false, problem: { kind: 'orphan', table, index } };
	}
	return { ok: true, value: set };
}

/**
 * What the backup writer keeps: only records the reader accepts. A record whose profile is gone (deleted
 * in another tab while this one saved) or that no longer matches its schema is left out, so a backup the
 * app made can always be restored.
 */
export function keepRestorable(data: RawDataSet): { value: DataSet; dropped: number } {
	let dropped = 0;
	const out: Partial<Record<PersonalTable, unknown[]>> = {};
	for (const table of PERSONAL_TABLES) {
		out[table] = (data[table] ?? []).flatMap((record) => {
			const result = checkRecord(table, record);
			if (result.success) return [result.output];
			dropped++;
			return [];
		});
	}
	const set = out as DataSet;
	const profileIds = new Set(set.profiles.map((profile) => profile.id));
	for (const table of PERSONAL_TABLES) {
		if (table === 'profiles') continue;
		const kept = (set[table] as { profileId: string }[]).filter((record) => profileIds.has(record.profileId));
		dropped += set[table].length - kept.length;
		(set as Record<PersonalTable, unknown[]>)[table] = kept;
	}
	return { value: set, dropped };
}
