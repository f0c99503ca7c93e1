import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { articleFileName, frontmatterBlock, frontmatterFixes, prepareImport } from '../../src/lib/article/import.ts';
import { processArticle } from '../../src/lib/article/process-article.ts';
import { utf16, windows1258 } from '../support/encodings.ts';
import { seedText } from '../support/seeds.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
mkdirSync(join(ROOT, 'tmp'), { recursive: true });
const WORK = mkdtempSync(join(ROOT, 'tmp', 'new-article-'));
after(() => rmSync(WORK, { recursive: true, force: true }));

const NAM_PO = seedText('000_bcc1ecf503c2fdd8.txt');
/** The sample as saved: UTF-8, LF, NFC, with a final newline. */
const SAVED = NAM_PO.endsWith('\n') ? NAM_PO : `${NAM_PO}\n`;
/** Compares long texts without printing them whole. */
/** The name the sample gets, whatever its encoding. */
const REFERENCE = articleFileName(processArticle('new.txt', prepareImport(new TextEncoder().encode(NAM_PO)).bytes));
const sameText = (actual: string, expected: string) =>
	assert.ok(actual === expected, `texts differ from character ${[...actual].findIndex((c, i) => c !== expected[i])}`);
let folders = 0;
/** A fresh articles folder for one test. */
const folder = () => {
	const dir = join(WORK, `articles-${++folders}`);
	mkdirSync(dir);
	return dir;
};

/** Runs `npm run new` (the script itself, as npm would) with bytes as the file, or on stdin with "-". */
function run(dir: string, bytes: Uint8Array, via: 'file' | 'stdin' = 'file') {
	const input = join(WORK, `input-${Math.random().toString(36).slice(2)}.txt`);
	if (via === 'file') writeFileSync(input, bytes);
	const r = spawnSync(
		process.execPath,
		[join(ROOT, 'scripts/new-article.ts'), '--dir', dir, via === 'file' ? input : '-'],
		{
			cwd: ROOT,
			encoding: 'utf8',
			input: via === 'stdin' ? bytes : undefined,
			env: { ...process.env, INIT_CWD: ROOT },
		},
	);
	return { status: r.status, stdout: r.stdout, stderr: r.stderr, files: readdirSync(dir).sort() };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('npm run new: encodings', () => {
	it('says how many stray bytes of a UTF-8 text it dropped', () => {
		const dir = folder();
		const text = utf8(NAM_PO);
		// One byte that is not UTF-8 in the middle of the sample, as a damaged copy has.
		const at = text.indexOf(0x20, 200);
		const bytes = new Uint8Array([...text.subarray(0, at), 0xff, ...text.subarray(at)]);
		const r = run(dir, bytes);
		assert.equal(r.status, 0, r.stderr);
		assert.match(r.stdout, /^Đã lưu: .*\(đã bỏ 1 chuỗi byte không đúng UTF-8, hãy kiểm tra chữ quanh đó\)$/m);
		sameText(readFileSync(join(dir, r.files[0] as string), 'utf8'), SAVED);
	});

	it('imports a UTF-8 article under a name made of its day, district, title and text hash', () => {
		const dir = folder();
		const r = run(dir, utf8(NAM_PO));
		assert.equal(r.status, 0, r.stderr);
		assert.deepEqual(r.files, [REFERENCE]);
		assert.match(
			r.files[0] ?? '',
			/^2024-11-19-nam-po-pho-chu-tich-ubnd-tinh-vu-a-bang-lam-viec-voi-[0-9a-f]{8}\.txt$/,
		);
		sameText(readFileSync(join(dir, r.files[0] ?? ''), 'utf8'), SAVED);
		assert.match(r.stdout, /^Đã lưu: tmp\/new-article-[^/]+\/articles-\d+\/2024-11-19-nam-po-/);
	});

	it('prints the facts exactly as npm run extract does', () => {
		const dir = folder();
		const r = run(dir, utf8(NAM_PO));
		const file = relative(ROOT, join(dir, r.files[0] ?? ''));
		const extract = spawnSync(process.execPath, [join(ROOT, 'scripts/extract.ts'), file], {
			cwd: ROOT,
			encoding: 'utf8',
		});
		assert.equal(extract.status, 0, extract.stderr);
		assert.ok(extract.stdout.includes('Tiêu đề:     Phó Chủ tịch UBND tỉnh Vừ A Bằng làm việc với huyện Nậm Pồ'));
		assert.ok(r.stdout.includes(extract.stdout), `${r.stdout}\n---\n${extract.stdout}`);
	});

	for (const [name, bytes, label] of [
		['UTF-16 LE with a BOM', utf16(NAM_PO, true, true), 'UTF-16LE'],
		['UTF-16 BE with a BOM', utf16(NAM_PO, false, true), 'UTF-16BE'],
		['Windows-1258', windows1258(NAM_PO), 'WINDOWS-1258'],
		['UTF-8 with a BOM and CRLF lines', utf8(`\uFEFF${NAM_PO.replace(/\n/g, '\r\n')}`), null],
	] as const) {
		it(`converts ${name} to UTF-8, with the same name as the UTF-8 text`, () => {
			const dir = folder();
			const r = run(dir, bytes);
			assert.equal(r.status, 0, r.stderr);
			assert.deepEqual(r.files, [REFERENCE]);
			sameText(readFileSync(join(dir, r.files[0] ?? ''), 'utf8'), SAVED);
			if (label) assert.ok(r.stdout.includes(`chuyển từ ${label} sang UTF-8`), r.stdout.slice(0, 200));
			// The written file reads without an encoding warning.
			assert.doesNotMatch(r.stdout, /legacy-encoding|utf16/);
		});
	}

	it('reads the article from stdin with "-"', () => {
		const dir = folder();
		const r = run(dir, windows1258(NAM_PO), 'stdin');
		assert.equal(r.status, 0, r.stderr);
		assert.deepEqual(r.files, [REFERENCE]);
		sameText(readFileSync(join(dir, r.files[0] ?? ''), 'utf8'), SAVED);
	});
});

describe('npm run new: duplicates and names', () => {
	it('gives the same text the same name, and reports a second import as a duplicate', () => {
		const dir = folder();
		const first = run(dir, utf8(NAM_PO));
		const second = run(dir, utf16(NAM_PO, true, true));
		assert.equal(second.status, 1);
		assert.deepEqual(second.files, first.files);
		assert.match(second.stdout, new RegExp(`^Trùng lặp: .*${first.files[0]} đã có bài này`));
	});

	it('reports the same text under another name (another spacing, case or line ends) and writes nothing', () => {
		const dir = folder();
		copyFileSync(join(ROOT, 'tests/fixtures/seeds/000_bcc1ecf503c2fdd8.txt'), join(dir, '000_old-name.txt'));
		const r = run(dir, utf8(NAM_PO.replace(/\n/g, '\r\n\r\n').replace('Phó Chủ tịch', 'PHÓ CHỦ TỊCH')));
		assert.equal(r.status, 1);
		assert.deepEqual(r.files, ['000_old-name.txt']);
		assert.match(r.stdout, /Trùng lặp: .*000_old-name\.txt/);
	});

	it('refuses to overwrite a different file of the same name', () => {
		const name = REFERENCE;
		const dir = folder();
		writeFileSync(join(dir, name), 'Một bài khác hẳn về huyện Mường Tè, tỉnh Lai Châu.\n');
		const r = run(dir, utf8(NAM_PO));
		assert.equal(r.status, 1);
		assert.match(r.stderr, /đã có, với nội dung khác; không ghi gì/);
		assert.equal(readFileSync(join(dir, name), 'utf8'), 'Một bài khác hẳn về huyện Mường Tè, tỉnh Lai Châu.\n');
	});

	it('imports a different article beside it', () => {
		const dir = folder();
		run(dir, utf8(NAM_PO));
		const r = run(dir, utf8(seedText('004_9da10d9c084d8620.txt')));
		assert.equal(r.status, 0, r.stderr);
		assert.equal(r.files.length, 2);
		assert.ok(r.files.some((f) => f.startsWith('2024-10-08-nhu-xuan-')));
	});

	it('writes nothing for a file that is not an article', () => {
		const dir = folder();
		const r = run(dir, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]));
		assert.equal(r.status, 1);
		assert.deepEqual(r.files, []);
		assert.match(r.stderr, /không phải bài viết/);
		assert.equal(run(dir, utf8('  \n\n  ')).status, 1);
	});

	it('says what to put in frontmatter for each warning', () => {
		const dir = folder();
		const r = run(dir, utf8('Huyện Nậm Pồ họp bàn kế hoạch\n\nHội nghị diễn ra tại huyện Nậm Pồ, tỉnh Điện Biên.\n'));
		assert.equal(r.status, 0, r.stderr);
		assert.match(r.files[0] ?? '', /^chua-ro-ngay-nam-po-huyen-nam-po-hop-ban-ke-hoach-[0-9a-f]{8}\.txt$/);
		assert.match(r.stdout, /\[no-date\]/);
		assert.match(r.stdout, /\n---\ndate: YYYY-MM-DD {3}# the day of the event[^\n]*\n---\n/);
	});

	it('explains its usage', () => {
		const r = spawnSync(process.execPath, [join(ROOT, 'scripts/new-article.ts')], { cwd: ROOT, encoding: 'utf8' });
		assert.equal(r.status, 2);
		assert.match(r.stderr, /Cách dùng: npm run --silent new -- \[--dir THƯ_MỤC\] TỆP\|-/);
	});
});

