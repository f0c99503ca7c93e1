import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { splitFrontmatter } from '../../src/lib/article/frontmatter.ts';
import { checkOverrides } from '../../src/lib/article/overrides.ts';
import { decodeBytes } from '../../src/lib/text/decode.ts';
import { hasEntities, htmlToText, looksLikeHtml } from '../../src/lib/text/html.ts';
import { looksDoubleEncoded, repairDoubleEncoding } from '../../src/lib/text/mojibake.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const SAMPLE = 'Phó Chủ tịch UBND tỉnh Vừ A Bằng làm việc với huyện Nậm Pồ, Điện Biên Đông.';

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
	const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
	}
	return new Uint8Array(out);
}

/** The sample in Windows-1258 bytes, as glibc's iconv writes them (decomposed tone marks). */
function windows1258(text: string): Uint8Array | null {
	try {
		return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'WINDOWS-1258'], { input: text });
	} catch {
		return null;
	}
}

describe('decodeBytes', () => {
	it('reads UTF-8 with and without BOM', () => {
		const plain = new TextEncoder().encode(SAMPLE);
		assert.equal(decodeBytes(plain).text, SAMPLE);
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
		const d = decodeBytes(withBom);
		assert.equal(d.text, SAMPLE);
		assert.ok(d.bom);
	});
	it('reads UTF-16 LE and BE with a BOM, and LE without one', () => {
		assert.equal(decodeBytes(utf16(SAMPLE, true, true)).text, SAMPLE);
		assert.equal(decodeBytes(utf16(SAMPLE, false, true)).text, SAMPLE);
		const bare = decodeBytes(utf16(SAMPLE, true, false));
		assert.equal(bare.encoding, 'utf-16le');
		assert.equal(bare.text, SAMPLE);
	});
	it('reads Windows-1258 when the bytes are not UTF-8', (t) => {
		const bytes = windows1258(SAMPLE);
		if (!bytes) return t.skip('no iconv with WINDOWS-1258 on this machine');
		const d = decodeBytes(bytes);
		assert.equal(d.encoding, 'windows-1258');
		assert.equal(normalizeText(d.text), SAMPLE);
	});
	it('reads Windows-1258 bytes written by hand (combining tone marks)', () => {
		// "Nậm Pồ" in cp1258: N a(E2=â? no) … build from the code page: â=0xE2, ô=0xF4, dot below=0xF2, grave=0xCC.
		const bytes = new Uint8Array([0x4e, 0xe2, 0xf2, 0x6d, 0x20, 0x50, 0xf4, 0xcc]);
		assert.equal(normalizeText(decodeBytes(bytes).text), 'Nậm Pồ');
	});
	it('flags binary data', () => {
		assert.ok(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])).binary);
		assert.ok(!decodeBytes(new TextEncoder().encode(SAMPLE)).binary);
	});
});

describe('HTML scrapes', () => {
	it('detects markup but not a lone "<"', () => {
		assert.ok(looksLikeHtml('<p>Đoạn</p><p>Hai</p>'));
		assert.ok(!looksLikeHtml('Tỷ lệ < 5% và > 2%'));
	});
	it('keeps paragraphs, drops scripts and styles, decodes entities', () => {
		const text = htmlToText(
			'<h1>Tiêu đề</h1><script>alert(1)</script><p>Đoạn &amp; một &#7879;</p><style>p{}</style><p>Hai<br>Ba</p>',
		);
		assert.equal(normalizeText(text), 'Tiêu đề\n\nĐoạn & một ệ\n\nHai\nBa');
	});
	it('drops an unclosed script with everything after it', () => {
		assert.equal(normalizeText(htmlToText('<p>Đoạn</p><script>alert(1)')), 'Đoạn');
	});
	it('notices undecoded entities in plain text', () => {
		assert.ok(hasEntities('A &amp; B &quot;C&quot;'));
		assert.ok(!hasEntities('A & B'));
	});
});

describe('double-encoded text', () => {
	const broken = new TextDecoder('windows-1252').decode(new TextEncoder().encode(SAMPLE));
	it('is recognised', () => {
		assert.ok(looksDoubleEncoded(broken));
		assert.ok(!looksDoubleEncoded(SAMPLE));
	});
	it('is repaired', () => assert.equal(repairDoubleEncoding(broken), SAMPLE));
});

