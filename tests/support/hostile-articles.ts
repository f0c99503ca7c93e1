/**
 * A folder of broken, mis-encoded, duplicated and hostile article files, made from the sample
 * articles, with what the build must make of each. Written at test time so that every byte is
 * what the case says (no binary fixtures in the repository).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MessageCode } from '../../src/schemas/message.ts';
import { type BuiltSite, buildSite, ROOT } from './build-site.ts';
import { doubleEncoded, utf16, windows1258 } from './encodings.ts';
import { seedText, seedVariant } from './seeds.ts';

export const HOSTILE_DIR = 'tmp/fixtures/hostile-articles';

export interface HostileCase {
	readonly file: string;
	readonly status: 'published' | 'warning' | 'quarantined' | 'duplicate';
	/** Message codes the report must give the file. */
	readonly codes: readonly MessageCode[];
	/** The district a re-encoded copy of a sample must still be placed in. */
	readonly district?: string;
}

const NAM_PO = '000_bcc1ecf503c2fdd8.txt';
const DIEN_BIEN_DONG = '002_849f52437cbddd86.txt';
const THAN_UYEN = '003_f018ff381c9f0c6a.txt';
const NHU_XUAN = '004_9da10d9c084d8620.txt';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** `bytes` with a byte that is never UTF-8 (0xFF) put between two characters in the middle. */
function withStrayByte(bytes: Uint8Array): Uint8Array {
	let at = bytes.length >> 1;
	while ((bytes[at] as number) >= 0x80 && ((bytes[at] as number) & 0xc0) === 0x80) at++;
	return new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
}

// An article about Mường Nhé whose text carries markup and script in every form that could slip through.
const HOSTILE_TEXT = [
	'Lãnh đạo tỉnh làm việc với huyện Mường Nhé &lt;script&gt;alert(1)&lt;/script&gt;',
	'',
	'Ngày 5/3/2024, Phó Chủ tịch UBND tỉnh Lò Văn Tiến làm việc với huyện Mường Nhé. <img src=x onerror=alert(2)>',
	'',
	'Trong năm 2023, thu ngân sách đạt 112% dự toán. Xem [chi tiết](javascript:alert(3)) và &lt;iframe src="javascript:alert(4)"&gt;&lt;/iframe&gt; **đậm** <!-- ghi chú -->',
	'',
	// Template syntax of other engines must come out as text too.
	// biome-ignore lint/suspicious/noTemplateCurlyInString: the literal "${…}" is the hostile input.
	'Huyện đề nghị tỉnh hỗ trợ "onmouseover=alert(5)" và ${alert(6)} {{alert(7)}}.',
].join('\n');

const HTML_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Tin</title>
<script>window.evil = 1;</script><style>body{color:red}</style></head>
<body><nav><a href="/">Trang chủ</a></nav>
<h1>${seedText(DIEN_BIEN_DONG).split('\n')[0]}</h1>
${seedText(DIEN_BIEN_DONG)
	.split('\n')
	.slice(1)
	.filter((l) => l.trim())
	.map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
	.join('\n')}
