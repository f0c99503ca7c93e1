/**
 * The entries' digests known before the pages' keys are made (src/lib/entry-digests.ts): taken
 * only when they are those of exactly the entries built, and kept for the process.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knownEntryDigests, recordEntryDigests, recordedEntryDigests } from '../../src/lib/entry-digests.ts';

describe("the entries' known digests", () => {
	const a = { id: 'a', data: { title: 'Huyện Mường Nhé họp giao ban' } };
	const b = { id: 'b', data: { title: 'Thị xã Mường Lay báo cáo thu ngân sách' } };

	it("gives each entry's data the digest of its id, and none for any other object", () => {
		const known = knownEntryDigests(
			[a, b],
			new Map([
				['a', 'da'],
				['b', 'db'],
			]),
		);
		assert.equal(known?.(a.data), 'da');
		assert.equal(known?.(b.data), 'db');
		assert.equal(known?.({ ...a.data }), undefined, 'an equal object that is not the entry’s data is read');
	});

	it('takes none when the digests are not those of exactly these entries', () => {
		assert.equal(knownEntryDigests([a, b], undefined), undefined);
		assert.equal(knownEntryDigests([a, b], new Map([['a', 'da']])), undefined, 'one missing');
		assert.equal(
			knownEntryDigests(
				[a, b],
				new Map([
					['a', 'da'],
					['c', 'dc'],
				]),
			),
			undefined,
			'another entry’s',
		);
		assert.equal(
			knownEntryDigests(
				[a],
				new Map([
					['a', 'da'],
					['b', 'db'],
				]),
			),
			undefined,
			'a load of more entries',
		);
	});

	it('keeps the digests put down last, for every instance of the module in the process', async () => {
		const digests = new Map([['a', 'da']]);
		recordEntryDigests(digests);
		assert.equal(recordedEntryDigests(), digests);
		// Kept where another instance of the module (as the loader's and the pages' are) reads it.
		assert.equal((globalThis as Record<symbol, unknown>)[Symbol.for('district-briefings.entry-digests')], digests);
		const later = new Map([['b', 'db']]);
		recordEntryDigests(later);
		assert.equal(recordedEntryDigests(), later);
	});
});
