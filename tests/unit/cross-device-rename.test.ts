import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { renameAcrossDevices } from '../../src/lib/cross-device-rename.ts';

const dir = mkdtempSync(join(tmpdir(), 'cross-device-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const failing = (code: string) => async () => {
	throw Object.assign(new Error(`${code}: refused`), { code });
};

describe('renameAcrossDevices', () => {
	it('copies a file and removes the original where the rename fails with EXDEV', async () => {
		const from = join(dir, 'a.css');
		const to = join(dir, 'out', 'a.css');
		writeFileSync(from, 'body{}');
		mkdirSync(join(dir, 'out'));
		await renameAcrossDevices(failing('EXDEV'))(from, to);
		assert.equal(readFileSync(to, 'utf8'), 'body{}');
		assert.equal(existsSync(from), false);
	});

	it('moves a folder with what it holds, over an existing file of the same name', async () => {
		const from = join(dir, 'assets');
		mkdirSync(join(from, 'fonts'), { recursive: true });
		writeFileSync(join(from, 'fonts', 'f.woff2'), 'font');
		mkdirSync(join(dir, 'out2', 'assets', 'fonts'), { recursive: true });
		writeFileSync(join(dir, 'out2', 'assets', 'fonts', 'f.woff2'), 'old');
		await renameAcrossDevices(failing('EXDEV'))(from, join(dir, 'out2', 'assets'));
		assert.equal(readFileSync(join(dir, 'out2', 'assets', 'fonts', 'f.woff2'), 'utf8'), 'font');
		assert.equal(existsSync(from), false);
	});

	it('leaves any other error as it was, and the file where it was', async () => {
		const from = join(dir, 'b.css');
		writeFileSync(from, 'x');
		await assert.rejects(renameAcrossDevices(failing('EACCES'))(from, join(dir, 'b2.css')), /EACCES/);
		assert.equal(existsSync(from), true);
		assert.equal(existsSync(join(dir, 'b2.css')), false);
	});

	it('is the rename itself where it succeeds', async () => {
		const calls: unknown[][] = [];
		await renameAcrossDevices(async (...args) => {
			calls.push(args);
		})('x', 'y');
		assert.deepEqual(calls, [['x', 'y']]);
	});
});
