/**
 * The snapshot of the articles collection (src/lib/collection-snapshot.ts): what is written is
 * read back as it was, in its order, whatever the text holds (line breaks, line and paragraph
 * separators, Vietnamese); a damaged line is an error naming the file and line; a reader never
 * sees half a snapshot; the lines of unchanged entries are copied from the kept snapshot, and an
 * entry the store holds only `snapshotOnly` is never written as such.
 */
import assert from 'node:assert/strict';
import { hash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
	hasKeptLine,
	isSnapshotOnly,
	KEPT_SNAPSHOT,
	type KeptSnapshot,
	lineDigest,
	parseSnapshotLine,
	readKeptLines,
	readSnapshot,
	snapshotLine,
	snapshotOnly,
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

	it('keeps only the id and data of an entry: its digest, then the entry with its body held apart, then the body', () => {
		const line = snapshotLine({ ...tricky, digest: 'abc', filePath: 'content/articles/x.txt' } as typeof tricky);
		const [digest, entry, body, ...more] = line.slice(0, -1).split('\t');
		assert.equal(more.length, 0);
		assert.deepEqual(Object.keys(JSON.parse(entry ?? '')), ['id', 'data']);
		assert.deepEqual(Object.keys(JSON.parse(entry ?? '').data), Object.keys(tricky.data), 'the body in its place');
		assert.equal(JSON.parse(entry ?? '').data.body, 0);
		assert.deepEqual(JSON.parse(body ?? ''), tricky.data.body);
		assert.equal(digest, hash('sha256', `${entry}\t${body}`, 'base64url'));
		// Data without a body: nothing after the last tab, read back as it was.
		const bare = { id: 'x', data: { title: 'Không có thân bài' } };
		const bareLine = snapshotLine(bare).slice(0, -1);
		assert.ok(bareLine.endsWith('\t'));
		assert.deepEqual(parseSnapshotLine(bareLine, 'x:1'), bare);
	});

	it('refuses a line that is not an entry, naming where it is', () => {
		const good = snapshotLine(item('a')).slice(0, -1);
		const [digest] = good.split('\t');
		const line = (entry: string, body = '[]') => `${digest}\t${entry}\t${body}`;
		assert.throws(
			() => parseSnapshotLine(line('{"id":"a","data":{'), 'snap.jsonl:3'),
			/^Error: snap\.jsonl:3: not a snapshot entry \(/,
		);
		assert.throws(() => parseSnapshotLine(line('null'), 'snap.jsonl:4'), /snap\.jsonl:4: not a snapshot entry/);
		assert.throws(() => parseSnapshotLine(line('{"id":7,"data":{"body":0}}'), 's:5'), /s:5: .*string "id"/);
		assert.throws(() => parseSnapshotLine(line('{"id":"a","data":[]}'), 's:6'), /s:6: /);
		assert.throws(() => parseSnapshotLine(line('{"id":"a"}'), 's:7'), /s:7: /);
		assert.throws(() => parseSnapshotLine(line('{"id":"a","data":{}}'), 's:8'), /s:8: .*a body without its place/);
		assert.throws(
			() => parseSnapshotLine(line('{"id":"a","data":{"body":0}}', '[{'), 's:9'),
			/s:9: not a snapshot entry/,
		);
		assert.throws(
			() => parseSnapshotLine(good.slice(good.indexOf('\t') + 1), 's:10'),
			/s:10: .*a digest, an entry and a body/,
		);
		assert.throws(() => parseSnapshotLine(JSON.stringify(item('a')), 's:11'), /s:11: .*a digest/);
		assert.throws(() => parseSnapshotLine(`x${good.slice(good.indexOf('\t'))}`, 's:12'), /s:12: .*a digest/);
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
			assert.equal(JSON.stringify(entry.data), JSON.stringify(entries[i]?.data));
		}
		// A snapshot cut short after it was read is an error naming the line, not another entry's body.
		const unread = await readSnapshot(file, { bodiesOnDisk: true });
		writeFileSync(file, snapshotLine(entries[0] as (typeof entries)[0]));
		assert.throws(() => unread[2]?.data.body, /lazy\.jsonl:3: the snapshot is shorter than when it was read/);
		// A body read is held while fewer than eight others have been read since, then read again.
		const many = Array.from({ length: 10 }, (_, i) => item(`m${i}`));
		const manyFile = join(dir, 'lazy-many.jsonl');
		await writeSnapshot(manyFile, many);
		const [first, ...rest] = await readSnapshot(manyFile, { bodiesOnDisk: true });
		const body = first?.data.body;
		assert.equal(first?.data.body, body);
		for (const entry of rest.slice(0, 7)) assert.ok(entry.data.body);
		assert.equal(first?.data.body, body, 'seven read since: still held');
		for (const entry of rest.slice(7)) assert.ok(entry.data.body);
		assert.notEqual(first?.data.body, body, 'eight read since: read again');
		assert.deepEqual(first?.data.body, body);
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

	it('takes the digest a line gives, and parses a body left on disk only when it is asked for', async () => {
		const file = join(dir, 'given.jsonl');
		const [digest, entry] = snapshotLine(item('a')).split('\t');
		const given = 'A'.repeat(43);
		// A body that is not JSON: read without its body, the entry is read; its body is an error naming the line.
		writeFileSync(file, `${given}\t${entry}\t[{"type":\n`);
		const [lazy] = await readSnapshot(file, { bodiesOnDisk: true });
		assert.equal(lazy && lineDigest(lazy.data), given, 'the digest as the line gives it, not made again');
		assert.notEqual(given, digest);
		assert.throws(() => lazy?.data.body, /given\.jsonl:1: not a snapshot entry/);
		await assert.rejects(readSnapshot(file), /given\.jsonl:1: not a snapshot entry/);
	});

	it('reads lines longer than what it reads at a time, across its reads, with their digests and bodies', async () => {
		const file = join(dir, 'long-lines.jsonl');
		const long = (id: string, size: number) =>
			item(id, { body: [{ type: 'paragraph', text: `Huyện Nậm Pồ ${'báo cáo '.repeat(size / 9)}` }] });
		const entries = [item('a'), long('b', 2_500_000), item('c'), long('d', 600_000), long('e', 700_000), tricky];
		await writeSnapshot(file, entries);
		const digests: (string | undefined)[][] = [];
		for (const bodiesOnDisk of [false, true]) {
			const read = await readSnapshot(file, { bodiesOnDisk });
			assert.deepEqual(
				read.map((entry) => JSON.parse(JSON.stringify(entry))),
				entries.map(({ id, data }) => JSON.parse(JSON.stringify({ id, data }))),
			);
			digests.push(read.map((entry) => lineDigest(entry.data)));
		}
		assert.deepEqual(digests[0], digests[1]);
		assert.equal(new Set(digests[0]).size, entries.length, 'each line its own digest');
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
		interface Keep extends Partial<Omit<KeptSnapshot, 'lines'>> {
			/** The store's token of the kept snapshot. */
			readonly token?: string | undefined;
		}
		const keepIn = (folder: string, { token, ...keep }: Keep): KeptSnapshot => ({
			dir: folder,
			unchanged: () => true,
			lines: readKeptLines(folder, token),
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
			await writeSnapshot(file1, [a, b], keepIn(folder, {}));
			assert.equal(readFileSync(file1, 'utf8'), await fresh('fresh1.jsonl', [a, b]));
			assert.deepEqual(readdirSync(folder).sort(), ['articles-snapshot-index.json', KEPT_SNAPSHOT]);
			// The next build: `a` unchanged (copied, whatever the object says), `b` edited, `c` added, in another order.
			const file2 = join(dir, 'build2.jsonl');
			const bEdited = stamped('b', 'db2', { title: 'Đã sửa' });
			await writeSnapshot(
				file2,
				[c, aOther, bEdited],
				keepIn(folder, { token: 't1', next: 't2', unchanged: (id) => id === 'a' }),
			);
			assert.equal(readFileSync(file2, 'utf8'), await fresh('fresh2.jsonl', [c, a, bEdited]));
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
			] satisfies Keep[]) {
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

		it('takes the lines of entries the store holds only snapshotOnly, and fails for one it has no line of', async () => {
			const folder = join(dir, 'kept-only');
			mkdirSync(folder);
			await writeSnapshot(join(dir, 'o1.jsonl'), [a, b], keepIn(folder, { next: 'o1' }));
			const only = (entry: typeof a) => ({ ...entry, data: snapshotOnly(entry.data) });
			const file = join(dir, 'o2.jsonl');
			await writeSnapshot(file, [only(a), c, only(b)], keepIn(folder, { token: 'o1', next: 'o2' }));
			assert.equal(readFileSync(file, 'utf8'), await fresh('o2-fresh.jsonl', [a, c, b]));
			// Stored again since (not unchanged), of another file, or with no kept line: never written as such.
			for (const [entry, keep] of [
				[only(a), { token: 'o2', unchanged: () => false }],
				[{ ...only(a), digest: 'other' }, { token: 'o2' }],
				[only(a), { token: 'none' }],
			] as const) {
				await assert.rejects(
					writeSnapshot(join(dir, 'o3.jsonl'), [entry], keepIn(folder, { ...keep, next: 'o3' })),
					/no line of a, whose data the store holds only there/,
				);
			}
			await assert.rejects(writeSnapshot(join(dir, 'o4.jsonl'), [only(a)]), /no line of a/);
		});

		it("reads the kept lines only with the store's token, the kept snapshot there and its index readable", async () => {
			const folder = join(dir, 'kept-lines');
			mkdirSync(folder);
			assert.deepEqual(readKeptLines(folder, 'l1'), {}, 'nothing kept yet');
			await writeSnapshot(join(dir, 'l1.jsonl'), [a, b], keepIn(folder, { next: 'l1' }));
			const lines = readKeptLines(folder, 'l1');
			assert.deepEqual(Object.keys(lines).sort(), ['a', 'b']);
			assert.ok(hasKeptLine(lines, a));
			assert.ok(!hasKeptLine(lines, { ...a, digest: 'edited' }), 'another file digest');
			assert.ok(!hasKeptLine(lines, { ...a, filePath: 'content/articles/moved.txt' }), 'another path');
			assert.ok(!hasKeptLine(lines, c), 'no line');
			assert.deepEqual(readKeptLines(folder, undefined), {});
			assert.deepEqual(readKeptLines(folder, 'other'), {});
			writeFileSync(join(folder, 'articles-snapshot-index.json'), '{"format":');
			assert.deepEqual(readKeptLines(folder, 'l1'), {}, 'an unreadable index');
			await writeSnapshot(join(dir, 'l2.jsonl'), [a], keepIn(folder, { next: 'l2' }));
			rmSync(join(folder, KEPT_SNAPSHOT));
			assert.deepEqual(readKeptLines(folder, 'l2'), {}, 'an index without its snapshot');
		});
	});

	it('leaves of an entry in the store only its mark and its messages (snapshotOnly)', () => {
		const messages = [{ code: 'date-out-of-range', severity: 'warning' }];
		const full = { ...item('a').data, messages };
		assert.deepEqual(snapshotOnly(full), { inSnapshot: true, messages });
		assert.deepEqual(snapshotOnly({ title: 'Không có thông báo' }), { inSnapshot: true });
		assert.ok(isSnapshotOnly(snapshotOnly(full)));
		for (const data of [full, {}, null, 'inSnapshot', { inSnapshot: 'true' }]) assert.ok(!isSnapshotOnly(data));
	});
});
