import { fromBase64Url, toBase64Url, utf8 } from '$lib/backup/bytes';
import { checkDataSet } from '$lib/storage/data-set';
import { fromWire, toWire, type SharedData } from './compact';
import { sharedToRecords } from './source';

export const SHARE_VERSION = 1;
/** Messengers and one QR code (level L, binary) handle this comfortably. */
export const LINK_BUDGET = 2000;
/** Refuse before decompressing: a real share is far smaller, and a zip bomb must not fill memory. */
const MAX_PLAIN_BYTES = 2 * 1024 * 1024;

export type ShareProblem = 'empty' | 'version' | 'damaged';

export class ShareError extends Error {
	constructor(readonly problem: ShareProblem) {
		super(problem);
	}
}

const aad = (version: number) => utf8(`aan-het-roer-share.v${version}`);

async function pipeThrough(
	bytes: Uint8Array<ArrayBuffer>,
	stream: CompressionStream | DecompressionStream,
	limit = Infinity
) {
	const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel();
			throw new ShareError('damaged');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

/** The fragment (without '#'): `v1.<key>.<iv+ciphertext>`. The key never leaves the fragment. */
export async function encodeShare(data: SharedData): Promise<string> {
	const compressed = await pipeThrough(
		utf8(JSON.stringify(toWire(data))),
		new CompressionStream('deflate-raw')
	);
	const rawKey = crypto.getRandomValues(new Uint8Array(32));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const key = await crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt']);
	const sealed = new Uint8Array(
		await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(SHARE_VERSION) }, key, compressed)
	);
	const body = new Uint8Array(iv.length + sealed.length);
	body.set(iv);
	body.set(sealed, iv.length);
	return `v${SHARE_VERSION}.${toBase64Url(rawKey)}.${toBase64Url(body)}`;
}

export async function decodeShare(fragment: string): Promise<SharedData> {
	const text = fragment.replace(/^#/, '').trim();
	if (!text) throw new ShareError('empty');
	const parts = text.split('.');
	const version = /^v(\d+)$/.exec(parts[0] ?? '');
	if (!version) throw new ShareError('damaged');
	if (Number(version[1]) !== SHARE_VERSION)
		throw new ShareError(Number(version[1]) > SHARE_VERSION ? 'version' : 'damaged');
	if (parts.length !== 3) throw new ShareError('damaged');
	let rawKey: Uint8Array<ArrayBuffer>, body: Uint8Array<ArrayBuffer>;
	try {
		rawKey = fromBase64Url(parts[1]!);
		body = fromBase64Url(parts[2]!);
	} catch {
		throw new ShareError('damaged');
	}
	if (rawKey.length !== 32 || body.length < 12 + 16) throw new ShareError('damaged');
	let plain: Uint8Array<ArrayBuffer>;
	try {
		const key = await crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['decrypt']);
		const compressed = new Uint8Array(
			await crypto.subtle.decrypt(
				{ name: 'AES-GCM', iv: body.slice(0, 12), additionalData: aad(SHARE_VERSION) },
				key,
				body.slice(12)
			)
		);
		plain = (await pipeThrough(
			compressed,
			new DecompressionStream('deflate-raw'),
			MAX_PLAIN_BYTES
		)) as Uint8Array<ArrayBuffer>;
		const shared = fromWire(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)));
		// The record schemas that backup and restore use: a share whose records could not be kept is
		// refused now, not after the coach taps "Bewaar".
		let n = 0;
		if (!checkDataSet(sharedToRecords(shared, shared.from, () => `check-${n++}`).data).ok) throw new Error();
		return shared;
	} catch {
		throw new ShareError('damaged');
	}
}

/** The whole link; `receiveAt` is the absolute URL of the receive page (/gedeeld/). */
export async function buildShareLink(data: SharedData, receiveAt: string): Promise<string> {
	return `${receiveAt}#${await encodeShare(data)}`;
}

/** Whether a link is short enough for messengers and one QR code. */
export function fitsBudget(link: string): boolean {
	return link.length <= LINK_BUDGET;
}
