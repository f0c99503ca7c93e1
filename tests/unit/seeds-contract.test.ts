/**
 * The five sample articles against their expected facts (the extraction contract's
 * seeds-expected.json, copied into tests/fixtures), through the same code path as the build,
 * and through the `extract` command itself.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { processArticle } from '../../src/lib/article/process-article.ts';
import { matchKey } from '../../src/lib/text/fold.ts';
import type { Indicator } from '../../src/schemas/briefing.ts';
import { ROOT } from '../support/build-site.ts';
import { expectedSeeds, FIXTURES, seedBytes } from '../support/seeds.ts';

type Fact = [string, string, number, string | undefined];

function factsOf(indicators: readonly Indicator[]): Fact[] {
	const out: Fact[] = [];
	for (const i of indicators) {
		for (const field of ['value', 'planPercent', 'yoyPercent', 'change', 'of'] as const) {
			const v = i[field];
			if (v === undefined) continue;
			out.push([i.key, field, v, field === 'value' ? i.unit : field === 'change' ? i.changeUnit : undefined]);
		}
	}
	return out;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.01, 0.005 * Math.abs(b));

for (const expected of expectedSeeds) {
	describe(`sample ${expected.file}`, () => {
		const article = processArticle(`content/articles/${expected.file}`, seedBytes(expected.file));
		const f = article.facts;
		it('is published', () => assert.notEqual(article.status, 'quarantined', JSON.stringify(article.messages)));
		it('date, province, district, districts, kind, period', () => {
			assert.equal(f.date, expected.date);
			assert.equal(f.province, expected.province);
			assert.equal(f.district, expected.district);
			assert.deepEqual(f.districts, expected.districts);
			assert.equal(f.kind, expected.kind);
			assert.deepEqual(f.period, expected.period);
		});
		if (expected.title) it('title', () => assert.equal(f.title, expected.title));
		it('officials: names, titles, levels and roles, nobody else', () => {
			assert.deepEqual(
				f.officials.map((o) => [o.name, matchKey(o.title), o.level, o.role]).sort(),
				expected.officials.map((o) => [o.name, matchKey(o.title), o.level, o.role]).sort(),
			);
		});
		it('every expected indicator fact, and no extra one under an expected key', () => {
			const got = factsOf(f.indicators);
			const used = new Set<number>();
			for (const [key, field, value, unit] of expected.facts) {
				const hit = got.findIndex(
					(g, i) =>
						!used.has(i) &&
						g[1] === field &&
						close(g[2], value) &&
						(key === 'other' || g[0] === key) &&
						(unit === undefined || g[3] === undefined || matchKey(unit) === matchKey(g[3])),
				);
				assert.ok(hit >= 0, `missing ${JSON.stringify([key, field, value, unit])}`);
				used.add(hit);
			}
			const keys = new Set(expected.facts.map((x) => x[0]).filter((k) => k !== 'other'));
			const extra = got.filter((g, i) => !used.has(i) && keys.has(g[0]));
			assert.deepEqual(extra, []);
		});
		it('source outlet and author', () => {
			assert.equal(f.source.outlet, expected.source.outlet);
			assert.equal(f.source.author, expected.source.author);
			if (expected.source.url) assert.equal(f.source.url, expected.source.url);
		});
		it('every fact carries the sentence it came from', () => {
			for (const o of f.officials) assert.ok(o.sentence?.includes(o.name.split(' ')[0] ?? ''), o.name);
			for (const i of f.indicators) assert.ok(i.sentence && i.sentence.length > 10, i.label);
		});
	});
}

describe('the extract command', () => {
	const run = (...args: string[]) =>
		spawnSync(process.execPath, [join(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

	it('prints one JSON array in argument order, exit 0', () => {
		const files = expectedSeeds.map((e) => join(FIXTURES, 'seeds', e.file)).reverse();
		const r = run('--json', ...files);
		assert.equal(r.status, 0, r.stderr);
		const out = JSON.parse(r.stdout) as { file: string; id: string; district: string; error?: string }[];
		assert.deepEqual(
			out.map((o) => o.file),
			files,
		);
		assert.ok(out.every((o) => !o.error && o.id && o.district));
	});
	it('keeps going past a missing file and one with no district, then exits 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'extract-'));
		const nowhere = join(dir, 'nowhere.txt');
		writeFileSync(nowhere, 'Tin trong nước\nNgày 5/3/2024, hội nghị được tổ chức với nhiều đại biểu tham dự.');
		const first = join(FIXTURES, 'seeds', expectedSeeds[0]?.file ?? '');
		const r = run('--json', first, join(dir, 'missing.txt'), nowhere);
		assert.equal(r.status, 1);
		const out = JSON.parse(r.stdout) as { file: string; error?: string; district: string | null }[];
		assert.equal(out.length, 3);
		assert.equal(out[0]?.error, undefined);
		assert.match(out[1]?.error ?? '', /cannot be read/);
		assert.match(out[2]?.error ?? '', /no district/);
		assert.equal(out[2]?.district, null);
	});
	it('gives warnings and errors as the build report’s objects, in English and Vietnamese', () => {
		const dir = mkdtempSync(join(tmpdir(), 'extract-'));
		const file = join(dir, 'sai.md');
		writeFileSync(
			file,
			`---\nprovince: Điện Biên\ndistrict: Nậm Pồoo\n---\n${readFileSync(join(FIXTURES, 'seeds', '001_0933ba923308f277.txt'), 'utf8')}`,
		);
		const r = run('--json', file);
		assert.equal(r.status, 1);
		const [out] = JSON.parse(r.stdout) as {
			warnings: Record<string, unknown>[];
			errors: Record<string, unknown>[];
			error?: string;
		}[];
		assert.deepEqual(out?.errors[0], {
			code: 'unknown-district',
			severity: 'error',
			field: 'district',
			line: 3,
			message: '"Nậm Pồoo" is not a district of Điện Biên; did you mean "Nậm Pồ"?',
			hint: 'Use a district name from the 2023–2024 gazetteer (districts were abolished on 1 July 2025; use the old unit).',
			vi: {
				message: '"Nậm Pồoo" không phải tên huyện của Điện Biên; có phải "Nậm Pồ"?',
				hint: 'Dùng tên huyện theo danh mục 2023–2024 (cấp huyện chấm dứt từ 01/07/2025; dùng đơn vị cũ).',
			},
		});
		assert.deepEqual(
			out?.warnings.map((w) => w.code),
			['no-headline'],
		);
		assert.match(out?.error ?? '', /\[unknown-district\]/);
	});
	it('speaks Vietnamese to a person, each message once with its code', () => {
		const dir = mkdtempSync(join(tmpdir(), 'extract-'));
		const file = join(dir, 'sai.md');
		writeFileSync(file, `---\ndistrict: Nậm Pồoo\ntoString: 1\n---\nHội nghị ở huyện Mường Chà`);
		const r = run(file);
		assert.equal(r.status, 1);
		assert.match(
			r.stdout,
			/LỖI: \(dòng 2, trường district\) "Nậm Pồoo" không phải tên huyện; có phải "[^"]+"\? Cách sửa: Dùng tên huyện theo danh mục 2023–2024[^[]*\[unknown-district\]/,
		);
		assert.match(
			r.stdout,
			/LỖI: \(dòng 3, trường toString\) Không có trường khai báo "toString"\. Cách sửa: Các trường: /,
		);
		assert.match(
			r.stdout,
			/Lưu ý: Tít và đoạn mở đầu không nêu ngày diễn ra sự kiện \(như "Ngày 19\/11"\)\. Cách sửa: Khai date/,
		);
		// No English sentence for a person: each line is Vietnamese with its stable code.
		assert.doesNotMatch(r.stdout, /\b(is not|the article|frontmatter field|did you mean)\b/);
	});
	it('prints the facts with their sentences for a person', () => {
		const r = run(join(FIXTURES, 'seeds', '004_9da10d9c084d8620.txt'));
		assert.equal(r.status, 0, r.stderr);
		assert.match(r.stdout, /Huyện: +Như Xuân/);
		assert.match(r.stdout, /Lương Thị Hoa — Bí thư Huyện ủy/);
		assert.match(r.stdout, /← «Thu ngân sách 9 tháng của huyện ước đạt 1\.401,351 tỷ đồng/);
	});
	it('prints each measure with its own hedge, and a threshold as one', () => {
		const r = run(
			join(FIXTURES, 'seeds', '000_bcc1ecf503c2fdd8.txt'),
			join(FIXTURES, 'seeds', '004_9da10d9c084d8620.txt'),
		);
		assert.equal(r.status, 0, r.stderr);
		assert.match(r.stdout, /gần 1\.630 tỷ đồng; đạt trên 105% kế hoạch/);
		assert.match(r.stdout, /đạt gần 78% dự toán giao/);
		assert.match(r.stdout, /tăng gần 6 %/);
		assert.match(r.stdout, /27 chỉ tiêu; đạt từ 70% kế hoạch trở lên; \(ngưỡng phải đạt, không phải kết quả\)/);
	});
	it('gives each measure its hedge in JSON, and marks a threshold as a target', () => {
		const r = run(
			'--json',
			join(FIXTURES, 'seeds', '000_bcc1ecf503c2fdd8.txt'),
			join(FIXTURES, 'seeds', '004_9da10d9c084d8620.txt'),
		);
		const [namPo, nhuXuan] = JSON.parse(r.stdout) as { indicators: Indicator[] }[];
		const pv = namPo?.indicators.find((i) => i.key === 'production-value');
		assert.deepEqual(pv?.hedges, { value: 'gần', planPercent: 'trên' });
		assert.equal(pv?.qualifier, 'gần', 'version 1 keeps its one qualifier');
		const floor = nhuXuan?.indicators.find((i) => i.key === 'targets-met');
		assert.deepEqual([floor?.hedges, floor?.target], [{ planPercent: 'từ … trở lên' }, true]);
	});
	it('prints nothing but JSON on stdout', () => {
		const r = run('--json', join(FIXTURES, 'seeds', '000_bcc1ecf503c2fdd8.txt'));
		assert.doesNotThrow(() => JSON.parse(r.stdout));
	});
});
