/**
 * The snapshot of the articles collection (src/lib/collection-snapshot.ts): what is written is
 * read back as it was, in its order, whatever the text holds (line breaks, line and paragraph
 * separators, Vietnamese); a damaged line is an error naming the file and line; a reader never
 * sees half a snapshot.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
	KEPT_SNAPSHOT,
	type KeptSnapshot,
	lineDigest,
	parseSnapshotLine,
	readSnapshot,
	snapshotLine,
	writeSnapshot,
} from '../../src/lib/collection-snapshot.ts';
import { item } from '../support/entries.ts';

const dir = mkdtempSync(join(tmpdir(), 'snapshot-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const tricky = item('dong-moi', {
	title: 'Huyện Mường Chà\nhọp\r\nvề "ngân sách" \u2028 và \u2029 <b>&</b>',
	body: [{ type: 'paragraph', text: 'Dòng một\n\nDòng hai\ttab' }],
});

describe('collection snapshot', () => {
	it('writes each entry as one line that reads back as the entry', () => {
		const line = snapshotLine(tricky);
		assert.ok(line.endsWith('\n'));
		assert.equal(line.slice(0, -1).includes('\n'), false);
		assert.equal(line.includes('\r'), false);
		assert.equal(/[\u2028\u2029]/.test(line), false);
		assert.deepEqual(parseSnapshotLine(line.slice(0, -1), 'x:1'), tricky);
	});

	it('keeps only the id and data of an entry', () => {
		const line = snapshotLine({ ...tricky, digest: 'abc', filePath: 'content/articles/x.txt' } as typeof tricky);
		assert.deepEqual(Object.keys(JSON.parse(line)), ['id', 'data']);
	});

	it('refuses a line that is not an entry, naming where it is', () => {
		assert.throws(
			() => parseSnapshotLine('{"id":"a","data":{', 'snap.jsonl:3'),
			/^Error: snap\.jsonl:3: not a snapshot entry \(/,
		);
		assert.throws(() => parseSnapshotLine('null', 'snap.jsonl:4'), /snap\.jsonl:4: not a snapshot entry/);
		assert.throws(() => parseSnapshotLine('{"id":7,"data":{}}', 's:5'), /s:5: .*string "id"/);
		assert.throws(() => parseSnapshotLine('{"id":"a","data":[]}', 's:6'), /s:6: /);
		assert.throws(() => parseSnapshotLine('{"id":"a"}', 's:7'), /s:7: /);
	});

	it('reads back a written snapshot in its order, and leaves no partial file', async () => {
		const entries = [item('b'), tricky, item('a', { province: 'Hà Nội', district: 'Ba Vì' })];
		const file = join(dir, 'articles.jsonl');
		await writeSnapshot(file, entries);
		assert.deepEqual(readdirSync(dir), ['articles.jsonl']);
		assert.equal(readFileSync(file, 'utf8').split('\n').length, entries.length + 1);
		assert.deepEqual(await readSnapshot(file), entries);
	});

	it('reads bodies from the file when asked for, with bodiesOnDisk: the same entries, keys in their order', async () => {
		const entries = [
			item('b', { body: [{ type: 'paragraph', text: 'Đoạn của bài b, dài hơn một dòng ngắn.' }] }),
			tricky,
			item('a', { province: 'Hà Nội', district: 'Ba Vì', body: [{ type: 'heading', text: 'Tít phụ' }] }),
		];
		const file = join(dir, 'lazy.jsonl');
		await writeSnapshot(file, entries);
		const read = await readSnapshot(file, { bodiesOnDisk: true });
		assert.deepEqual(read, entries);
		for (const [i, entry] of read.entries()) {
			assert.deepEqual(Object.keys(entry.data), Object.keys(entries[i]?.data ?? {}));
			assert.deepEqual(entry.data.body, entries[i]?.data.body);
			assert.notEqual(entry.data.body, entry.data.body, 'read again each time: none is held');
			assert.equal(JSON.stringify(entry.data), JSON.stringify(entries[i]?.data));
		}
		// A snapshot cut short after it was read is an error naming the line, not another entry's body.
		writeFileSync(file, snapshotLine(entries[0] as (typeof entries)[0]));
		assert.throws(() => read[2]?.data.body, /lazy\.jsonl:3: the snapshot is shorter than when it was read/);
	});

	it('gives each entry read the digest of its line: the same for the same entry, another for any change', async () => {
		const a = item('a', { body: [{ type: 'paragraph', text: 'Thân bài một.' }] });
		const edited = item('a', { body: [{ type: 'paragraph', text: 'Thân bài hai.' }] });
		const file = join(dir, 'digests.jsonl');
		await writeSnapshot(file, [a, tricky]);
		const [lazy, other] = await readSnapshot(file, { bodiesOnDisk: true });
		const [eager] = await readSnapshot(file);
		await writeSnapshot(file, [edited]);
		const [changed] = await readSnapshot(file, { bodiesOnDisk: true });
		const digest = (entry: { data: object } | undefined) => (entry ? lineDigest(entry.data) : undefined);
		assert.match(digest(lazy) ?? '', /^[\w-]{43}$/);
		assert.equal(digest(eager), digest(lazy), 'read with its body or without, the same line');
		assert.notEqual(digest(other), digest(lazy));
		assert.notEqual(digest(changed), digest(lazy), 'a change to the body alone is another line');
		assert.equal(lineDigest(a.data), undefined, 'data not read from a snapshot has none');
	});

	it("returns, by id, the digest of each line it wrote: the one its reader gives the entry's data", async () => {
		const file = join(dir, 'written-digests.jsonl');
		const written = await writeSnapshot(file, [item('b'), tricky]);
		const read = await readSnapshot(file);
		assert.deepEqual(
			[...written],
			read.map((entry) => [entry.id, lineDigest(entry.data)]),
		);
	});

	it('reads lines longer than what it reads at a time, across its reads, with their digests and bodies', async () => {
		const file = join(dir, 'long-lines.jsonl');
		const long = (id: string, size: number) =>
			item(id, { body: [{ type: 'paragraph', text: `Huyện Nậm Pồ ${'báo cáo '.repeat(size / 9)}` }] });
		const entries = [item('a'), long('b', 2_500_000), item('c'), long('d', 600_000), long('e', 700_000), tricky];
		const written = await writeSnapshot(file, entries);
		for (const bodiesOnDisk of [false, true]) {
			const read = await readSnapshot(file, { bodiesOnDisk });
			assert.deepEqual(
				read.map((entry) => JSON.parse(JSON.stringify(entry))),
				entries.map(({ id, data }) => JSON.parse(JSON.stringify({ id, data }))),
			);
			assert.deepEqual(
				[...written],
				read.map((entry) => [entry.id, lineDigest(entry.data)]),
			);
		}
	});

	it('reads an empty collection as no entries', async () => {
		const file = join(dir, 'empty.jsonl');
		await writeSnapshot(file, []);
		assert.deepEqual(await readSnapshot(file), []);
	});

	it('names the file and line of a damaged snapshot', async () => {
		const file = join(dir, 'damaged.jsonl');
		writeFileSync(file, `${snapshotLine(item('a'))}{"id":"b","da`);
		await assert.rejects(readSnapshot(file), new RegExp(`${file.replace(/[.\\]/g, '\\$&')}:2: not a snapshot entry`));
	});

	it('fails when there is no snapshot, and when it cannot be written', async () => {
		await assert.rejects(readSnapshot(join(dir, 'none.jsonl')), /ENOENT/);
		await assert.rejects(writeSnapshot(join(dir, 'no-folder', 'a.jsonl'), [item('a')]), /ENOENT/);
	});

	describe('kept between builds', () => {
		const stamped = (id: string, digest: string, spec: Parameters<typeof item>[1] = {}) => ({
			...item(id, spec),
			digest,
			filePath: `content/articles/${id}.txt`,
		});
		const a = stamped('a', 'da');
		const b = stamped('b', 'db');
		const c = stamped('c', 'dc');
		// An entry said unchanged but holding other data: its line shows whether it was made again or copied.
		const aOther = stamped('a', 'da', { title: 'Không phải dòng cũ' });
		const keepIn = (folder: string, keep: Partial<KeptSnapshot>): KeptSnapshot => ({
			dir: folder,
			unchanged: () => true,
			token: undefined,
			next: 't1',
			...keep,
		});
		const fresh = async (name: string, entries: readonly { readonly id: string; readonly data: unknown }[]) => {
			const file = join(dir, name);
			await writeSnapshot(file, entries);
			return readFileSync(file, 'utf8');
		};

		it('writes the same snapshot into the folder, links it to the file, and copies the lines of unchanged entries', async () => {
			const folder = join(dir, 'kept');
			mkdirSync(folder);
			const file1 = join(dir, 'build1.jsonl');
			const first = await writeSnapshot(file1, [a, b], keepIn(folder, {}));
			assert.equal(readFileSync(file1, 'utf8'), await fresh('fresh1.jsonl', [a, b]));
			assert.deepEqual(readdirSync(folder).sort(), ['articles-snapshot-index.json', KEPT_SNAPSHOT]);
			// The next build: `a` unchanged (copied, whatever the object says), `b` edited, `c` added, in another order.
			const file2 = join(dir, 'build2.jsonl');
			const bEdited = stamped('b', 'db2', { title: 'Đã sửa' });
			const second = await writeSnapshot(
				file2,
				[c, aOther, bEdited],
				keepIn(folder, { token: 't1', next: 't2', unchanged: (id) => id === 'a' }),
			);
			assert.equal(readFileSync(file2, 'utf8'), await fresh('fresh2.jsonl', [c, a, bEdited]));
			assert.equal(second.get('a'), first.get('a'));
			const read = await readSnapshot(file2);
			assert.deepEqual(
				[...second],
				read.map((entry) => [entry.id, lineDigest(entry.data)]),
			);
			assert.equal(readFileSync(file1, 'utf8'), await fresh('fresh1b.jsonl', [a, b]), 'an earlier build keeps its own');
		});

		it('makes every line again when the store has not the kept token, or the entry is another file or was stored again', async () => {
			const folder = join(dir, 'kept-not-taken');
			mkdirSync(folder);
			await writeSnapshot(join(dir, 'n1.jsonl'), [a, b], keepIn(folder, { next: 'k1' }));
			const expected = await fresh('n-fresh.jsonl', [aOther]);
			for (const keep of [
				{ token: undefined },
				{ token: 'other' },
				{ token: 'k1', unchanged: () => false },
			] satisfies Partial<KeptSnapshot>[]) {
				const file = join(dir, 'n2.jsonl');
				await writeSnapshot(file, [aOther], keepIn(folder, { ...keep, next: 'k1' }));
				assert.equal(readFileSync(file, 'utf8'), expected);
			}
			const file = join(dir, 'n3.jsonl');
			const moved = { ...aOther, digest: 'moved' };
			await writeSnapshot(file, [moved], keepIn(folder, { token: 'k1', next: 'k2' }));
			assert.equal(readFileSync(file, 'utf8'), await fresh('n3-fresh.jsonl', [moved]));
			// Without its snapshot the kept index is not read by its offsets; without a stamp, nothing is kept.
			rmSync(join(folder, KEPT_SNAPSHOT));
			await writeSnapshot(file, [aOther, item('s')], keepIn(folder, { token: 'k2', next: 'k3' }));
			assert.equal(readFileSync(file, 'utf8'), await fresh('n4-fresh.jsonl', [aOther, item('s')]));
		});
	});
});
