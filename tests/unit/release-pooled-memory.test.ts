import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { releasePooledMemory } from '../../src/lib/release-pooled-memory.ts';

describe('releasePooledMemory', () => {
	it('asks the collector for a synchronous last-resort major collection, once', () => {
		const calls: unknown[] = [];
		assert.equal(
			releasePooledMemory((options: unknown) => calls.push(options)),
			true,
		);
		assert.deepEqual(calls, [{ type: 'major', execution: 'sync', flavor: 'last-resort' }]);
	});

	it('does nothing without a collector (a process started without --expose-gc)', () => {
		assert.equal(releasePooledMemory(undefined), false);
		assert.equal(releasePooledMemory({}), false);
	});

	it("gives back the heap's pages that a regular collection keeps pooled", () => {
		// In a process of its own started with --expose-gc: about 150 MB of objects made and
		// dropped; a regular full collection keeps their pages resident, the last-resort one not.
		const script = `
			import { releasePooledMemory } from ${JSON.stringify(new URL('../../src/lib/release-pooled-memory.ts', import.meta.url).href)};
			const rss = () => process.memoryUsage.rss() / 2 ** 20;
			let held = [];
			for (let i = 0; i < 1_500_000; i++) held.push({ i, text: 'n' + i, list: [i] });
			held = null;
			gc();
			const pooled = rss();
			releasePooledMemory();
			console.log(JSON.stringify({ pooled, released: rss() }));
		`;
		const child = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
			encoding: 'utf8',
		});
		assert.equal(child.status, 0, child.stderr);
		const { pooled, released } = JSON.parse(child.stdout) as { pooled: number; released: number };
		assert.ok(
			pooled - released > 100,
			`resident ${pooled.toFixed(0)} MiB after a regular collection, ${released.toFixed(0)} after`,
		);
	});
});