describe('splitFrontmatter', () => {
	it('reads a mapping and where each field is', () => {
		const fm = splitFrontmatter('---\ndate: 2024-11-19\ndistrict: Nậm Pồ\n---\nTiêu đề\nĐoạn.');
		assert.ok(fm.ok);
		assert.deepEqual(fm.data, { date: '2024-11-19', district: 'Nậm Pồ' });
		assert.equal(fm.body, 'Tiêu đề\nĐoạn.');
		assert.equal(fm.fieldLines.get('district'), 3);
	});
	it('has no frontmatter without a first "---" line', () => {
		const fm = splitFrontmatter('Tiêu đề\n---\nĐoạn.');
		assert.ok(fm.ok && fm.data === null);
	});
	it('reports an unclosed frontmatter', () => {
		const fm = splitFrontmatter('---\ndate: 2024-11-19\nTiêu đề');
		assert.ok(!fm.ok && fm.code === 'frontmatter-unclosed');
	});
	it('reports invalid YAML with its line', () => {
		const fm = splitFrontmatter('---\ndate: 2024-11-19\ndistrict: [Nậm Pồ\n---\nTiêu đề');
		assert.ok(!fm.ok && fm.code === 'frontmatter-yaml');
		assert.ok(!fm.ok && fm.line >= 3);
	});
	it('reports frontmatter that is not a mapping', () => {
		const fm = splitFrontmatter('---\n- a\n- b\n---\nTiêu đề');
		assert.ok(!fm.ok && fm.code === 'frontmatter-not-mapping');
	});
	it('keeps dates as strings', () => {
		const fm = splitFrontmatter('---\ndate: 2024-11-19\n---\nx');
		assert.ok(fm.ok && typeof fm.data?.date === 'string');
	});
});

describe('checkOverrides', () => {
	const check = (data: Record<string, unknown>) => checkOverrides('a.md', data, (f) => (f === 'district' ? 4 : 2));
	it('accepts valid fields and resolves places', () => {
		const c = check({ district: 'Nậm Pồ', date: '2024-11-19', kind: 'working-visit' });
		assert.deepEqual(c.messages, []);
		assert.equal(c.district?.name, 'Nậm Pồ');
		assert.equal(c.values.date, '2024-11-19');
	});
	it('names the file, field and line and suggests the nearest district', () => {
		const [m] = check({ district: 'Nậm Pồoo', province: 'Điện Biên' }).messages;
		assert.equal(m?.file, 'a.md');
		assert.equal(m?.field, 'district');
		assert.equal(m?.line, 4);
		assert.equal(m?.code, 'unknown-district');
		assert.match(m?.message ?? '', /did you mean "Nậm Pồ"/);
	});
	it('rejects an impossible date', () => {
		const [m] = check({ date: '2024-02-30' }).messages;
		assert.equal(m?.code, 'frontmatter-field');
		assert.equal(m?.field, 'date');
	});
	it('rejects a wrong type and suggests the nearest enum value', () => {
		const [m] = check({ kind: 'working_visit' }).messages;
		assert.match(m?.message ?? '', /did you mean "working-visit"/);
		const [n] = check({ period: { year: '2024', months: 9 } }).messages;
		assert.equal(n?.field, 'period.year');
	});
	it('rejects unknown fields with the nearest field name', () => {
		const [m] = check({ distric: 'Nậm Pồ' }).messages;
		assert.equal(m?.code, 'unknown-field');
		assert.match(m?.message ?? '', /did you mean "district"/);
	});
	it('keeps the valid fields when one is wrong', () => {
		const c = check({ kind: 'party-meeting', date: 'yesterday' });
		assert.equal(c.values.kind, 'party-meeting');
		assert.equal(c.values.date, undefined);
		assert.equal(c.messages.length, 1);
	});
	it('only accepts safe slugs', () => {
		assert.equal(check({ slug: '../../etc/passwd' }).messages[0]?.field, 'slug');
		assert.equal(check({ slug: 'nam-po-2024' }).values.slug, 'nam-po-2024');
	});
});
