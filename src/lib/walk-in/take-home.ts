import type {
	CheckIn,
	Conversation,
	Goal,
	NetworkSnapshot,
	Person,
	Step,
	Strength
} from '$lib/storage/schema';

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
	snapshots: NetworkSnapshot[];
}

export const REDUCTIONS = ['none', 'history', 'notes', 'essentials'] as const;
export type Reduction = (typeof REDUCTIONS)[number];

export function emptyBundle(): TakeHomeBundle {
	return { people: [], goals: [], steps: [], strengths: [], checkins: [], conversations: [], snapshots: [] };
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
	return lighter;
}

/** Everything in the guest database (it only ever holds this guest's records). */
export async function collectGuestBundle(): Promise<TakeHomeBundle> {
	const { db, loadStorage } = await import('$lib/storage/db');
	await loadStorage();
	const d = db();
	const [people, goals, steps, strengths, checkins, conversations, snapshots] = await Promise.all([
		d.people.toArray(),
		d.goals.toArray(),
		d.steps.toArray(),
		d.strengths.toArray(),
		d.checkins.toArray(),
		d.conversations.toArray(),
		d.snapshots.toArray()
	]);
	return { people, goals, steps, strengths, checkins, conversations, snapshots };
}

const base64url = (bytes: Uint8Array): string =>
	btoa(String.fromCharCode(...bytes))
		.replaceAll('+', '-')
		.replaceAll('/', '_')
		.replace(/=+$/, '');

async function deflate(text: string): Promise<Uint8Array> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * SEAM: the encrypted share link. The sharing feature (branch wt/data, src/lib/share/) owns the link
 * format and the page that opens it. Until it is merged, this makes a link in the same spirit: the bundle
 * is compressed and encrypted with AES-GCM, and the key travels only in the #fragment (never sent to a
 * server). `openAt` is the app's URL that will receive it. Replace the body with the data engineer's
 * function when merging; the rest of the take-home screen stays as it is.
 */
export async function buildTakeHomeLink(bundle: TakeHomeBundle, openAt: string): Promise<string> {
	const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']);
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const plain = await deflate(JSON.stringify({ v: 1, kind: 'walk-in', ...bundle }));
	const cipher = new Uint8Array(
		await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain as Uint8Array<ArrayBuffer>)
	);
	const rawKey = new Uint8Array(await crypto.subtle.exportKey('raw', key));
	return `${openAt}#${base64url(rawKey)}.${base64url(iv)}.${base64url(cipher)}`;
}

const fromBase64url = (text: string): Uint8Array<ArrayBuffer> =>
	Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0));

/**
 * SEAM, the other half of buildTakeHomeLink: reads a provisional take-home link back into a bundle
 * (null for anything that is not one). It proves the link carries the data; the sharing feature's own
 * receiving page replaces it.
 */
export async function readTakeHomeLink(link: string): Promise<TakeHomeBundle | null> {
	try {
		const [key, iv, cipher] = new URL(link).hash.slice(1).split('.');
		if (!key || !iv || !cipher) return null;
		const cryptoKey = await crypto.subtle.importKey('raw', fromBase64url(key), 'AES-GCM', false, ['decrypt']);
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: fromBase64url(iv) },
			cryptoKey,
			fromBase64url(cipher)
		);
		const stream = new Blob([plain]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
		const { v, kind, ...bundle } = JSON.parse(await new Response(stream).text()) as Record<string, unknown>;
		if (v !== 1 || kind !== 'walk-in') return null;
		return { ...emptyBundle(), ...(bundle as Partial<TakeHomeBundle>) };
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
