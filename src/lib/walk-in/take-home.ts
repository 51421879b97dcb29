import type {
	CheckIn,
	Conversation,
	Goal,
	NetworkSnapshot,
	Person,
	SafetyPlan,
	Step,
	Strength
} from '$lib/storage/schema';
import { SHARE_PARTS, pickShared, type SharedData, type ShareSource } from '$lib/share/compact';
import { buildShareLink, decodeShare } from '$lib/share/link';

/**
 * "Take it home": what the guest made, as one bundle that goes into a share link and a QR code for the
 * resident's own phone. A QR code holds about 2,900 bytes (error correction L: it is read from a clean screen or paper); when the bundle is larger, we leave out the
 * least essential parts step by step and say on screen what was left out.
 */
export interface TakeHomeBundle {
	people: Person[];
	goals: Goal[];
	steps: Step[];
	strengths: Strength[];
	checkins: CheckIn[];
	conversations: Conversation[];
	safetyPlans: SafetyPlan[];
	snapshots: NetworkSnapshot[];
}

export const REDUCTIONS = ['none', 'history', 'notes', 'essentials'] as const;
export type Reduction = (typeof REDUCTIONS)[number];

export function emptyBundle(): TakeHomeBundle {
	return {
		people: [],
		goals: [],
		steps: [],
		strengths: [],
		checkins: [],
		conversations: [],
		safetyPlans: [],
		snapshots: []
	};
}

export function isEmpty(bundle: TakeHomeBundle): boolean {
	return Object.values(bundle).every((records: unknown[]) => records.length === 0);
}

/**
 * history: no check-in history or saved map snapshots. notes: also no free-text notes.
 * essentials: only names, circles, goals and steps.
 */
export function reduce(bundle: TakeHomeBundle, level: Reduction): TakeHomeBundle {
	if (level === 'none') return bundle;
	const lighter: TakeHomeBundle = { ...bundle, checkins: [], snapshots: [] };
	if (level === 'history') return lighter;
	lighter.people = bundle.people.map(({ note: _note, canAsk: _canAsk, ...person }) => person);
	lighter.goals = bundle.goals.map(({ why: _why, ...goal }) => goal);
	if (level === 'notes') return lighter;
	lighter.strengths = [];
	lighter.conversations = [];
	// The safety plan goes last of all: it is what a guest in a bad moment needs most at home.
	return lighter;
}

/** Everything in the guest database (it only ever holds this guest's records). */
export async function collectGuestBundle(): Promise<TakeHomeBundle> {
	const { db, loadStorage } = await import('$lib/storage/db');
	await loadStorage();
	const d = db();
	const [people, goals, steps, strengths, checkins, conversations, safetyPlans, snapshots] =
		await Promise.all([
			d.people.toArray(),
			d.goals.toArray(),
			d.steps.toArray(),
			d.strengths.toArray(),
			d.checkins.toArray(),
			d.conversations.toArray(),
			d.safetyPlans.toArray(),
			d.snapshots.toArray()
		]);
	return { people, goals, steps, strengths, checkins, conversations, safetyPlans, snapshots };
}

/** The take-home bundle in the shape of a share: everything the guest made, as one profile. */
export function sharedFromBundle(bundle: TakeHomeBundle): SharedData {
	const source: ShareSource = {
		profileName: '',
		people: bundle.people,
		goals: bundle.goals,
		steps: bundle.steps,
		strengths: bundle.strengths,
		checkins: bundle.checkins,
		conversation: bundle.conversations[0],
		safetyPlan: bundle.safetyPlans[0]
	};
	return pickShared(source, new Set(SHARE_PARTS));
}

/**
 * The encrypted share link (src/lib/share): compressed, encrypted with AES-GCM under a random key that
 * travels only in the #fragment, never to a server. `openAt` is the app's root URL; the link opens its
 * receive page (/gedeeld/), where the resident can save it on their own phone.
 */
export async function buildTakeHomeLink(bundle: TakeHomeBundle, openAt: string): Promise<string> {
	return buildShareLink(sharedFromBundle(bundle), new URL('gedeeld/', openAt).href);
}

/** Reads a take-home link back (null for anything that is not a valid one). */
export async function readTakeHomeLink(link: string): Promise<SharedData | null> {
	try {
		return await decodeShare(new URL(link).hash);
	} catch {
		return null;
	}
}

/** The QR code's modules (dark = true), or null when the text does not fit in one code. */
export async function qrModules(text: string): Promise<{ size: number; dark: boolean[] } | null> {
	const { default: QRCode } = await import('qrcode');
	try {
		const code = QRCode.create(text, { errorCorrectionLevel: 'L' });
		const { size, data } = code.modules;
		return { size, dark: Array.from(data, (bit) => bit === 1) };
	} catch {
		return null;
	}
}

export interface TakeHome {
	link: string;
	reduction: Reduction;
	qr: { size: number; dark: boolean[] } | null;
}

/** The link with as much of the bundle as one QR code can carry. */
export async function prepareTakeHome(
	bundle: TakeHomeBundle,
	openAt: string,
	build: (bundle: TakeHomeBundle, openAt: string) => Promise<string> = buildTakeHomeLink
): Promise<TakeHome> {
	const full = await build(bundle, openAt);
	for (const reduction of REDUCTIONS) {
		const link = reduction === 'none' ? full : await build(reduce(bundle, reduction), openAt);
		const qr = await qrModules(link);
		if (qr) return { link, reduction, qr };
	}
	// Even the essentials are too big for one code: the link still works by copying or printing.
	return { link: full, reduction: 'none', qr: null };
}

/** An SVG path for the QR modules: one square per dark module, with a 4-module quiet zone. */
export function qrPath(qr: { size: number; dark: boolean[] }): string {
	const parts: string[] = [];
	for (let y = 0; y < qr.size; y++) {
		for (let x = 0; x < qr.size; x++) {
			if (qr.dark[y * qr.size + x]) parts.push(`M${x + 4} ${y + 4}h1v1h-1z`);
		}
	}
	return parts.join('');
}
