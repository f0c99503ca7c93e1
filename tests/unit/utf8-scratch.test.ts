import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { utf8Scratch } from '../../src/lib/utf8-scratch.ts';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text));

describe('utf8Scratch', () => {
	it('gives the UTF-8 bytes of each text, in one buffer used again', () => {
		const encode = utf8Scratch(64);
		const first = encode('Huyện Nậm Pồ');
		assert.deepEqual(new Uint8Array(first), utf8('Huyện Nậm Pồ'));
		const second = encode('Mường Chà');
		assert.deepEqual(new Uint8Array(second), utf8('Mường Chà'));
		assert.equal(second.buffer, first.buffer);
		assert.deepEqual(new Uint8Array(encode('')), utf8(''));
	});

	it('grows its buffer for a text that does not fit, whatever its characters', () => {
		const encode = utf8Scratch(4);
		for (const text of ['Điện Biên', 'ồ'.repeat(1000), '😀'.repeat(3000), 'a'.repeat(20_000), 'x']) {
			assert.deepEqual(new Uint8Array(encode(text)), utf8(text));
		}
	});
});
