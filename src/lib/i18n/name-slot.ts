/**
 * A name someone typed, inside a translated sentence ("Kopie van {{name}}, gedeeld op …"), must be
 * isolated: a Latin name in an Arabic sentence, or an Arabic name in a Dutch one, otherwise pulls the
 * punctuation around it to the wrong side. We translate with this private-use character in the name's
 * place and render the name in a <bdi> there (WithName.svelte), so the page text stays the plain
 * sentence (search, copy and screen readers read it as written).
 */
export const NAME_SLOT = '\uE000';

/** A translated sentence with NAME_SLOT, and the name that goes there. */
export interface WithNameText {
	text: string;
	name: string;
}

/** The text before and after the name; a sentence without the slot is all "before". */
export function aroundName(text: string): [before: string, after: string] {
	const at = text.indexOf(NAME_SLOT);
	return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + NAME_SLOT.length)];
}

/** The sentence as plain text, for tests and for places that cannot hold markup. */
export function plainWithName({ text, name }: WithNameText): string {
	return text.replace(NAME_SLOT, name);
}
