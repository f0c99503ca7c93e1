/**
 * `jsonArrayBytes` of the items' `jsonElementForWeb` texts is, byte for byte, `jsonForWeb` of the
 * whole array: the layout of nested objects and arrays, markup escaped, strings with escaped line
 * breaks, items JSON cannot represent, Vietnamese text, and the empty array.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	jsonArrayBytes,
	jsonArrayChunks,
	jsonElementForWeb,
	jsonForWeb,
} from '../../src/lib/site/outputs/json-for-web.ts';

const encoder = new TextEncoder();
/** The array's bytes put together from each item's element text, as briefings.json is. */
function jsonArrayForWeb(items: Iterable<unknown>): Uint8Array {
	return jsonArrayBytes(
		(function* () {
			for (const item of items) yield encoder.encode(jsonElementForWeb(item));
		})(),
	);
}

const same = (items: unknown[]) => {
	assert.equal(new TextDecoder().decode(jsonArrayForWeb(items)), jsonForWeb(items), JSON.stringify(items));
	// In pieces (jsonArrayChunks), as the site's briefings.json is written: the same bytes.
	const pieces = [...jsonArrayChunks(items.map((item) => encoder.encode(jsonElementForWeb(item))))];
	assert.equal(new TextDecoder().decode(Buffer.concat(pieces)), jsonForWeb(items), JSON.stringify(items));
};

describe('jsonArrayBytes and jsonElementForWeb', () => {
	it('writes the bytes jsonForWeb writes for the whole array', () => {
		same([
			{ id: 'a', title: 'Huyện Ứng Hòa <b>&</b> "x"', list: [1, [2, { deep: [] }], {}], nested: { a: { b: null } } },
			{ id: 'b', text: 'dòng một\ndòng hai\ttab', empty: [], none: {} },
		]);
	});
	it('writes items JSON cannot represent as null, and plain values as they are', () => {
		same([undefined, () => 1, 3, 'x', null, true, [[]]]);
	});
	it('writes an empty array on one line', () => {
		same([]);
		assert.equal(new TextDecoder().decode(jsonArrayForWeb([])), '[]\n');
	});
	it('takes any iterable, one item at a time', () => {
		function* items() {
			yield { a: 1 };
			yield { b: [2] };
		}
		assert.equal(new TextDecoder().decode(jsonArrayForWeb(items())), jsonForWeb([{ a: 1 }, { b: [2] }]));
	});
});