<script src="https://evil.example/x.js"></script><img src="x" onerror="alert(8)">
</body></html>`;

/** Writes the folder (replacing it) and returns the cases. */
export function writeHostileArticles(): HostileCase[] {
	const dir = resolve(ROOT, HOSTILE_DIR);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const cases: [HostileCase, Uint8Array][] = [
		[
			{ file: 'utf8-bom.txt', status: 'published', codes: [], district: 'Nậm Pồ' },
			new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(seedVariant(NAM_PO, 'BOM'))]),
		],
		[
			{ file: 'utf16le.txt', status: 'warning', codes: ['utf16'], district: 'Như Xuân' },
			utf16(seedVariant(NHU_XUAN, 'UTF-16LE'), true),
		],
		[
			{ file: 'utf16be.txt', status: 'warning', codes: ['utf16'], district: 'Than Uyên' },
			utf16(seedVariant(THAN_UYEN, 'UTF-16BE'), false),
		],
		[
			{ file: 'windows-1258.txt', status: 'warning', codes: ['legacy-encoding'], district: 'Như Xuân' },
			windows1258(seedVariant(NHU_XUAN, 'Windows-1258')),
		],
		[
			{ file: 'nfd.txt', status: 'published', codes: [], district: 'Điện Biên Đông' },
			utf8(seedVariant(DIEN_BIEN_DONG, 'NFD').normalize('NFD')),
		],
		[
			{ file: 'crlf.txt', status: 'published', codes: [], district: 'Than Uyên' },
			utf8(seedVariant(THAN_UYEN, 'CRLF').replace(/\n/g, '\r\n')),
		],
		[
			{ file: 'mojibake.txt', status: 'warning', codes: ['mojibake-repaired'], district: 'Nậm Pồ' },
			doubleEncoded(seedVariant(NAM_PO, 'mojibake')),
		],
		[{ file: 'scrape.html', status: 'warning', codes: ['html-stripped'], district: 'Điện Biên Đông' }, utf8(HTML_PAGE)],
		[{ file: 'nam-po.txt', status: 'published', codes: [] }, utf8(seedText(NAM_PO))],
		[{ file: 'sao-chep-nam-po.txt', status: 'duplicate', codes: ['duplicate'] }, utf8(`${seedText(NAM_PO)}\n\n`)],
		[{ file: 'hostile-text.txt', status: 'published', codes: [], district: 'Mường Nhé' }, utf8(HOSTILE_TEXT)],
		[
			{ file: 'hostile-frontmatter.md', status: 'published', codes: [], district: 'Nậm Pồ' },
			utf8(
				`---\ntitle: '<script>alert(9)</script> Tít <b onmouseover="alert(10)">đậm</b>'\nsource:\n  outlet: '<img src=x onerror=alert(11)>'\n  author: 'javascript:alert(12)'\n---\n${seedVariant(NAM_PO, 'frontmatter')}`,
			),
		],
		[{ file: 'empty.txt', status: 'quarantined', codes: ['empty-file'] }, new Uint8Array()],
		[{ file: 'blank.txt', status: 'quarantined', codes: ['empty-file'] }, utf8('  \n\n \t \n')],
		[
			{ file: 'photo.jpg', status: 'quarantined', codes: ['binary-file'] },
			new Uint8Array([
				0xff,
				0xd8,
				0xff,
				0xe0,
				0,
				0x10,
				0x4a,
				0x46,
				0x49,
				0x46,
				0,
				1,
				1,
				0,
				0,
				1,
				0,
				1,
				0,
				0,
				...new Array(200).fill(0),
			]),
		],
		[
			{ file: 'huge.txt', status: 'warning', codes: ['huge-file'], district: 'Như Xuân' },
			utf8(
				`${seedVariant(NHU_XUAN, 'huge')}\n\n${'Đoạn văn lặp lại để làm tệp rất lớn, không có số liệu gì. '.repeat(12000)}`,
			),
		],
		[
			{ file: 'stray-bytes.txt', status: 'warning', codes: ['invalid-utf8-bytes'], district: 'Than Uyên' },
			withStrayByte(utf8(seedVariant(THAN_UYEN, 'stray bytes'))),
		],
		[
			{ file: 'noncharacters.txt', status: 'published', codes: [], district: 'Điện Biên Đông' },
			utf8(seedVariant(DIEN_BIEN_DONG, 'noncharacters \uFFFE\uFFFF\u2066isolate\u2069 \u061C')),
		],
		[
			{ file: 'unclosed.md', status: 'quarantined', codes: ['frontmatter-unclosed'] },
			utf8(`---\ndate: 2024-11-19\n${seedVariant(NAM_PO, 'unclosed')}`),
		],
		[
			{ file: 'bad-yaml.md', status: 'quarantined', codes: ['frontmatter-yaml'] },
			utf8(`---\ndate: [2024-11-19\n---\n${seedVariant(NAM_PO, 'yaml')}`),
		],
		[
			{ file: 'wrong-types.md', status: 'quarantined', codes: ['frontmatter-field'] },
			utf8(`---\nkind: 5\nperiod: { year: hai nghìn, months: 7 }\n---\n${seedVariant(NAM_PO, 'types')}`),
		],
		[
			{ file: 'unknown-district.md', status: 'quarantined', codes: ['unknown-district'] },
			utf8(`---\nprovince: Điện Biên\ndistrict: Nậm Pồoo\n---\n${seedVariant(NAM_PO, 'district')}`),
		],
		[
			{ file: 'impossible-date.md', status: 'quarantined', codes: ['frontmatter-field'] },
			utf8(`---\ndate: 2024-02-30\n---\n${seedVariant(NAM_PO, 'date')}`),
		],
		[
			{ file: 'bad-url.md', status: 'quarantined', codes: ['frontmatter-field'] },
			utf8(`---\nsource: { url: 'javascript:alert(13)' }\n---\n${seedVariant(NAM_PO, 'url')}`),
		],
		[
			{ file: 'escape-slug.md', status: 'quarantined', codes: ['frontmatter-field'] },
			utf8(`---\nslug: ../../../etc/passwd\n---\n${seedVariant(NAM_PO, 'slug')}`),
		],
		[
			{ file: 'unknown-field.md', status: 'quarantined', codes: ['unknown-field'] },
			utf8(`---\ndistric: Nậm Pồ\n---\n${seedVariant(NAM_PO, 'field')}`),
		],
		[
			{ file: 'no-district.txt', status: 'quarantined', codes: ['no-district'] },
			utf8(
				'Hội nghị tổng kết công tác năm 2024\n\nNgày 5/1/2025, hội nghị tổng kết công tác năm 2024 được tổ chức với nhiều đại biểu tham dự.',
			),
		],
	];
	for (const [c, bytes] of cases) writeFileSync(join(dir, c.file), bytes);
	return cases.map(([c]) => c);
}

/**
 * The site of the hostile articles (written first), built once for the site and the browser
 * tests alike: extracted on worker threads, as a large archive is, and the editors' lists cut
 * into pages of 4 files (13 held back, 7 warned).
 */
export function buildHostileSite(): { cases: HostileCase[]; site: BuiltSite } {
	const cases = writeHostileArticles();
	const site = buildSite('hostile', HOSTILE_DIR, { env: { EXTRACTION_WORKERS: '2', EDITOR_PAGE_FILES: '4' } });
	return { cases, site };
}
