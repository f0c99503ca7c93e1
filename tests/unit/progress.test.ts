import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { throttled } from '../../src/lib/progress.ts';

describe('throttled progress', () => {
	it('prints at most once an interval, never at once, and computes only the lines it prints', () => {
		let clock = 1000;
		const printed: string[] = [];
		let computed = 0;
		const tick = throttled(
			(l) => printed.push(l),
			5000,
			() => clock,
		);
		const line = (n: number) => () => {
			computed++;
			return `${n} done`;
		};
		tick(line(1));
		clock += 4999;
		tick(line(2));
		clock += 1;
		tick(line(3));
		clock += 100;
		tick(line(4));
		clock += 5000;
		tick(line(5));
		assert.deepEqual(printed, ['3 done', '5 done']);
		assert.equal(computed, 2);
	});
});
