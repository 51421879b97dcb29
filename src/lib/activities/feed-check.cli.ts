/**
 * `npm run feed:check -- <file-or-url>`: checks an Open Referral HSDS feed the way the app reads it and
 * prints what is wrong per record, in plain words. Exit code 1 when there are errors, 2 when it cannot read.
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

const source = process.argv[2];
if (!source) {
	console.error('Usage: npm run feed:check -- <file-or-url>');
	process.exit(2);
}
try {
	const report = checkFeed(await read(source), source);
	console.log(report.lines.join('\n'));
	process.exit(report.ok ? 0 : 1);
} catch (error) {
	console.error(`Could not read ${source}: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(2);
}
