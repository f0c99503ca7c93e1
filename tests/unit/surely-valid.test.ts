import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { z } from 'astro/zod';
import { processArticle } from '../../src/lib/article/process-article.ts';
import { surelyValid } from '../../src/lib/article/surely-valid.ts';
import { type Facts, FactsSchema, IsoDateSchema, OverridesSchema } from '../../src/schemas/briefing.ts';

const SEEDS = 'tests/fixtures/seeds';
const seeds = readdirSync(SEEDS)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => processArticle(`${SEEDS}/${f}`, readFileSync(`${SEEDS}/${f}`)).facts);

const rich: Facts = {
	title: 'Huyện Mường Nhé tổng kết công tác năm',
	date: '2024-02-29',
	province: 'Điện Biên',
	district: 'Mường Nhé',
	districts: ['Mường Nhé', 'Nậm Pồ'],
	kind: 'working-visit',
	period: { year: 2024, months: 12 },
	officials: [{ name: 'Lò Văn Minh', title: 'Chủ tịch UBND huyện', level: 'district', role: 'lead', sentence: 'Câu.' }],
	indicators: [
		{
			key: 'budget-revenue',
			label: 'thu ngân sách',
			value: 12.5,
			unit: 'tỷ đồng',
			planPercent: 105,
			hedges: { value: 'gần' },
			target: true,
			district: 'Nậm Pồ',
		},
	],
	source: { outlet: 'Báo mẫu', url: 'https://example.org/a', author: 'Người viết' },
};

// Values a field may wrongly hold: empty, blank, padded, too long, of another type, not finite,
// not whole, out of range, not a day, not a web address, not an option.
const ODD: readonly unknown[] = [
	undefined,
	null,
	'',
	'   ',
	' a ',
	'x'.repeat(401),
	'2024-02-30',
	'2023-02-29',
	'2024-1-05',
	'ftp://example.org',
	'https://exa mple.org',
	'https://',
	'other',
	'district',
	0,
	-1,
	1.5,
	1944,
	2101,
	3,
	7,
	Number.NaN,
	Number.POSITIVE_INFINITY,
	true,
	false,
	[],
	['a'],
	[''],
	{},
];

/** `value` with the thing at `path` replaced by `odd` (or removed when `odd` is the REMOVE mark). */
function withAt(value: unknown, path: readonly (string | number)[], odd: unknown): unknown {
	if (path.length === 0) return odd;
	const [head, ...rest] = path as [string | number, ...(string | number)[]];
	const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
	if (rest.length === 0 && odd === REMOVE) delete copy[head];
	else copy[head] = withAt(copy[head], rest, odd);
	return copy;
}
const REMOVE = Symbol('remove');

/** Every path in `value`, containers and leaves. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
	const out = [at];
	if (typeof value === 'object' && value !== null)
		for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k]));
	return out;
}

function variants(base: unknown): unknown[] {
	const out: unknown[] = [base];
	for (const path of pathsOf(base)) {
		for (const odd of [...ODD, REMOVE]) out.push(withAt(base, path, odd));
		if (path.length > 0) out.push(withAt(base, [...path.slice(0, -1), 'extra'], 1));
	}
	return out;
}

describe('surelyValid', () => {
	it('passes the facts extracted from the sample articles, as zod does', () => {
		const valid = surelyValid(FactsSchema);
		assert.ok(seeds.length > 0);
		for (const facts of seeds) {
			assert.equal(valid(facts), true);
			assert.equal(FactsSchema.safeParse(facts).success, true);
		}
	});

	it('gives zod’s verdict on facts with any field made wrong, missing or added', () => {
		const valid = surelyValid(FactsSchema);
		let refused = 0;
		for (const base of [rich, ...seeds.slice(0, 1)]) {
			for (const v of variants(base)) {
				const zod = FactsSchema.safeParse(v).success;
				assert.equal(valid(v), zod, JSON.stringify(v));
				if (!zod) refused++;
			}
		}
		assert.ok(refused > 1000, `only ${refused} variants were invalid`);
	});

	it('never passes what zod refuses in the frontmatter schema (partial, a slug pattern)', () => {
		const valid = surelyValid(OverridesSchema);
		const base = { ...rich, source: { outlet: 'Báo mẫu' }, slug: 'muong-nhe-2024' };
		for (const v of [...variants(base), { slug: 'Not A Slug' }, { slug: 'a--b' }, {}]) {
			assert.equal(valid(v), OverridesSchema.safeParse(v).success, JSON.stringify(v));
		}
	});

	it('leaves to zod what it does not read: it never passes a schema or check it does not know', () => {
		for (const schema of [
			z.string().email(),
			z.record(z.string(), z.number()),
			z.object({ a: z.string() }).catchall(z.number()),
			z.number().multipleOf(2),
			z.string().default('a'),
			z.enum({ A: 1, B: 2 }),
		]) {
			const valid = surelyValid(schema);
			for (const v of ['a@example.org', { a: 1 }, { a: 'x', b: 2 }, 4, 'a', 1]) assert.equal(valid(v), false);
		}
	});

	it('passes a non-strict object with other keys, and a union by any of its options', () => {
		assert.equal(surelyValid(z.object({ a: z.string() }))({ a: 'x', b: 2 }), true);
		const union = surelyValid(z.union([z.literal(3), z.string().min(2), z.boolean()]));
		assert.deepEqual(
			[3, 'ab', true, 4, 'a', null].map((v) => union(v)),
			[true, true, true, false, false, false],
		);
		const year = surelyValid(z.number().int().gt(1).lt(5));
		assert.deepEqual(
			[1, 2, 4, 5, 2.5].map((v) => year(v)),
			[false, true, true, false, false],
		);
	});
});

describe('IsoDateSchema', () => {
	it('takes the days that Date reads back unchanged, and only those', () => {
		const byDate = (s: string) => {
			const d = new Date(`${s}T00:00:00Z`);
			return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
		};
		const years = ['0000', '0001', '0004', '0100', '0400', '1900', '1945', '2000', '2023', '2024', '2100', '9999'];
		let taken = 0;
		for (const y of years) {
			for (let m = 0; m <= 13; m++) {
				for (let d = 0; d <= 32; d++) {
					const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
					const valid = IsoDateSchema.safeParse(s).success;
					assert.equal(valid, byDate(s), s);
					if (valid) taken++;
				}
			}
		}
		assert.equal(taken, years.length * 365 + 5, 'five leap years: 0000, 0004, 0400, 2000, 2024');
	});
});
