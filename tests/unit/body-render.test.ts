/**
 * The page's body renderer (`renderBriefingBody`: the body's mdast built directly, to-hast,
 * heading ids, to-html) against Astro's unified pipeline on the body's escaped Markdown
 * (`briefingProcessor`), the reference it must match byte for byte: seeded random bodies of
 * every block shape, with every ASCII punctuation character, white space of every kind,
 * control characters, links and marked sentences; and the edge cases of the Markdown by name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { bodyToHast } from '../../src/lib/markdown/body-to-hast.ts';
import { bodyToMarkdown, collapseSpace } from '../../src/lib/markdown/body-to-markdown.ts';
import { bodyToMdast } from '../../src/lib/markdown/body-to-mdast.ts';
import { addHeadingIds } from '../../src/lib/markdown/heading-ids.ts';
import type { LinkTarget, SentenceMark } from '../../src/lib/markdown/remark-briefing.ts';
import { briefingProcessor, renderBriefingBody } from '../../src/markdown/render-briefing.ts';
import type { BodyBlock } from '../../src/schemas/entry.ts';
import { block, EDGE_BODIES, NAMES, text } from '../support/random-body.ts';
import { seededRandom } from '../support/seeded-random.ts';

const renderer = briefingProcessor().createRenderer({ syntaxHighlight: false });

/** What Astro's Markdown pipeline makes of the body's Markdown. */
async function reference(
	blocks: readonly BodyBlock[],
	links: readonly LinkTarget[] = [],
	sentences: readonly SentenceMark[] = [],
): Promise<string> {
	const markdown = bodyToMarkdown(blocks);
	return (
		await (await renderer).render(markdown, { frontmatter: { briefingLinks: links, briefingSentences: sentences } })
	).code;
}

/** Sentences of the body as `figureSources` gives them: collapsed, with figures' offsets marked. */
function sentencesOf(blocks: readonly BodyBlock[], random: () => number): SentenceMark[] {
	const out: SentenceMark[] = [];
	for (const b of blocks) {
		const words = b.text.replace(/\s+/g, ' ').trim().split(' ');
		if (words.length < 3 || random() < 0.5) continue;
		const from = Math.floor(random() * (words.length - 2));
		const sentence = words.slice(from, from + 2 + Math.floor(random() * 4)).join(' ');
		const at = Math.floor(random() * sentence.length);
		out.push({ id: `cau-${out.length + 1}`, text: sentence, marks: [[at, Math.min(sentence.length, at + 3)]] });
	}
	return out;
}

describe('the body renderer is Astro’s Markdown pipeline, byte for byte', () => {
	it('on 400 seeded random bodies, with links and marked sentences', async () => {
		for (let seed = 1; seed <= 400; seed++) {
			const random = seededRandom(seed);
			const blocks = Array.from({ length: 1 + Math.floor(random() * 6) }, () => block(random));
			const links = NAMES.filter(() => random() < 0.5).map((name, i) => ({
				text: name,
				href: `/trang/${i}/`,
				...(random() < 0.5 ? { title: `Trang ${name}` } : {}),
			}));
			const sentences = sentencesOf(blocks, random);
			assert.equal(
				renderBriefingBody(blocks, links, sentences),
				await reference(blocks, links, sentences),
				`seed ${seed}: ${JSON.stringify(blocks)}`,
			);
		}
	});

	const EDGES: { name: string; blocks: BodyBlock[] }[] = [
		...EDGE_BODIES,
		{
			name: 'headings of the same words',
			blocks: [
				{ type: 'heading', text: 'Kinh tế - xã hội' },
				{ type: 'heading', text: 'Kinh tế – xã hội!' },
				{ type: 'heading', text: 'kinh tế - xã hội' },
			],
		},
	];
	for (const { name, blocks } of EDGES) {
		it(name, async () => {
			assert.equal(renderBriefingBody(blocks, []), await reference(blocks));
		});
	}
});

describe('collapseSpace', () => {
	it('collapses white space as a replace of every run and a trim does, whether or not the text needs it', () => {
		for (let seed = 1; seed <= 300; seed++) {
			const t = text(seededRandom(seed));
			assert.equal(collapseSpace(t), t.replace(/\s+/g, ' ').trim(), JSON.stringify(t));
		}
		for (const t of ['a b', ' a b ', 'a  b', 'a\tb', 'a\u00a0b', 'a \n b', '']) {
			assert.equal(collapseSpace(t), t.replace(/\s+/g, ' ').trim(), JSON.stringify(t));
		}
	});
});

