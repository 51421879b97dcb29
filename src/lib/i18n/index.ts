export { locale, t } from './locale.svelte';
export { loadNamespaces } from './i18n';
export { languages, isLang, dirOf, defaultLang, type Lang, type Dir } from './languages';
export { formatDate, formatTime, formatNumber, formatBytes, TIME_ZONE } from './format';
