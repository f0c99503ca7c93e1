import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignIds, type IdClaim, idFromFile, MAX_ID_LENGTH, placeholderId } from '../../src/lib/article/ids.ts';
import { slugify } from '../../src/lib/text/fold.ts';

describe('idFromFile', () => {
	it('keeps a plain lower-case ASCII name, reading "_" as "-"', () => {
		assert.equal(idFromFile('content/articles/000_bcc1ecf503c2fdd8.txt'), '000-bcc1ecf503c2fdd8');
		assert.equal(idFromFile('content/articles/nam-po.txt'), 'nam-po');
		assert.equal(idFromFile('a/b/2024-11-19-nam-po-3f9a1c2e.md'), '2024-11-19-nam-po-3f9a1c2e');
	});

	it('keeps a plain name only when it slugs to itself: no separator doubled or at an end, not too long', () => {
		for (const stem of ['a', '0', 'a-b', 'a_b', 'x1_y2-z3', 'a'.repeat(MAX_ID_LENGTH)]) {
			assert.equal(idFromFile(`content/articles/${stem}.txt`), slugify(stem), stem);
		}
		for (const stem of ['a__b', 'a-_b', '_a', 'a-', 'a'.repeat(MAX_ID_LENGTH + 1)]) {
			const id = idFromFile(`content/articles/${stem}.txt`);
			assert.match(id, /-[0-9a-f]{6,8}$/, stem);
			assert.ok(id.length <= MAX_ID_LENGTH, stem);
		}
	});

	it('gives a name that only folds to an id a hash of the name, so that it cannot take that id', () => {
		const folded = idFromFile('content/articles/Nậm Pồ.txt');
		assert.match(folded, /^nam-po-[0-9a-f]{6}$/);
		assert.notEqual(folded, idFromFile('content/articles/nam-po.txt'));
		assert.notEqual(folded, idFromFile('content/articles/Nam Po.txt'));
		assert.notEqual(folded, idFromFile('content/articles/NAM-PO.txt'));
		// The same name always gives the same id.
		assert.equal(folded, idFromFile('elsewhere/Nậm Pồ.txt'));
	});

	it('bounds the length and keeps long names apart', () => {
		const a = idFromFile(`${'bai-viet-rat-dai-'.repeat(20)}mot.txt`);
		const b = idFromFile(`${'bai-viet-rat-dai-'.repeat(20)}hai.txt`);
		assert.ok(a.length <= MAX_ID_LENGTH && b.length <= MAX_ID_LENGTH, `${a.length} ${b.length}`);
		assert.notEqual(a, b);
		assert.match(a, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		const vietnamese = idFromFile(`${'Bí thư Tỉnh ủy làm việc với huyện Nậm Pồ '.repeat(10)}.txt`);
		assert.ok(vietnamese.length <= MAX_ID_LENGTH);
	});

	it('names a file with no letters', () => {
		assert.match(idFromFile('---.txt'), /^bai-viet-[0-9a-f]{6}$/);
	});

	it('gives files with nothing to publish an id of their own', () => {
		assert.notEqual(placeholderId('content/articles/nam-po.txt'), 'nam-po');
		assert.match(placeholderId('content/articles/nam-po.txt'), /^nam-po-[0-9a-f]{6}$/);
	});
});

const claim = (file: string, wanted: string, bySlug = false): IdClaim => ({ file, wanted, bySlug });

describe('assignIds', () => {
	it('gives each file the id it asks for when no other file asks for it', () => {
		const ids = assignIds([claim('a.txt', 'a'), claim('b.txt', 'b')]);
		assert.deepEqual(ids.get('a.txt'), { id: 'a', takenBy: null });
		assert.deepEqual(ids.get('b.txt'), { id: 'b', takenBy: null });
	});

	it('prefers an id made from a file name over a frontmatter slug asking for it', () => {
		const ids = assignIds([claim('a-slug.md', 'nam-po', true), claim('nam-po.txt', 'nam-po')]);
		assert.equal(ids.get('nam-po.txt')?.id, 'nam-po');
		assert.equal(ids.get('a-slug.md')?.takenBy, 'nam-po.txt');
	});

	it('falls back to path order, and is the same in any claim order', () => {
		const claims = [claim('b.md', 'x'), claim('a.md', 'x'), claim('c.md', 'x')];
		const one = assignIds(claims);
		const two = assignIds([...claims].reverse());
		assert.equal(one.get('a.md')?.id, 'x');
		assert.deepEqual([...one.entries()].sort(), [...two.entries()].sort());
		const all = [...one.values()].map((v) => v.id);
		assert.equal(new Set(all).size, 3);
	});

	it('never hands out an id another file asked for', () => {
		const loser = assignIds([claim('a.md', 'x'), claim('b.md', 'x')]).get('b.md')?.id ?? '';
		const ids = assignIds([claim('a.md', 'x'), claim('b.md', 'x'), claim('c.md', loser)]);
		assert.equal(ids.get('c.md')?.id, loser);
		assert.notEqual(ids.get('b.md')?.id, loser);
	});
});
