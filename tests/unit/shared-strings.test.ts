/**
 * Equal strings held once (src/lib/shared-strings.ts): the value is unchanged, short strings are
 * shared across values through the pool, long ones only within a value, and strings in arrays
 * and nested objects are reached.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SHORT_STRING, shareStrings } from '../../src/lib/shared-strings.ts';

// Strings as JSON.parse makes them: a new string for each value, never one of the source's.
const parsed = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const sentence = `Thu ngân sách ước đạt gần 78% dự toán giao, ${'tăng so với cùng kỳ '.repeat(3)}.`;

describe('shareStrings', () => {
	it('gives back the same value, equal in every part', () => {
		const value = {
			title: 'Làm việc với huyện Nậm Pồ',
			indicators: [
				{ key: 'budget-revenue', unit: 'tỷ đồng', sentence, hedges: { value: 'gần' } },
				{ key: 'production-value', unit: 'tỷ đồng', sentence },
			],
			list: ['a', ['b', { c: null, d: 3, e: true }]],
		};
		const copy = parsed(value);
		assert.equal(shareStrings(copy, new Map()), copy);
		assert.deepEqual(copy, value);
		assert.equal(shareStrings('plain', new Map()), 'plain');
		assert.equal(shareStrings(null, new Map()), null);
	});

	it('puts every short string in the pool, shared across values, and no long one', () => {
		assert.ok(sentence.length > SHORT_STRING);
		const pool = new Map<string, string>();
		const one = shareStrings(parsed({ unit: 'tỷ đồng', sentence }), pool);
		const two = shareStrings(parsed({ items: [{ unit: 'tỷ đồng' }], sentence }), pool);
		assert.deepEqual([...pool.keys()].sort(), ['tỷ đồng']);
		assert.equal(pool.get('tỷ đồng'), one.unit);
		assert.equal(two.items[0]?.unit, one.unit);
		assert.equal(two.sentence, sentence);
	});

	it('shares a long string within a value: each later copy is replaced by the first', () => {
		const value = parsed({ indicators: [{ sentence }, { sentence }], officials: [[sentence]] });
		shareStrings(value, new Map());
		const first = value.indicators[0]?.sentence;
		assert.equal(value.indicators[1]?.sentence, first);
		assert.equal(value.officials[0]?.[0], first);
	});
});
