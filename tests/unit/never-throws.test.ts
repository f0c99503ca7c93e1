/**
 * Inputs that once stopped a whole build: whatever a file holds, processing one article returns
 * it quarantined (or published) with a catalogued message, and never throws.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processArticle } from '../../src/lib/article/process-article.ts';
import { MESSAGE_CODES } from '../../src/schemas/message.ts';
import { ALIAS_BOMB } from '../support/seeds.ts';

const BODY =
	'Phó Chủ tịch UBND tỉnh Vừ A Bằng làm việc với huyện Nậm Pồ\n\nNgày 19/11/2024, Phó Chủ tịch UBND tỉnh Vừ A Bằng làm việc với huyện Nậm Pồ, tỉnh Điện Biên.';
const bytes = (s: string) => new TextEncoder().encode(s);

describe('processArticle never throws', () => {
	for (const key of [
		'toString',
		'constructor',
		'valueOf',
		'hasOwnProperty',
		'__proto__',
		'isPrototypeOf',
		'__defineGetter__',
	]) {
		it(`reports frontmatter key "${key}" as an unknown field`, () => {
			const a = processArticle('x.md', bytes(`---\n${key}: 1\n---\n${BODY}`));
			assert.equal(a.status, 'quarantined', JSON.stringify(a.messages));
			const m = a.messages.find((x) => x.code === 'unknown-field');
			if (key !== '__proto__') assert.equal(m?.field, key);
		});
	}

	it('reports a YAML alias bomb as invalid YAML', () => {
		const a = processArticle('x.md', bytes(`---\n${ALIAS_BOMB}\n---\n${BODY}`));
		assert.equal(a.status, 'quarantined');
		const m = a.messages.find((x) => x.code === 'frontmatter-yaml');
		assert.match(m?.message ?? '', /alias/i);
	});

	it('quarantines with an internal error whatever an extractor throws', () => {
		// A Proxy as bytes makes decoding throw: the stand-in for any unforeseen bug.
		const hostile = new Proxy(new Uint8Array(4), {
			get(target, p) {
				if (p === 'subarray' || p === 'length' || p === '0') throw new Error('boom');
				return Reflect.get(target, p);
			},
		});
		const a = processArticle('x.txt', hostile);
		assert.equal(a.status, 'quarantined');
		assert.equal(a.messages.at(-1)?.code, 'internal-error');
		assert.match(a.messages.at(-1)?.message ?? '', /boom/);
		assert.ok(a.messages.every((m) => (MESSAGE_CODES as readonly string[]).includes(m.code)));
	});
});
