import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import * as v from 'valibot';
import { RECORD_SCHEMAS, SettingSchema } from './records';

/**
 * Every record is checked against its schema (records.ts) where it is written, whoever writes it: a room's
 * repository, a restore, a kept share, a migration's upgrade. A record the rooms could not show never
 * reaches the database; the write fails instead, and save() reports it as the calm storage banner.
 * (The feed copy is not personal and has no schema.)
 */
const SCHEMAS: Record<string, v.GenericSchema> = { ...RECORD_SCHEMAS, settings: SettingSchema };

/** A write that would store a record its room cannot show. Names the table and field, never the value. */
export class RecordRefusedError extends Error {
	override name = 'RecordRefusedError';
	constructor(
		readonly table: string,
		readonly field: string
	) {
		super(`A ${table} record does not match its schema (${field || 'record'}); nothing was written.`);
	}
}

function check(table: string, request: DBCoreMutateRequest): void {
	const schema = SCHEMAS[table];
	// Deletes carry no records; an update arrives as a put with the whole, changed record in `values`.
	if (!schema || (request.type !== 'add' && request.type !== 'put')) return;
	for (const value of request.values) {
		const result = v.safeParse(schema, value);
		if (!result.success) throw new RecordRefusedError(table, v.getDotPath(result.issues[0]) ?? '');
	}
}

export const checkedWrites: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'checked-writes',
	create: (down) => ({
		...down,
		table: (name) => {
			const table = down.table(name);
			return {
				...table,
				mutate: (request) => {
					try {
						check(name, request);
					} catch (error) {
						return Promise.reject(error);
					}
					return table.mutate(request);
				}
			};
		}
	})
};
