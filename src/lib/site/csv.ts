/**
 * indicators.csv: the figures of the briefings as a tidy table, one row per briefing, indicator
 * and measure (value, planPercent, yoyPercent, change, of). RFC 4180: comma-separated, fields
 * quoted when they hold a comma, a quote or a line break, CRLF line ends; UTF-8 with a byte-order
 * mark, so that Excel reads the Vietnamese text as UTF-8 (see /du-lieu/).
 */
import type { Indicator } from '../../schemas/briefing.ts';
import type { Briefing } from './model/types.ts';

/** The columns, in order, with what each holds (the data page lists them). */
export const INDICATOR_COLUMNS = [
	{ name: 'date', description: 'Ngày của bài viết (YYYY-MM-DD, giờ Việt Nam); trống khi bài không cho biết năm.' },
	{ name: 'province', description: 'Tỉnh, thành phố (tên theo danh mục 2023–2024).' },
	{
		name: 'district',
		description:
			'Huyện mà số liệu nói về: huyện của bài viết, hoặc huyện được nêu trong bài tổng hợp nhiều huyện; trống khi không xác định.',
	},
	{ name: 'key', description: 'Mã chỉ tiêu cố định ("budget-revenue"), hoặc "other".' },
	{ name: 'label', description: 'Tên chỉ tiêu như bài viết gọi.' },
	{
		name: 'field',
		description:
			'Đại lượng: value (số liệu), planPercent (% kế hoạch), yoyPercent (% cùng kỳ), change (tăng, giảm so với cùng kỳ), of (tổng số mà value được đếm trên đó).',
	},
	{ name: 'value', description: 'Con số, số thập phân với dấu chấm ("1401.351"), âm khi giảm.' },
	{ name: 'unit', description: 'Đơn vị của con số ("tỷ đồng", "tấn", "%").' },
	{
		name: 'qualifier',
		description:
			'Với value: từ rào đón ("gần", "ước", "hơn"); với planPercent: kế hoạch được so sánh ("dự toán tỉnh giao"); còn lại trống.',
	},
	{ name: 'briefing_id', description: 'Mã bài viết, như trong briefings.json.' },
	{ name: 'briefing_url', description: 'Địa chỉ trang bài viết.' },
] as const;

export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number]['name'];
export type IndicatorRow = Readonly<Record<IndicatorColumn, string>>;

/** The measures of an indicator that become rows, in row order. */
export const CSV_FIELDS = ['value', 'planPercent', 'yoyPercent', 'change', 'of'] as const;
type CsvField = (typeof CSV_FIELDS)[number];

/** A number as a plain decimal with a dot and no exponent: 1401.351, -1200, 0.5. */
export function plainDecimal(n: number): string {
	if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
	if (Object.is(n, -0)) return '0';
	const s = String(n);
	if (!/e/i.test(s)) return s;
	return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function unitOf(i: Indicator, field: CsvField): string {
	if (field === 'planPercent' || field === 'yoyPercent') return '%';
	if (field === 'change') return i.changeUnit ?? '';
	return i.unit ?? '';
}

function qualifierOf(i: Indicator, field: CsvField): string {
	if (field === 'value') return i.qualifier ?? '';
	if (field === 'planPercent') return i.planBasis ?? '';
	return '';
}

/** The rows of the briefings' indicators, briefings in the given order, indicators and measures in article order. */
export function indicatorRows(briefings: readonly Briefing[], url: (path: string) => string): IndicatorRow[] {
	const rows: IndicatorRow[] = [];
	for (const b of briefings) {
		for (const i of b.entry.indicators) {
			for (const field of CSV_FIELDS) {
				const value = i[field];
				if (value === undefined) continue;
				rows.push({
					date: b.entry.date ?? '',
					province: b.province?.name ?? '',
					district: i.district ?? b.district?.name ?? '',
					key: i.key,
					label: i.label,
					field,
					value: plainDecimal(value),
					unit: unitOf(i, field),
					qualifier: qualifierOf(i, field),
					briefing_id: b.id,
					briefing_url: url(b.path),
				});
			}
		}
	}
	return rows;
}

/**
 * One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled). Text
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * apostrophe; numbers are never text here, so a negative value stays a number.
 */
export function csvField(text: string, numeric = false): string {
	const safe = !numeric && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file: byte-order mark, header, one line per row, CRLF line ends (RFC 4180). */
export function indicatorsCsv(rows: readonly IndicatorRow[]): string {
	const names = INDICATOR_COLUMNS.map((c) => c.name);
	const lines = [
		names.join(','),
		...rows.map((r) => names.map((n) => csvField(r[n], n === 'value' && r[n] !== '')).join(',')),
	];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
