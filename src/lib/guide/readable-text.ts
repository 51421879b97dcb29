/** The readable text of a topic: everything a resident reads, sentence by sentence. */
export function readableText(topic: {
	answer: string;
	normal: string[];
	yourself: string[];
	others: string[];
	neighbourhood: string[];
	getHelp: { signal: string }[];
	talking: string;
}): string {
	return [
		topic.answer,
		...topic.normal,
		...topic.yourself,
		...topic.others,
		...topic.neighbourhood,
		...topic.getHelp.map((h) => h.signal),
		topic.talking
	].join('\n');
}
