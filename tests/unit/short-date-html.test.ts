import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shortDateHtml } from '../../src/lib/site/present/short-date-html.ts';

describe('shortDateHtml', () => {
	it("writes a day as DateTime's short form does", () => {
		assert.equal(shortDateHtml('2024-11-19'), '<time datetime="2024-11-19">19/11/2024</time>');
	});

	it('says the day is unknown when there is none', () => {
		assert.equal(shortDateHtml(null), '<span class="muted">Chưa rõ ngày</span>');
	});

	it('escapes what is not a checked day rather than writing it as markup', () => {
		assert.equal(
			shortDateHtml('<b>-"x"-&'),
			'<time datetime="&lt;b&gt;-&quot;x&quot;-&amp;">&amp;/&quot;x&quot;/&lt;b&gt;</time>',
		);
	});
});
