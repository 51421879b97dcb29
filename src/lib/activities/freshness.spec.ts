import { describe, expect, it } from 'vitest';
import { isStale, reportAddress, reportHref } from './freshness';

describe('freshness of a record', () => {
	const now = new Date('2026-12-06T10:00:00Z');

	it('is stale only when a person last checked it more than a year ago', () => {
		expect(isStale({ lastVerified: '2025-12-06' }, now)).toBe(false);
		expect(isStale({ lastVerified: '2025-12-05' }, now)).toBe(true);
		expect(isStale({ lastVerified: '2026-10-01' }, now)).toBe(false);
		// Never checked: nothing to say about age (the page shows no date either).
		expect(isStale({ lastVerified: '' }, now)).toBe(false);
	});

	it('writes to whoever checked the record, else to the activity', () => {
		expect(reportAddress({ checkedBy: 'controle@example.org', email: 'info@example.org' })).toBe(
			'controle@example.org'
		);
		expect(reportAddress({ checkedBy: undefined, email: 'info@example.org' })).toBe('info@example.org');
		expect(reportAddress({ checkedBy: undefined, email: '' })).toBe('');
	});

	it('fills in the mail without letting the words add receivers', () => {
		const href = reportHref('controle@example.org', 'Klopt dit nog? Koffie & thee', 'Over: x?cc=a@b.c');
		const url = new URL(href);
		expect(url.protocol).toBe('mailto:');
		expect(url.pathname).toBe('controle@example.org');
		expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
		expect(url.searchParams.get('subject')).toBe('Klopt dit nog? Koffie & thee');
		expect(url.searchParams.get('body')).toBe('Over: x?cc=a@b.c');
	});
});
