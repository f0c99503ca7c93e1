/**
 * The body's own HTML writer (`bodyHtml`) against hast-util-to-html on the trees a body makes
 * (seeded random bodies through the page's steps) and on hand-made trees with every character
 * either escapes; anything it does not write is left to hast-util-to-html.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { bodyHtml } from '../../src/lib/markdown/body-html.ts';
import { bodyToHast } from '../../src/lib/markdown/body-to-hast.ts';
import { bodyToMdast } from '../../src/lib/markdown/body-to-mdast.ts';
import { addHeadingIds } from '../../src/lib/markdown/heading-ids.ts';
import { briefingTree } from '../../src/lib/markdown/remark-briefing.ts';
import type { BodyBlock } from '../../src/schemas/entry.ts';
import { seededRandom } from '../support/seeded-random.ts';

const TRICKY = 'Huyện Điện Biên < > & " \' ` \u0000 \t 45,2% 😀 &amp; <b>';
const el = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
// Values hast's types do not expect for these keys, as a tree may still hold them.
const loose = (properties: Record<string, unknown>) => properties as Element['properties'];
const root = (...children: Root['children']): Root => ({ type: 'root', children });

describe('bodyHtml', () => {
	it('writes what hast-util-to-html writes, text and attributes escaped alike', () => {
		const tree = root(
			el('p', {}, [{ type: 'text', value: TRICKY }, el('br', {}), el('em', {}, [{ type: 'text', value: 'nghiêng' }])]),
			{ type: 'text', value: '\n' },
			el('h3', { id: 'kinh-te' }, [{ type: 'text', value: 'Kinh tế' }]),
			el('p', {}, [
				el('a', { href: `/quan-chuc/a/?x=1&y="2"`, title: TRICKY }, [{ type: 'text', value: 'Vừ A Bằng' }]),
				el('span', { id: 'cau-1', className: ['source', 'x'] }, [
					el('mark', { className: ['fig'] }, [{ type: 'text', value: '45,2' }]),
				]),
				el('span', loose({ id: '', className: [], title: null, href: undefined }), []),
			]),
			el('figure', { className: ['caption'] }, [
				el('figcaption', {}, [el('small', { className: ['credit'] }, [{ type: 'text', value: 'Ảnh: T.SỸ' }])]),
			]),
			el('blockquote', {}, [el('div', { className: ['a'] }, [el('strong', {}, [{ type: 'text', value: '12' }])])]),
		);
		assert.equal(bodyHtml(tree), toHtml(tree));
	});
	it('writes the trees of seeded random bodies with links and marks as hast-util-to-html does', () => {
		const WORDS = [
			'Huyện',
			'Nậm Pồ',
			'đạt',
			'45,2',
			'tỷ',
			'đồng',
			'<',
			'&',
			'"',
			"'",
			'`',
			'*',
			'_',
			'#',
			'\\',
			'[x]',
			'(y)',
		];
		for (let seed = 1; seed <= 200; seed++) {
			const random = seededRandom(seed);
			const words = (n: number) =>
				Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
			const blocks: BodyBlock[] = Array.from({ length: 1 + Math.floor(random() * 5) }, (): BodyBlock => {
				const r = random();
				if (r < 0.2) return { type: 'heading', text: words(3) };
				if (r < 0.35) return { type: 'caption', text: words(4), credit: words(2) };
				return { type: 'paragraph', text: words(12) };
			});
			const mdast = bodyToMdast(blocks);
			briefingTree(mdast, { links: [{ text: 'Nậm Pồ', href: '/tinh/a/?b&c', title: 'Huyện "Nậm Pồ"' }] });
			const hast = bodyToHast(mdast);
			addHeadingIds(hast);
			const html = bodyHtml(hast);
			assert.notEqual(html, undefined, `seed ${seed}`);
			assert.equal(html, toHtml(hast), `seed ${seed}`);
		}
	});
	it('writes nothing of a tree holding a node, element or property it does not know', () => {
		assert.equal(bodyHtml(root({ type: 'comment', value: 'x' })), undefined);
		assert.equal(bodyHtml(root(el('script', {}, [{ type: 'text', value: 'a<b' }]))), undefined);
		assert.equal(bodyHtml(root(el('p', { dataX: 'y' }))), undefined);
		assert.equal(bodyHtml(root(el('p', { hidden: true }))), undefined);
		assert.equal(bodyHtml(root(el('p', loose({ id: Number.NaN })))), undefined);
		assert.equal(bodyHtml(root(el('br', {}, [{ type: 'text', value: 'x' }]))), undefined);
		assert.equal(bodyHtml(root(el('p', {}, [{ type: 'raw', value: '<b>' } as never]))), undefined);
	});
	it('writes a number as its text', () => {
		const tree = root(el('p', loose({ id: 12 })));
		assert.equal(bodyHtml(tree), toHtml(tree));
	});
});
