import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateTimeHtml, shortDateHtml } from '../../src/lib/site/present/short-date-html.ts';

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

describe('dateTimeHtml', () => {
	it('writes the weekday and the dateline time, as the DateTime component did', () => {
		assert.equal(dateTimeHtml('2024-11-19', null), '<time datetime="2024-11-19">Thứ Ba, 19/11/2024</time>');
		assert.equal(
			dateTimeHtml('2024-11-19', '14:30'),
			'<time datetime="2024-11-19T14:30+07:00">Thứ Ba, 19/11/2024, 14:30</time>',
		);
	});
	it('writes the short form, keeping the time in the attribute only', () => {
		assert.equal(
			dateTimeHtml('2024-11-19', '14:30', true),
			'<time datetime="2024-11-19T14:30+07:00">19/11/2024</time>',
		);
	});
	it('says the day is unknown when there is none, and escapes a time as Astro escapes it', () => {
		assert.equal(dateTimeHtml(null, '14:30'), '<span class="muted">Chưa rõ ngày</span>');
		assert.equal(
			dateTimeHtml('2024-11-19', '<"&>'),
			'<time datetime="2024-11-19T<&quot;&amp;>+07:00">Thứ Ba, 19/11/2024, &lt;&quot;&amp;&gt;</time>',
		);
	});
});
