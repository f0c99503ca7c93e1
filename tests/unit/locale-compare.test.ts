/**
 * `localeCompare` with its collators kept (src/lib/locale-compare.ts): the same answers as the
 * original for the calls it takes, the original's for the others.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withCachedCollators } from '../../src/lib/locale-compare.ts';

const original = String.prototype.localeCompare;
const texts = [
	'https://x.org/bai-viet/gen-000010/',
	'https://x.org/bai-viet/gen-000009/',
	'https://x.org/bai-viet/gen-9/',
	'https://x.org/ngay/2024/10/',
	'https://x.org/ngay/2024/9/',
	'https://x.org/tinh/ha-noi/',
	'https://x.org/tinh/ha-noi/ba-vi/',
	'Hòa Bình',
	'Hoà Bình',
	'Đồng Tháp',
	'Điện Biên',
	'ủy ban',
	'Uỷ ban',
	'a10',
	'a9',
	'A9',
	'',
];

describe('localeCompare with its collators kept', () => {
	const fast = withCachedCollators(original);

	it('orders as the original, for every pair, with and without options', () => {
		for (const [locales, options] of [
			['en', { numeric: true }],
			['vi', undefined],
			['en', { sensitivity: 'base', numeric: false }],
		] as const) {
			for (const a of texts) {
				for (const b of texts) {
					assert.equal(
						Math.sign(fast.call(a, b, locales, options)),
						Math.sign(original.call(a, b, locales, options)),
						`${a} / ${b}, ${locales} ${JSON.stringify(options)}`,
					);
				}
			}
		}
		const sorted = [...texts].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
		assert.deepEqual(
			[...texts].sort((a, b) => fast.call(a, b, 'en', { numeric: true })),
			sorted,
		);
	});

	it('leaves to the original what it cannot key: locales not one string, options not plain values', () => {
		const calls: unknown[][] = [];
		const spy = withCachedCollators(function (this: string, that: string, locales?: unknown, options?: unknown) {
			calls.push([String(this), that, locales, options]);
			return original.call(this, that, locales as string, options as Intl.CollatorOptions);
		});
		const getter = {
			get numeric() {
				return true;
			},
		};
		spy.call('a', 'b', ['en', 'vi']);
		spy.call('a', 'b', undefined);
		spy.call('a', 'b', 'en', getter);
		spy.call('a', 'b', 'en', new (class {})());
		spy.call('a', 'b', 'en', { numeric: 1 });
		assert.equal(calls.length, 5);
		spy.call('a', 'b', 'en', { numeric: true, usage: 'sort', collation: undefined });
		assert.equal(calls.length, 5, 'taken');
	});
});
