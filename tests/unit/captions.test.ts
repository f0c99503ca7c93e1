import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CAPTION_ELEMENT, captionParagraphElement } from '../../src/lib/markdown/captions.ts';
import { feedHtml } from '../../src/lib/site/outputs/feeds.ts';
import { renderBriefingBody } from '../../src/markdown/render-briefing.ts';
import type { BodyBlock } from '../../src/schemas/entry.ts';

const NO_SOURCE = { outlet: null, url: null, author: null };

/** The element names of a rendered caption, in order: the figure, then each paragraph's. */
function captionElements(html: string): string[] {
	return [...html.matchAll(/<(figure|figcaption|small)\b/g)].map((m) => m[1] ?? '');
}

const CASES: { name: string; block: BodyBlock; paragraphs: number }[] = [
	{ name: 'a caption alone', block: { type: 'caption', text: 'Quang cảnh buổi làm việc.' }, paragraphs: 1 },
	{
		name: 'a caption with its credit',
		block: { type: 'caption', text: 'Quang cảnh buổi làm việc.', credit: 'Chí Công' },
		paragraphs: 2,
	},
];

describe('the caption rule', () => {
	it('sets the last of two or more paragraphs apart as the credit', () => {
		assert.deepEqual(
			[0].map((i) => captionParagraphElement(i, 1)),
			['figcaption'],
		);
		assert.deepEqual(
			[0, 1].map((i) => captionParagraphElement(i, 2)),
			['figcaption', 'small'],
		);
		assert.deepEqual(
			[0, 1, 2].map((i) => captionParagraphElement(i, 3)),
			['figcaption', 'figcaption', 'small'],
		);
	});

	for (const { name, block, paragraphs } of CASES) {
		const expected = [
			CAPTION_ELEMENT,
			...Array.from({ length: paragraphs }, (_, i) => captionParagraphElement(i, paragraphs)),
		];
		it(`is followed by the page's renderer (remark): ${name}`, async () => {
			assert.deepEqual(captionElements(await renderBriefingBody([block], [])), expected);
		});
		it(`is followed by the feed's renderer (markdown-it): ${name}`, () => {
			assert.deepEqual(captionElements(feedHtml([block], NO_SOURCE)), expected);
		});
	}
});