describe('import helpers', () => {
	it('prepareImport keeps the text as pasted but for encoding, BOM, line ends and NFC', () => {
		const decomposed = 'Nậm Pồ'.normalize('NFD');
		const p = prepareImport(utf8(`\uFEFF${decomposed}\r\nhai`));
		assert.equal(new TextDecoder().decode(p.bytes), 'Nậm Pồ\nhai\n');
		assert.equal(p.encoding, 'utf-8');
		assert.equal(p.binary, false);
	});

	it('articleFileName cuts long titles at a word and names what is unknown', () => {
		const article = processArticle('x.txt', utf8(NAM_PO));
		const name = articleFileName(article);
		assert.equal(
			name,
			`2024-11-19-nam-po-pho-chu-tich-ubnd-tinh-vu-a-bang-lam-viec-voi-${article.fingerprint.slice(0, 8)}.txt`,
		);
		const unplaced = articleFileName({
			facts: { ...article.facts, date: null, district: null, province: null, title: 'Tin ngắn' },
			fingerprint: 'abcdef0123456789',
		});
		assert.equal(unplaced, 'chua-ro-ngay-chua-ro-noi-tin-ngan-abcdef01.txt');
	});

	it('frontmatterFixes fills in what is known', () => {
		const article = processArticle(
			'x.txt',
			utf8('Làm việc tại huyện Mường Tè\n\nĐoàn đã làm việc với huyện Mường Tè.\n'),
		);
		const fixes = frontmatterFixes(article);
		assert.deepEqual(
			fixes.map((f) => `${f.field}: ${f.value}`),
			['date: YYYY-MM-DD'],
		);
		assert.equal(frontmatterBlock(fixes).split('\n')[0], '---');
	});
});
