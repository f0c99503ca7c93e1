/**
 * The record of the files the downloads step wrote (src/lib/site/outputs/written-files.ts): a
 * digest of the bytes, text or not; a stable text that reads back as the files, keys and sizes;
 * a damaged or strange record read as none (so every file is made again, never a path outside
 * the output folder trusted); the files to remove.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	digestOf,
	filesGone,
	isOutputPath,
	parseWrittenFiles,
	writtenFilesText,
} from '../../src/lib/site/outputs/written-files.ts';

describe('written files', () => {
	it('digests the bytes: a text and its UTF-8 bytes alike, one byte apart differently', () => {
		const text = 'Huyện Mường Chà, "ngân sách"\n';
		assert.equal(digestOf(text), digestOf(new TextEncoder().encode(text)));
		assert.notEqual(digestOf(text), digestOf(`${text} `));
		assert.match(digestOf(''), /^[0-9a-f]{64}$/);
	});

	it('writes the same text for the same files in any order, and reads it back', () => {
		const a = new Map([
			['tinh/dien-bien/rss.xml', { digest: 'd2', size: 10, key: 'k2' }],
			['bai-viet/x/briefings.json', { digest: 'd1', size: 0, key: 'k1' }],
			['rss.xml', { digest: 'd3', size: 123456, key: null }],
		]);
		const b = new Map([...a].reverse());
		assert.equal(writtenFilesText(a), writtenFilesText(b));
		assert.deepEqual(Object.keys(JSON.parse(writtenFilesText(a))), [
			'bai-viet/x/briefings.json',
			'rss.xml',
			'tinh/dien-bien/rss.xml',
		]);
		assert.deepEqual(parseWrittenFiles(writtenFilesText(a)), a);
		assert.deepEqual(parseWrittenFiles(writtenFilesText(new Map())), new Map());
	});

	it('reads a missing, damaged or strange record as no files', () => {
		for (const text of [
			null,
			'',
			'{',
			'[]',
			'null',
			'"x"',
			'{"a.json":1}',
			'{"a.json":"d"}',
			'{"a.json":["d",1]}',
			'{"a.json":["d",-1,null]}',
			'{"a.json":["d",1.5,null]}',
			'{"a.json":["d","1",null]}',
			'{"a.json":[1,1,null]}',
			'{"a.json":["d",1,2]}',
			'{"rss.xml":["d",1,null],"../x":["d",1,null]}',
			'{"/rss.xml":["d",1,"k"]}',
		]) {
			assert.deepEqual(parseWrittenFiles(text), new Map(), String(text));
		}
	});

	it('takes only relative paths inside the output folder', () => {
		for (const ok of ['rss.xml', 'bai-viet/x/briefings.json', 'a..b/c']) assert.ok(isOutputPath(ok), ok);
		for (const bad of ['', '/rss.xml', 'a//b', 'a/', './a', 'a/../../b', '..', 'a\\b'])
			assert.ok(!isOutputPath(bad), bad);
	});

	it('gives the files no longer made, sorted', () => {
		const file = { digest: 'd', size: 1, key: null };
		const previous = new Map([
			['z/rss.xml', file],
			['a/rss.xml', file],
			['kept.csv', file],
		]);
		assert.deepEqual(filesGone(previous, new Map([['kept.csv', { ...file, digest: 'e' }]])), [
			'a/rss.xml',
			'z/rss.xml',
		]);
		assert.deepEqual(filesGone(new Map(), previous), []);
	});
});
