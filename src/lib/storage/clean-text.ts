import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { withoutBidiControls } from '../text/bidi';

/**
 * Every write to the database leaves out bidi override and isolate controls (see text/bidi.ts): one
 * place for what a resident types, what a restore or a share link brings in, and the feed copy. A
 * Dexie middleware sees add, put, update (which may arrive as change specs only) and bulk writes alike.
 */
function clean(request: DBCoreMutateRequest): DBCoreMutateRequest {
	if (request.type === 'add') return { ...request, values: request.values.map(withoutBidiControls) };
	if (request.type !== 'put') return request;
	return {
		...request,
		values: request.values.map(withoutBidiControls),
		...(request.changeSpec && { changeSpec: withoutBidiControls(request.changeSpec) }),
		...(request.updates && {
			updates: {
				keys: request.updates.keys,
				changeSpecs: request.updates.changeSpecs.map(withoutBidiControls)
			}
		})
	};
}

export const withoutBidiOnWrite: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'without-bidi-controls',
	create: (down) => ({
		...down,
		table: (name) => {
			const table = down.table(name);
			return { ...table, mutate: (request) => table.mutate(clean(request)) };
		}
	})
};
