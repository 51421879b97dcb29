export { locale, t } from './locale.svelte';
export { loadNamespaces } from './i18n';
export { languages, isLang, dirOf, defaultLang, type Lang, type Dir } from './languages';
export {
	formatDate,
	formatTime,
	formatNumber,
	formatMoney,
	formatBytes,
	formatList,
	joinDayAndTime,
	languageName,
	sortByName,
	TIME_ZONE
} from './format';
