import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bodyToMarkdown, escapeMarkdown } from '../../src/lib/markdown/body-to-markdown.ts';
import type { LinkTarget } from '../../src/lib/markdown/remark-briefing.ts';
import { briefingProcessor, renderBriefingBody } from '../../src/markdown/render-briefing.ts';
import type { BodyBlock } from '../../src/schemas/entry.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/remark/', import.meta.url));

interface Fixture {
	blocks: BodyBlock[];
	links: LinkTarget[];
}

function fixture(name: string): Fixture {
	return JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8')) as Fixture;
}

async function render(name: string): Promise<string> {
	const { blocks, links } = fixture(name);
	return renderBriefingBody(blocks, links);
}

/** Raw Markdown (not escaped first) through the project's processor. */
async function renderRaw(markdown: string, links: readonly LinkTarget[] = []): Promise<string> {
	const renderer = await briefingProcessor().createRenderer({ syntaxHighlight: false });
	return (await renderer.render(markdown, { frontmatter: { briefingLinks: links } })).code;
}

const ALLOWED_TAGS = new Set(['p', 'a', 'figure', 'figcaption', 'small', 'h3']);

const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);

describe('fixtures: JSON in, HTML out (UPDATE=1 rewrites the .html files)', () => {
	for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
		const name = file.replace(/\.json$/, '');
		it(name, async () => {
			const html = await render(name);
			const expectedFile = `${FIXTURES}${name}.html`;
			if (process.env.UPDATE) writeFileSync(expectedFile, html);
			assert.equal(html, readFileSync(expectedFile, 'utf8'));
		});
	}
});

describe('links', () => {
	it('links the first mention of each target only', async () => {
		const html = await render('first-mentions');
		assert.deepEqual(hrefs(html), [
			'/quan-chuc/dien-bien/vu-a-bang/',
			'/tinh/dien-bien/dien-bien-dong/',
			'/tinh/dien-bien/',
		]);
		assert.equal(html.split('>Vừ A Bằng</a>').length - 1, 1);
		assert.match(
			html,
			/đồng chí Vừ A Bằng đề nghị huyện Điện Biên Đông và các huyện của tỉnh Điện Biên/,
			'later mentions stay text',
		);
	});

	it('prefers the longest match: "Điện Biên Đông" is not "Điện Biên" followed by "Đông"', async () => {
		const html = await renderBriefingBody(
			[{ type: 'paragraph', text: 'Huyện Điện Biên Đông báo cáo.' }],
			[
				{ text: 'Điện Biên', href: '/tinh/dien-bien/' },
				{ text: 'Điện Biên Đông', href: '/tinh/dien-bien/dien-bien-dong/' },
			],
		);
		assert.equal(html.trim(), '<p>Huyện <a href="/tinh/dien-bien/dien-bien-dong/">Điện Biên Đông</a> báo cáo.</p>');
	});

	it('does not link a name inside a longer proper name ("Điện Biên TV", "Báo Điện Biên Phủ")', async () => {
		const html = await renderBriefingBody(
			[{ type: 'paragraph', text: 'Điện Biên TV và Báo Điện Biên Phủ đưa tin về tỉnh Điện Biên.' }],
			[{ text: 'Điện Biên', href: '/tinh/dien-bien/' }],
		);
		assert.equal(
			html.trim(),
			'<p>Điện Biên TV và Báo Điện Biên Phủ đưa tin về tỉnh <a href="/tinh/dien-bien/">Điện Biên</a>.</p>',
		);
	});

	it('does not link part of a word', async () => {
		const html = await renderBriefingBody(
			[{ type: 'paragraph', text: 'Xã Nậm Pồn và huyện Nậm Pồ.' }],
			[{ text: 'Nậm Pồ', href: '/tinh/dien-bien/nam-po/' }],
		);
		assert.match(html, /Nậm Pồn và huyện <a href="\/tinh\/dien-bien\/nam-po\/">Nậm Pồ<\/a>/);
	});

	it('does not link inside headings or captions’ credits twice', async () => {
		const html = await render('captions');
		assert.deepEqual(hrefs(html), ['/tinh/dien-bien/nam-po/']);
		assert.match(html, /<h3[^>]*>Phát triển hạ tầng giao thông, giáo dục, y tế<\/h3>/);
	});
});

describe('captions and credits', () => {
	it('sets a caption apart as a figure, its credit in a small element', async () => {
		const html = await render('captions');
		assert.match(
			html,
			/<figure class="caption">\s*<figcaption>Đồng chí Vừ A Bằng phát biểu kết luận chương trình làm việc\.<\/figcaption>\s*<small class="credit">Ảnh: Chí Công<\/small>\s*<\/figure>/,
		);
		assert.match(html, /<figure class="caption">\s*<figcaption>Quang cảnh buổi làm việc\.<\/figcaption>\s*<\/figure>/);
	});

	it('writes captions as blockquotes in the Markdown', () => {
		assert.equal(
			bodyToMarkdown([{ type: 'caption', text: 'Quang cảnh.', credit: 'T.SỸ' }]),
			'> Quang cảnh\\.\n>\n> Ảnh\\: T\\.SỸ',
		);
	});
});

describe('hostile text comes out inert', () => {
	it('leaves no element, attribute or link the text did not ask for', async () => {
		const html = await render('hostile');
		for (const [, name, attributes] of html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
			assert.ok(ALLOWED_TAGS.has(name as string), `unexpected <${name}>`);
			for (const [, attribute] of (attributes as string).matchAll(/\s([^\s=]+)=/g)) {
				assert.ok(['href', 'title', 'class', 'id'].includes(attribute as string), `unexpected ${attribute}=`);
			}
		}
		assert.deepEqual(hrefs(html), ['/tinh/dien-bien/']);
	});

	it('shows the characters as written', async () => {
		const html = await render('hostile');
		assert.ok(html.includes('&#x3C;script>alert(1)&#x3C;/script>'));
		assert.ok(html.includes('**đậm** _nghiêng_ `mã`'));
		assert.ok(html.includes('&#x26;amp; &#x26;lt;b&#x26;gt; &#x26;#x3C; &#x26;copy;'), 'entities are not decoded');
		assert.ok(html.includes('# không phải tiêu đề - không phải danh sách 1. không phải số thứ tự'));
	});

	it('turns raw HTML in unescaped Markdown into text', async () => {
		const html = await renderRaw('<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> b');
		assert.doesNotMatch(html, /<script|<img/);
		assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
	});

	it('escapes every Markdown-special character', () => {
		assert.equal(escapeMarkdown('*a* [b](c) <d> `e` #f'), '\\*a\\* \\[b\\]\\(c\\) \\<d\\> \\`e\\` \\#f');
	});
});
