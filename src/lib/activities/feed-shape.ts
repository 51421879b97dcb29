/**
 * For feed:check only: what a file is when it is not the list the app expects, and what the app leaves
 * out of it (other pages), in plain words for the people who maintain a feed.
 */
const has = (object: Record<string, unknown>, keys: string[]) => keys.some((key) => key in object);

function isOrganisation(object: Record<string, unknown>): boolean {
	return has(object, ['legal_status', 'tax_status', 'year_incorporated', 'website']);
}

/** Notes on a feed the app can read: another page exists, or it is an organisation's list. */
export function shapeNotices(json: unknown): string[] {
	if (!json || typeof json !== 'object' || Array.isArray(json)) return [];
	const object = json as Record<string, unknown>;
	const notices: string[] = [];
	const pages = Number(object.total_pages);
	if (Array.isArray(object.contents) && pages > 1)
		notices.push(
			`This is page ${Number(object.page_number) || 1} of ${pages} (total_pages): the app reads only this one page. Publish every service in one feed (for example with a larger page size).`
		);
	if (!Array.isArray(object.contents) && Array.isArray(object.services) && isOrganisation(object))
		notices.push(
			'This is one organisation (an HSDS organization record): we read the services in its "services" list.'
		);
	return notices;
}

/** Why a file that is JSON has no list of services, when we can tell. */
export function shapeProblem(json: unknown): string | undefined {
	if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
	const object = json as Record<string, unknown>;
	if (isOrganisation(object))
		return 'This is one organisation (an HSDS organization record) without a "services" list. The app needs a list of services: [ {service}, ... ] or { "services": [ ... ] }.';
	if (has(object, ['name']) && has(object, ['id', 'schedules', 'service_at_locations', 'organization']))
		return 'This is one service (an object with "id" and "name"), not a list. Put it in a list: [ {service} ] or { "services": [ {service} ] }.';
	return undefined;
}