describe('bodyToMdast', () => {
	it('gives the text back, collapsed, one text node a block', () => {
		assert.deepEqual(bodyToMdast([{ type: 'paragraph', text: ' *a*\n  <b> ' }]), {
			type: 'root',
			children: [{ type: 'paragraph', children: [{ type: 'text', value: '*a* <b>' }] }],
		});
	});

	it('writes a caption as a blockquote, its credit a paragraph of its own', () => {
		assert.deepEqual(bodyToMdast([{ type: 'caption', text: 'Quang cảnh.', credit: 'T.SỸ' }]).children, [
			{
				type: 'blockquote',
				children: [
					{ type: 'paragraph', children: [{ type: 'text', value: 'Quang cảnh.' }] },
					{ type: 'paragraph', children: [{ type: 'text', value: 'Ảnh: T.SỸ' }] },
				],
			},
		]);
	});
});

describe('bodyToHast is mdast-util-to-hast', () => {
	const TREES: { name: string; tree: MdastRoot }[] = [
		{
			name: 'a body’s nodes, with the data remarkBriefing sets',
			tree: {
				type: 'root',
				children: [
					{ type: 'heading', depth: 3, children: [{ type: 'text', value: 'Tiêu đề' }] },
					{
						type: 'paragraph',
						children: [
							{ type: 'text', value: 'Ông ' },
							{
								type: 'link',
								url: '/quan-chuc/a b/ấ%2F%zz/',
								title: 'Quan chức',
								children: [{ type: 'text', value: 'A' }],
							},
							{
								type: 'emphasis',
								data: { hName: 'span', hProperties: { id: 'cau-1', className: ['source-sentence'] } },
								children: [
									{
										type: 'emphasis',
										data: { hName: 'mark', hProperties: { className: ['source-figure'] } },
										children: [{ type: 'text', value: '45%' }],
									},
								],
							},
						],
					},
					{
						type: 'blockquote',
						data: { hName: 'figure', hProperties: { className: ['caption'] } },
						children: [
							{
								type: 'paragraph',
								data: { hName: 'figcaption', hProperties: {} },
								children: [{ type: 'text', value: 'Ảnh' }],
							},
							{
								type: 'paragraph',
								data: { hName: 'small', hProperties: { className: ['credit'] } },
								children: [{ type: 'text', value: 'Ảnh: B' }],
							},
						],
					},
					{ type: 'blockquote', children: [] },
					{ type: 'heading', depth: 2, children: [] },
				],
			},
		},
		{
			name: 'nodes a body does not have, left to mdast-util-to-hast',
			tree: {
				type: 'root',
				children: [
					{
						type: 'paragraph',
						children: [
							{ type: 'text', value: 'a  \n\t b ' },
							{ type: 'break' },
							{ type: 'text', value: ' \t c' },
							{ type: 'break' },
							{ type: 'emphasis', children: [{ type: 'text', value: '  d' }] },
							{ type: 'strong', children: [{ type: 'inlineCode', value: '<e>' }] },
							{ type: 'html', value: '<script>x</script>' },
							{ type: 'text', value: 'f', data: { hName: 'b' } },
							{ type: 'emphasis', data: { hChildren: [{ type: 'text', value: 'g' }] }, children: [] },
						],
					},
					{ type: 'thematicBreak' },
					{ type: 'code', value: 'h' },
				],
			},
		},
	];
	for (const { name, tree } of TREES) {
		it(name, () => {
			assert.deepEqual(bodyToHast(structuredClone(tree)), toHast(structuredClone(tree)));
		});
	}

	it('copies the properties it is given, as mdast-util-to-hast clones them', () => {
		const className = ['caption'];
		const hast = bodyToHast({
			type: 'root',
			children: [{ type: 'blockquote', data: { hProperties: { className } }, children: [] }],
		});
		const figure = hast.children[0];
		assert.ok(figure?.type === 'element');
		assert.deepEqual(figure.properties.className, className);
		assert.notEqual(figure.properties.className, className);
	});
});

describe('addHeadingIds', () => {
	const heading = (id?: string) => ({
		type: 'element' as const,
		tagName: 'h3',
		properties: id === undefined ? {} : { id },
		children: [
			{ type: 'text' as const, value: 'Kinh tế ' },
			{
				type: 'element' as const,
				tagName: 'mark',
				properties: {},
				children: [{ type: 'text' as const, value: 'Xã hội' }],
			},
		],
	});

	it('slugs the whole text, numbers repeats and keeps an id already set', () => {
		const tree: Root = { type: 'root', children: [heading(), heading('rieng'), heading(), heading()] };
		addHeadingIds(tree);
		const ids = tree.children.map((n) => (n.type === 'element' ? n.properties.id : null));
		assert.deepEqual(ids, ['kinh-tế-xã-hội', 'rieng', 'kinh-tế-xã-hội-1', 'kinh-tế-xã-hội-2']);
	});
});
