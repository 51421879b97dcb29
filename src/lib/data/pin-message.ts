import { t } from '$lib/i18n';
import type { PinAttempt } from './pin';

/** What to tell the resident after a PIN try that did not open: wait, or wrong. */
export function pinTryMessage(attempt: Extract<PinAttempt, { opened: false }>): string {
	return attempt.waitMs > 0
		? t('data:profiles.pinWait', { seconds: Math.ceil(attempt.waitMs / 1000) })
		: t('data:profiles.pinWrong');
}
