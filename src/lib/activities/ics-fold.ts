/**
 * RFC 5545 (3.1): a content line is at most 75 octets, folded with CRLF and one space. The ics package
 * folds by characters, so a line of Arabic (two octets a letter) or emoji (four) came out up to four times
 * too long, which strict calendar apps refuse. We unfold its output and fold again by octets, never inside
 * a character (a fold may not split a UTF-8 sequence).
 */
const LIMIT = 75;
const encoder = new TextEncoder();

export function foldByOctets(text: string): string {
	const unfolded = text.replace(/\r\n[ \t]/g, '');
	return unfolded
		.split('\r\n')
		.map((line) => foldLine(line))
		.join('\r\n');
}

function foldLine(line: string): string {
	if (encoder.encode(line).length <= LIMIT) return line;
	const parts: string[] = [];
	let part = '';
	let octets = 0;
	// The first line holds 75 octets; each continuation line one less, for its leading space.
	let room = LIMIT;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > room) {
			parts.push(part);
			part = '';
			octets = 0;
			room = LIMIT - 1;
		}
		part += char;
		octets += size;
	}
	parts.push(part);
	return parts.join('\r\n ');
}
