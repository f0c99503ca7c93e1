/**
 * Article folders that once stopped a build, leaked a file or moved a published page: files
 * that crash a naive reader, links and FIFOs, dates out of range, and the colliding files added
 * to a published folder. Written at test time (links and FIFOs cannot be committed).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MessageCode } from '../../src/schemas/message.ts';
import { ROOT } from './build-site.ts';
import { ALIAS_BOMB, seedText, seedVariant } from './seeds.ts';

export const STABLE_DIR = 'tmp/fixtures/stable-urls';
export const OUTSIDE_DIR = 'tmp/fixtures/outside-articles';
/** Text that only the linked files hold: it must never reach the site or its caches. */
export const SECRET = 'NOI-DUNG-BI-MAT-NGOAI-THU-MUC';

export const NAM_PO = '000_bcc1ecf503c2fdd8.txt';
const MUONG_CHA = '001_0933ba923308f277.txt';
const DIEN_BIEN_DONG = '002_849f52437cbddd86.txt';
const THAN_UYEN = '003_f018ff381c9f0c6a.txt';
const NHU_XUAN = '004_9da10d9c084d8620.txt';

export interface FileCase {
	readonly file: string;
	readonly status: 'published' | 'warning' | 'quarantined' | 'duplicate';
	readonly codes: readonly MessageCode[];
}

/** The folder as first published. */
const FIRST: readonly [FileCase, string][] = [
	[{ file: 'nam-po.txt', status: 'published', codes: [] }, seedText(NAM_PO)],
	[{ file: 'x.txt', status: 'published', codes: [] }, seedText(NHU_XUAN)],
	[{ file: 'than-uyen.md', status: 'published', codes: [] }, `---\nslug: than-uyen-2024\n---\n${seedText(THAN_UYEN)}`],
	[
		{ file: 'khoa-tostring.md', status: 'quarantined', codes: ['unknown-field'] },
		`---\ntoString: 1\nconstructor: 2\n---\n${seedVariant(NAM_PO, 'toString')}`,
	],
	[
		{ file: 'bom-alias.md', status: 'quarantined', codes: ['frontmatter-yaml'] },
		`---\n${ALIAS_BOMB}\n---\n${seedVariant(NAM_PO, 'alias')}`,
	],
	[
		{ file: 'ngay-9999.md', status: 'quarantined', codes: ['date-out-of-range'] },
		`---\ndate: 9999-01-01\n---\n${seedVariant(MUONG_CHA, '9999')}`,
	],
	[
		{ file: 'ngay-0024.txt', status: 'warning', codes: ['implausible-date'] },
		// Both the snippet's day and the article's own carry the year: the article's text wins over a cut snippet.
		seedVariant(MUONG_CHA, '0024')
			.replace('Ngày 6/10,', 'Ngày 6/10/0024,')
			.replace('sáng ngày 6/10,', 'sáng ngày 6/10/0024,'),
	],
];

/** Files added later, each colliding with a published one. */
const ADDED: readonly [FileCase, string][] = [
	// Folds to "nam-po" but is another article.
	[{ file: 'Nậm Pồ.txt', status: 'published', codes: [] }, seedText(DIEN_BIEN_DONG)],
	// Asks for a published id in its frontmatter.
	[
		{ file: 'slug-thief.md', status: 'warning', codes: ['id-taken'] },
		`---\nslug: nam-po\n---\n${seedVariant(MUONG_CHA, 'slug')}`,
	],
	// Same name, another extension, sorting first: the one case where an address moves (reported).
	[{ file: 'x.md', status: 'published', codes: [] }, seedVariant(DIEN_BIEN_DONG, 'x.md')],
	// A copy of a published article under a name that sorts first.
	[{ file: '0-ban-sao.txt', status: 'published', codes: [] }, `${seedText(NAM_PO)}\n`],
	// Two names too long for a file system once they are ids, alike in their first 200 characters.
	[{ file: `${'a'.repeat(200)}-mot.txt`, status: 'published', codes: [] }, seedVariant(THAN_UYEN, 'dài 1')],
	[{ file: `${'a'.repeat(200)}-hai.txt`, status: 'published', codes: [] }, seedVariant(NHU_XUAN, 'dài 2')],
];

/** Cases that are not regular files: made by `writeStableFolder`. */
const REFUSED: readonly FileCase[] = [
	{ file: 'lien-ket.txt', status: 'quarantined', codes: ['not-a-file'] },
	{ file: 'thu-muc-lien-ket', status: 'quarantined', codes: ['not-a-file'] },
	{ file: 'ong-dan.txt', status: 'quarantined', codes: ['not-a-file'] },
];

/**
 * Writes the folder as first published (`added` false) or with the colliding files added, and
 * returns every case in it. The folder is rewritten in place, so that an incremental build sees
 * the first files unchanged.
 */
export function writeStableFolder(added: boolean): FileCase[] {
	const dir = resolve(ROOT, STABLE_DIR);
	const outside = resolve(ROOT, OUTSIDE_DIR);
	if (!added) {
		rmSync(dir, { recursive: true, force: true });
		rmSync(outside, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		mkdirSync(outside, { recursive: true });
		const secret = `${seedText(NAM_PO)}\n\n${SECRET}\n`;
		writeFileSync(join(outside, 'bi-mat.txt'), secret);
		writeFileSync(join(outside, 'khac.txt'), secret.replace('Nậm Pồ', 'Mường Nhé'));
		symlinkSync(join(outside, 'bi-mat.txt'), join(dir, 'lien-ket.txt'));
		symlinkSync(outside, join(dir, 'thu-muc-lien-ket'));
		execFileSync('mkfifo', [join(dir, 'ong-dan.txt')]);
		for (const [c, text] of FIRST) writeFileSync(join(dir, c.file), text);
		return [...FIRST.map(([c]) => c), ...REFUSED];
	}
	for (const [c, text] of ADDED) writeFileSync(join(dir, c.file), text);
	const copy = ADDED.find(([c]) => c.file === '0-ban-sao.txt')?.[0];
	// The copy sorts first, so the first file of the pair is now the duplicate.
	const first = FIRST.map(([c]): FileCase => {
		if (c.file === 'nam-po.txt') return { ...c, status: 'duplicate', codes: ['duplicate'] };
		if (c.file === 'x.txt') return { ...c, status: 'warning', codes: ['id-taken'] };
		return c;
	});
	return [...first, ...ADDED.map(([c]) => c).filter((c) => c !== copy), ...(copy ? [copy] : []), ...REFUSED];
}
