import type { Browser } from '@playwright/test';

export const MAIN_ROUTES: string[];
export function firstVisitBytes(
	browser: Browser,
	url: string
): Promise<{ html: number; css: number; js: number; total: number }>;
