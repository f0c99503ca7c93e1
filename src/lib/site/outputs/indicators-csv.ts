/**
 * indicators.csv: the figures of the briefings as a tidy table, one row per briefing, indicator
 * and measure (value, planPercent, yoyPercent, change, of), with that measure's own hedge. RFC 4180: comma-separated, fields
 * quoted when they hold a comma, a semicolon, a tab, a quote or a line break, CRLF line ends;
 * UTF-8 with a byte-order mark, so that Excel reads the Vietnamese text as UTF-8 (see /du-lieu/).
 * No text field can start a formula in a spreadsheet, whatever separator it is set to read.
 */
import type { Indicator } from '../../../schemas/briefing.ts';
import { isThreshold } from '../../format/indicators.ts';
import type { Briefing } from '../model/types.ts';
import { scopedMemo } from './scoped-memo.ts';

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
			'Phiên bản 1, giữ cho người dùng cũ: với value, từ rào đón đầu tiên của chỉ tiêu; với planPercent, kế hoạch được so sánh ("dự toán tỉnh giao"); còn lại trống. Từ rào đón của từng đại lượng ở cột hedge.',
	},
	{
		name: 'hedge',
		description:
			'Từ rào đón của chính đại lượng của dòng, như bài viết ghi ("gần", "trên", "dưới", "ước", "từ … trở lên"); trống khi bài nêu con số không rào đón.',
	},
	{
		name: 'target',
		description:
			'"true" khi con số của dòng là ngưỡng phải đạt, không phải kết quả ("đạt từ 70% kế hoạch trở lên"); còn lại trống.',
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

/** The hedge of the row's own measure ("of" counts the value's whole and has none). */
function hedgeOf(i: Indicator, field: CsvField): string {
	return field === 'of' ? '' : (i.hedges?.[field] ?? '');
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
					hedge: hedgeOf(i, field),
					target: isThreshold(hedgeOf(i, field)) ? 'true' : '',
				});
			}
		}
	}
	return rows;
}

// A cell is run as a formula when it starts with = + - @ (or their full-width forms), tab or
// CR, leading spaces aside (OWASP, "CSV Injection"). Cells start at the start of a field and,
// in a spreadsheet set to read ";" or tab as the separator (as Excel is in much of Europe and
// in Vietnam), after each ";" or tab inside a field.
const FORMULA_START = /^(?=[ \t]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/;
const FORMULA_AFTER_SEPARATOR = /[;\t](?=[ \t]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;
// Characters that make a field quoted: the separators of every locale, the quote, line breaks.
const QUOTED = /[",;\t\r\n]/;

/**
 * One CSV field. Text that a spreadsheet could run as a formula, in any separator locale, gets
 * an apostrophe where its cell would start: before the text when it starts (after any spaces)
 * with =, +, -, @, tab or CR, and after each ";" or tab that such a character follows ("x;=1" →
 * "x;'=1"), which a spreadsheet reading ";" or tab as separators would start a cell at. Then
 * it is quoted when it holds a comma, semicolon, tab, quote or line break (quotes doubled).
 * Numbers are never text here, so a negative value stays a number.
 */
export function csvField(text: string, numeric = false): string {
	// Most fields (dates, ids, addresses, plain words) have no separator, quote, line break or
	// formula start: written as they are, without the replacements.
	if (!QUOTED.test(text) && !FORMULA_START.test(text)) return text;
	const safe = numeric ? text : text.replace(FORMULA_AFTER_SEPARATOR, "$&'").replace(FORMULA_START, "'");
	return QUOTED.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const NAMES = INDICATOR_COLUMNS.map((c) => c.name);

/** One row's line, without its line end. */
function csvLine(r: IndicatorRow): string {
	return NAMES.map((n) => csvField(r[n], n === 'value' && r[n] !== '')).join(',');
}

/** The whole file: byte-order mark, header, one line per row, CRLF line ends (RFC 4180). */
export function indicatorsCsv(rows: readonly IndicatorRow[]): string {
	return fileOf(rows.map(csvLine));
}

/** The byte-order mark and the header line. */
const HEAD = `\uFEFF${NAMES.join(',')}\r\n`;

function fileOf(lines: readonly string[]): string {
	return `${HEAD}${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** A briefing's lines of the file. */
const linesOf = (b: Briefing, url: (path: string) => string): readonly string[] => indicatorRows([b], url).map(csvLine);

// Lines by URL maker (one per build's site in pages, one per group of files in the downloads
// writer, which lets go of a group's lines with its URL maker), then by briefing: a briefing's
// rows are in several files (its own, its district's, its province's, the site's) and are
// written once.
const briefingLines = scopedMemo(linesOf);

/** `indicatorsCsv(indicatorRows(briefings, url))`, each briefing's lines made once per URL maker. */
export function briefingsCsv(briefings: readonly Briefing[], url: (path: string) => string): string {
	return fileOf(briefings.flatMap((b) => briefingLines(url, b)));
}

/**
 * `briefingsCsv(briefings, url)` piece by piece: the byte-order mark and header, then each
 * briefing's lines, made as they come and not kept, so that the site's file, written as a
 * stream, is never one string.
 */
export function* briefingsCsvChunks(briefings: readonly Briefing[], url: (path: string) => string): Generator<string> {
	yield HEAD;
	for (const b of briefings) {
		const lines = linesOf(b, url);
		if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`;
	}
}
