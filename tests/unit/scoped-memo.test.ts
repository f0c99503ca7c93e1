import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scopedMemo } from '../../src/lib/site/outputs/scoped-memo.ts';

describe('scopedMemo', () => {
	it('makes a value once per scope and object, and again in another scope', () => {
		const made: string[] = [];
		const memo = scopedMemo((key: { name: string }, scope: { tag: string }) => {
			made.push(`${scope.tag}:${key.name}`);
			return `${scope.tag}/${key.name}`;
		});
		const a = { tag: 'a' };
		const b = { tag: 'b' };
		const x = { name: 'x' };
		const y = { name: 'y' };
		assert.equal(memo(a, x), 'a/x');
		assert.equal(memo(a, x), 'a/x');
		assert.equal(memo(a, y), 'a/y');
		assert.equal(memo(b, x), 'b/x');
		assert.deepEqual(made, ['a:x', 'a:y', 'b:x']);
	});

	it('keeps a made value that is undefined without making it again', () => {
		let calls = 0;
		const memo = scopedMemo((_key: object, _scope: object) => {
			calls++;
			return undefined;
		});
		const scope = {};
		const key = {};
		memo(scope, key);
		memo(scope, key);
		assert.equal(calls, 1);
	});
});
