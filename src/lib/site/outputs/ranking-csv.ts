/**
 * ranking.csv of an indicator's page: exactly its ranked tables, one row per measure and
 * district (the district's latest figure), in the page's order, with what the page shows
 * beside each figure: its hedge, the plan it is measured against, the period, the day and the
 * briefing. Written as indicators.csv is (RFC 4180, byte-order mark, no cell a formula).
 */
import { periodHeading } from '../../format/dates.ts';
import type { Comparison } from '../model/types.ts';
import { csvField, plainDecimal } from './indicators-csv.ts';

/** The columns, in order, with what each holds. */
export const RANKING_COLUMNS = [
	{ name: 'key', description: 'Mã chỉ tiêu cố định ("budget-revenue").' },
	{ name: 'field', description: 'Đại lượng: value, planPercent, yoyPercent hoặc change.' },
	{ name: 'unit', description: 'Đơn vị của con số ("tỷ đồng", "%").' },
	{ name: 'rank', description: 'Hạng trong bảng của đại lượng, 1 là lớn nhất; số bằng nhau cùng hạng.' },
	{ name: 'province', description: 'Tỉnh, thành phố.' },
	{ name: 'district', description: 'Huyện.' },
	{ name: 'value', description: 'Con số mới nhất huyện nêu, số thập phân với dấu chấm.' },
	{ name: 'hedge', description: 'Từ rào đón của con số như bài viết ghi ("gần", "trên"); trống khi không có.' },
	{ name: 'basis', description: 'Với planPercent: kế hoạch được so sánh ("dự toán tỉnh giao").' },
	{ name: 'period', description: 'Kỳ báo cáo của bài ("9 tháng 2023", "Năm 2024"); trống khi bài không nêu.' },
	{ name: 'date', description: 'Ngày của bài viết (YYYY-MM-DD); trống khi chưa rõ.' },
	{ name: 'briefing_id', description: 'Mã bài viết.' },
	{ name: 'briefing_url', description: 'Địa chỉ trang bài viết.' },
] as const;

type RankingColumn = (typeof RANKING_COLUMNS)[number]['name'];
export type RankingRow = Readonly<Record<RankingColumn, string>>;

/** The rows of the measures' tables, measures and ranks in the given order. */
export function rankingRows(measures: readonly Comparison[], url: (path: string) => string): RankingRow[] {
	return measures.flatMap((m) =>
		m.rows.map((r) => {
			const b = r.point.briefing;
			return {
				key: m.key,
				field: m.field,
				unit: m.unit,
				rank: String(r.rank),
				province: r.district.province.name,
				district: r.district.name,
				value: plainDecimal(r.point.value),
				hedge: r.point.hedge ?? '',
				basis: r.point.basis ?? '',
				period: b.entry.period ? periodHeading(b.entry.period) : '',
				date: b.entry.date ?? '',
				briefing_id: b.id,
				briefing_url: url(b.path),
			};
		}),
	);
}

/** The whole file: byte-order mark, header, one line per row, CRLF line ends. */
export function rankingCsv(rows: readonly RankingRow[]): string {
	const names = RANKING_COLUMNS.map((c) => c.name);
	const numeric = new Set<string>(['rank', 'value']);
	const lines = [names.join(','), ...rows.map((r) => names.map((n) => csvField(r[n], numeric.has(n))).join(','))];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
