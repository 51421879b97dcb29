import { clampTimeout, lockoutMs, readWalkInConfig, writeWalkInConfig, type WalkInConfig } from './device';
import { verifyStaffCode } from './staff-code';

/**
 * The one door for staff on a walk-in tablet: switching off and changing the settings both pass here, so a
 * guest cannot change either by trying codes. After several wrong codes, new tries wait a while (kept in
 * localStorage, so a reload does not reset it).
 */
export type StaffGate =
	| { ok: true; config: WalkInConfig }
	| { ok: false; reason: 'wrong-code' | 'wait'; waitSeconds: number }
	| { ok: false; reason: 'not-walk-in'; waitSeconds: 0 };

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export async function passStaffGate(code: string, now = Date.now(), storage?: KeyValue): Promise<StaffGate> {
	const config = readWalkInConfig(storage);
	if (!config) return { ok: false, reason: 'not-walk-in', waitSeconds: 0 };
	const locked = (config.lockedUntil ?? 0) - now;
	if (locked > 0) return { ok: false, reason: 'wait', waitSeconds: Math.ceil(locked / 1000) };
	if (!(await verifyStaffCode(code, config.code))) {
		const failedAttempts = (config.failedAttempts ?? 0) + 1;
		const wait = lockoutMs(failedAttempts);
		writeWalkInConfig({ ...config, failedAttempts, lockedUntil: wait ? now + wait : 0 }, storage);
		return wait
			? { ok: false, reason: 'wait', waitSeconds: Math.ceil(wait / 1000) }
			: { ok: false, reason: 'wrong-code', waitSeconds: 0 };
	}
	const opened = { ...config, failedAttempts: 0, lockedUntil: 0 };
	writeWalkInConfig(opened, storage);
	return { ok: true, config: opened };
}

export interface WalkInSettings {
	centre: string;
	neighbourhood: string;
	timeoutMinutes: number;
}

/** The settings a volunteer may change while walk-in mode stays on; the code and device language stay. */
export function withSettings(config: WalkInConfig, settings: WalkInSettings): WalkInConfig {
	return {
		...config,
		centre: settings.centre.trim(),
		neighbourhood: settings.neighbourhood.trim(),
		timeoutMinutes: clampTimeout(settings.timeoutMinutes)
	};
}

/** Changes centre, neighbourhood and timeout with the staff code, without switching walk-in mode off. */
export async function changeSettings(
	code: string,
	settings: WalkInSettings,
	now = Date.now(),
	storage?: KeyValue
): Promise<StaffGate> {
	const gate = await passStaffGate(code, now, storage);
	if (!gate.ok) return gate;
	const changed = withSettings(gate.config, settings);
	writeWalkInConfig(changed, storage);
	return { ok: true, config: changed };
}
