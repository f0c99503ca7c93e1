/**
 * Strings an editor writes in frontmatter are as untrusted as the article: cleaned the same way
 * before they become facts, titles and feed entries.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processArticle } from '../../src/lib/article/process-article.ts';
import { seedText } from '../support/seeds.ts';

const NAM_PO = seedText('000_bcc1ecf503c2fdd8.txt');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('frontmatter strings', () => {
	it('are cleaned as article text is', () => {
		const md = `---\ntitle: "\\u2066Tít\\uFFFF của\\u200B bài\\u2069"\nsource: { outlet: "\\u202EĐiện Biên TV", author: "\\u2067 " }\n---\n${NAM_PO}`;
		const article = processArticle('fm.md', utf8(md));
		assert.equal(article.facts.title, 'Tít của bài');
		assert.equal(article.facts.source.outlet, 'Điện Biên TV');
		assert.equal(article.facts.source.author, null);
	});
});
