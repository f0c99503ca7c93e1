/**
 * Random and mutated articles fed to the engine: it never throws, and always returns schema-valid
 * facts or a quarantine with a catalogued message. The generator is seeded: a failure names its
 * case and seed, and reproduces. Cost is not bounded here by the clock, which a loaded machine
 * moves: linear-time.test.ts bounds how work grows with the input, and `npm run bench` times it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processArticle } from '../../src/lib/article/process-article.ts';
import { extractFacts } from '../../src/lib/extract/extract-facts.ts';
import { FactsSchema } from '../../src/schemas/briefing.ts';
import { ArticleMessageSchema } from '../../src/schemas/message.ts';
import { seededRandom } from '../support/seeded-random.ts';
import { expectedSeeds, seedText } from '../support/seeds.ts';

const SEEDS = expectedSeeds.map((e) => seedText(e.file));
const SYLLABLES =
	'huyện tỉnh xã Nậm Pồ Điện Biên Đông Mường Tè Châu Thành Phú Tân Chủ tịch Phó Bí thư UBND HĐND Huyện ủy Tỉnh ủy ngày tháng năm quý đạt kế hoạch dự toán so với cùng kỳ tăng giảm tấn ha tỷ đồng % chỉ tiêu đồng chí ông bà Vừ A Bằng Lê Văn Lương Nguyễn Thị Hoa làm việc với hội nghị kỳ họp Ban Chấp hành Đảng bộ giải ngân vốn đầu tư công tổng sản lượng lương thực trồng rừng xã đạt chuẩn nông thôn mới Ảnh: Nguồn: Tin, ảnh:'.split(
		' ',
	);
const NASTY = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'&lt;b&gt;&amp;&#7879;&#x1EC7;&bogus;',
	'---\n',
	'---\ntitle: [\n---\n',
	'---\na: &a [*a, *a, *a]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n---\n',
	'\u0000\u0001\u0002',
	'\uFEFF\u200B\u200D\u00A0\u202F',
	'\u202E\u202Dđảo chiều',
	'\uD800',
	'\uFFFE\uFFFF\u2066\u2069\u061C',
	'<table><tr><td>Thu ngân sách</td><td>45,2 tỷ</td></tr></table><p title="a>b">x</p><!--',
	'x;=1+1',
	'Ð',
	'ngày 31/31/9999, Sáng 99/99, chiều nay (0/0)',
	'1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1,1,1,1,1,1',
	'đạt đạt đạt đạt đạt đạt đạt đạt 50% 50% 50%',
	'((((((((((((((((((((',
	'16/33/44/55/66 chỉ tiêu',
	'quý IIIIIIIIIIIII/20255',
	'9 tháng 9 tháng 9 tháng đầu năm 2024 năm 2023 năm 2022',
	'Phó Phó Phó Phó Chủ tịch Chủ tịch UBND UBND tỉnh tỉnh',
	'huyện huyện huyện huyện Nậm Pồ Nậm Pồ',
	'“”‘’«»—–…',
	'🙂🇻🇳𝕏',
	`http://x.vn/${'a'.repeat(3000)}`,
];

function pick<T>(rand: () => number, list: readonly T[]): T {
	return list[Math.floor(rand() * list.length)] as T;
}

/** One random article, as bytes, made by mutating a sample or from scratch. */
function article(rand: () => number): Uint8Array {
	const kind = Math.floor(rand() * 7);
	const base = pick(rand, SEEDS);
	const enc = new TextEncoder();
	switch (kind) {
		case 0: {
			// Flip bytes of a sample.
			const bytes = enc.encode(base);
			for (let i = 0, n = 1 + Math.floor(rand() * 60); i < n; i++) {
				bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
			}
			return bytes;
		}
		case 1:
			// Cut a sample anywhere, even inside a multi-byte character.
			return enc.encode(base).subarray(0, Math.floor(rand() * enc.encode(base).length));
		case 2: {
			// Splice nasty strings into a sample.
			let text = base;
			for (let i = 0, n = 1 + Math.floor(rand() * 8); i < n; i++) {
				const at = Math.floor(rand() * text.length);
				text = text.slice(0, at) + pick(rand, NASTY) + text.slice(at);
			}
			return enc.encode(text);
		}
		case 3: {
			// Random words from the domain's vocabulary, with numbers and punctuation.
			const words: string[] = [];
			for (let i = 0, n = Math.floor(rand() * 600); i < n; i++) {
				const r = rand();
				words.push(
					r < 0.7
						? pick(rand, SYLLABLES)
						: r < 0.85
							? String(Math.floor(rand() * 100000) / (rand() < 0.5 ? 1 : 100))
							: pick(rand, ['.', ',', '\n', '\n\n', ':', ';', '-', '/', '(', ')']),
				);
			}
			return enc.encode(words.join(' '));
		}
		case 4: {
			// Random bytes.
			const bytes = new Uint8Array(Math.floor(rand() * 4000));
			for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
			return bytes;
		}
		case 5:
			// Long runs that make backtracking regular expressions slow.
			return enc.encode(
				`${pick(rand, ['Tiêu đề\n', '', '---\n'])}${pick(rand, [
					' ',
					'1',
					'1.',
					'a',
					'Đ',
					'đạt ',
					'(',
					'/',
					'\n',
					'1/',
					'Ảnh: ',
					'Ngày 1/1 ',
				]).repeat(1000 + Math.floor(rand() * 20000))}`,
			);
		default: {
			// Two samples glued together, lines shuffled.
			const lines = `${base}\n${pick(rand, SEEDS)}`.split('\n');
			for (let i = lines.length - 1; i > 0; i--) {
				const j = Math.floor(rand() * (i + 1));
				[lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
			}
			return enc.encode(lines.join('\n'));
		}
	}
}

const SEED = Number(process.env.FUZZ_SEED ?? 20241119);
const CASES = Number(process.env.FUZZ_CASES ?? 400);

describe(`fuzz (seed ${SEED}, ${CASES} cases)`, () => {
	it('never throws, always gives valid facts or a catalogued quarantine', (t) => {
		const rand = seededRandom(SEED);
		// The slowest case is reported, not bounded: it tells where to look, on any machine.
		let slowest = { ms: 0, n: -1 };
		for (let n = 0; n < CASES; n++) {
			const bytes = article(rand);
			const start = performance.now();
			let result: ReturnType<typeof processArticle>;
			try {
				result = processArticle(`fuzz/${n}.txt`, bytes);
			} catch (e) {
				assert.fail(`case ${n} (seed ${SEED}) threw: ${(e as Error).stack}`);
			}
			const ms = performance.now() - start;
			if (ms > slowest.ms) slowest = { ms, n };
			assert.ok(['published', 'warning', 'quarantined'].includes(result.status), `case ${n}`);
			for (const m of result.messages) ArticleMessageSchema.parse(m);
			if (result.status === 'quarantined') {
				assert.ok(
					result.messages.some((m) => m.severity === 'error'),
					`case ${n}: quarantined without an error message`,
				);
			} else {
				const parsed = FactsSchema.safeParse(result.facts);
				assert.ok(parsed.success, `case ${n} (seed ${SEED}): ${JSON.stringify(parsed.error?.issues)}`);
			}
		}
		t.diagnostic(`slowest: case ${slowest.n}, ${slowest.ms.toFixed(1)} ms`);
	});

	it('extracts from any string without throwing', () => {
		const rand = seededRandom(SEED + 1);
		for (let n = 0; n < CASES; n++) {
			const text = new TextDecoder().decode(article(rand));
			assert.doesNotThrow(() => extractFacts(text), `case ${n} (seed ${SEED + 1})`);
		}
	});
});
