/**
 * Seeded random article bodies for the tests that hold a writer to its reference byte for byte:
 * texts of Vietnamese words and names, every ASCII punctuation character, white space of every
 * kind, control characters, markup, entities and Markdown of every kind, in every block shape.
 */
import type { BodyBlock } from '../../src/schemas/entry.ts';

const ASCII_PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
const SPACES = [' ', '  ', '\t', '\n', '\r\n', '\n\n', '\u00a0', '\u2028', '\ufeff', '\u3000'];
const WORDS = [
	...'Huyện Điện Biên Đông Nậm Pồ đạt 45,2 tỷ đồng 1.401,351 ha Vừ A Bằng Chủ tịch UBND tỉnh ngày 27/1 Ảnh: T.SỸ'.split(
		' ',
	),
	'<script>alert(1)</script>',
	'&amp; &#x3C; &copy;',
	'[bấm](javascript:x)',
	'![ảnh](x.png)',
	'**đậm** _nghiêng_ `mã`',
	'# tiêu đề',
	'- mục',
	'1. số',
	'> trích',
	'---',
	'<https://x.vn>',
	'\\',
	'\u0000',
	'\u0001\u001f',
	'🙂𝕏',
	'{a} \x24{b}',
];
export const NAMES = ['Điện Biên', 'Điện Biên Đông', 'Vừ A Bằng', 'Nậm Pồ', 'UBND'];

export function text(random: () => number): string {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	let s = random() < 0.2 ? pick(SPACES) : '';
	const n = Math.floor(random() * 12);
	for (let i = 0; i < n; i++) {
		const r = random();
		s += r < 0.5 ? pick(WORDS) : r < 0.7 ? pick(NAMES) : r < 0.9 ? pick(ASCII_PUNCTUATION) : pick(SPACES);
		s += random() < 0.8 ? ' ' : pick(SPACES);
	}
	return s;
}

export function block(random: () => number): BodyBlock {
	const r = random();
	if (r < 0.6) return { type: 'paragraph', text: text(random) };
	if (r < 0.75) return { type: 'heading', text: text(random) };
	if (r < 0.85) return { type: 'caption', text: text(random) };
	return { type: 'caption', text: text(random), credit: random() < 0.2 ? ' \n ' : text(random) };
}

/** Bodies at the edges of the Markdown, by name, for the same comparison. */
export const EDGE_BODIES: readonly { readonly name: string; readonly blocks: BodyBlock[] }[] = [
	{ name: 'no blocks', blocks: [] },
	{ name: 'a paragraph of white space only', blocks: [{ type: 'paragraph', text: ' \n\t ' }] },
	{ name: 'an empty heading', blocks: [{ type: 'heading', text: '' }] },
	{ name: 'an empty caption', blocks: [{ type: 'caption', text: ' ' }] },
	{ name: 'a caption with a credit only', blocks: [{ type: 'caption', text: '', credit: 'Chí Công' }] },
	{ name: 'a credit of white space', blocks: [{ type: 'caption', text: 'Quang cảnh.', credit: '  ' }] },
	{ name: 'an empty credit', blocks: [{ type: 'caption', text: 'Quang cảnh.', credit: '' }] },
	{
		name: 'two captions in a row',
		blocks: [
			{ type: 'caption', text: 'Một.' },
			{ type: 'caption', text: 'Hai.' },
		],
	},
	{ name: 'a NUL character', blocks: [{ type: 'paragraph', text: 'a\u0000b' }] },
	{ name: 'a backslash at the end', blocks: [{ type: 'paragraph', text: 'a \\' }] },
	{ name: 'entities and markup', blocks: [{ type: 'paragraph', text: '&amp; &lt;b&gt; <b>x</b> "q" \'r\'' }] },
];
