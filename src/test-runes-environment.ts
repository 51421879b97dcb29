import type { Environment } from 'vitest/environments';

/**
 * Node's globals, but modules transformed as for the browser: `*.svelte.spec.ts` and the rune modules they
 * test compile to Svelte's client output, where $effect runs (the server output skips effects).
 */
const environment: Environment = {
	name: 'runes',
	viteEnvironment: 'client',
	setup: () => ({ teardown: () => undefined })
};

export default environment;
