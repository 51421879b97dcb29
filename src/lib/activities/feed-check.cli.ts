/**
 * `npm run feed:check -- <file-or-url> [--json]`: checks an Open Referral HSDS feed the way the app reads
 * it and prints what is wrong per record, in plain words (or as JSON for a CI job). Exit codes: 0 usable
 * without errors (warnings allowed), 1 errors (records left out, or the app cannot use the feed), 2 the
 * file or address could not be read.
 */
import { readFile } from 'node:fs/promises';
import { checkFeed } from './feed-check';

async function read(source: string): Promise<string> {
	if (/^https?:\/\//.test(source)) {
		const response = await fetch(source);
		if (!response.ok) throw new Error(`The server answered ${response.status} ${response.statusText}.`);
		return response.text();
	}
	return readFile(source, 'utf8');
}

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const source = args.find((arg) => arg !== '--json');
if (!source) {
	console.error('Usage: npm run feed:check -- <file-or-url> [--json]');
	process.exit(2);
}
try {
	const report = checkFeed(await read(source), source);
	console.log(asJson ? JSON.stringify(report.json, null, 2) : report.lines.join('\n'));
	process.exit(report.ok ? 0 : 1);
} catch (error) {
	console.error(`Could not read ${source}: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(2);
}
