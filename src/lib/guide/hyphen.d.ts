// The `hyphen` package ships no types (and @types/hyphen is not installed): only what we use.
declare module 'hyphen' {
	type Patterns = unknown;
	type Hyphenate = (text: string) => string;
	export default function createHyphenator(
		patterns: Patterns,
		options?: { hyphenChar?: string; minWordLength?: number }
	): Hyphenate;
}
declare module 'hyphen/patterns/nl' {
	const patterns: unknown;
	export default patterns;
}
declare module 'hyphen/patterns/en-us' {
	const patterns: unknown;
	export default patterns;
}
