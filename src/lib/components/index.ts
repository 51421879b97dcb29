// Dialog and FilePicker are imported by their own path: only some pages use them, and everything exported
// here ends up in one shared chunk that every page's first visit downloads.
export { default as Button } from './Button.svelte';
export { default as Card } from './Card.svelte';
export { default as EmptyState } from './EmptyState.svelte';
export { default as Field } from './Field.svelte';
export { default as Icon } from './Icon.svelte';
export { default as Notice } from './Notice.svelte';
export { default as PageHeader } from './PageHeader.svelte';
export type { IconName } from './icons';
export { default as Logo } from './Logo.svelte';
