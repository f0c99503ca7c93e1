/**
 * Vietnamese names of the project's enumerations, for pages and the `extract` command.
 */
import type { IndicatorKey, Kind, Level, Period, Role } from '../schemas/briefing.ts';

export const KIND_LABELS: Readonly<Record<Kind, string>> = {
	'working-visit': 'Làm việc, kiểm tra',
	'party-meeting': 'Hội nghị Đảng bộ',
	'council-meeting': 'Kỳ họp HĐND',
	other: 'Tin khác',
};

export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
	national: 'Trung ương',
	province: 'cấp tỉnh',
	district: 'cấp huyện',
	commune: 'cấp xã',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
	lead: 'chủ trì',
	speaker: 'phát biểu',
	participant: 'tham dự',
};

/** Names of the indicator keys, as a table heading would put them. */
export const INDICATOR_LABELS: Readonly<Record<IndicatorKey, string>> = {
	grdp: 'Tổng sản phẩm (GRDP)',
	'production-value': 'Tổng giá trị sản xuất',
	'industrial-production-value': 'Giá trị sản xuất công nghiệp',
	'retail-sales': 'Tổng mức bán lẻ hàng hóa',
	'budget-revenue': 'Thu ngân sách',
	'public-investment-disbursement': 'Giải ngân vốn đầu tư công',
	'target-programs-disbursement': 'Giải ngân vốn các chương trình MTQG',
	'food-output': 'Sản lượng lương thực',
	'sown-area': 'Diện tích gieo trồng',
	afforestation: 'Trồng rừng',
	'forest-cover': 'Độ che phủ rừng',
	livestock: 'Đàn gia súc, gia cầm',
	'new-rural-communes': 'Xã đạt chuẩn nông thôn mới',
	'new-rural-criteria': 'Tiêu chí nông thôn mới bình quân/xã',
	'targets-met': 'Chỉ tiêu đạt và vượt kế hoạch',
	'party-admissions': 'Kết nạp đảng viên',
	'standard-schools': 'Trường đạt chuẩn quốc gia',
	'poverty-rate': 'Tỷ lệ hộ nghèo',
	'investment-projects': 'Dự án đầu tư',
	other: 'Chỉ tiêu khác',
};

// One formatter for the whole process: building one costs far more than formatting a number.
const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

/** A number as Vietnamese writes it: "1.401,351", "48,7". */
export function formatNumber(n: number): string {
	return NUMBER.format(n);
}

/** The period reviewed as Vietnamese reports name it: "quý I/2024", "6 tháng đầu năm 2023", "9 tháng năm 2023", "năm 2024". */
export function formatPeriod(period: Period): string {
	if (period.months === 12) return `năm ${period.year}`;
	if (period.months === 3) return `quý I/${period.year}`;
	if (period.months === 6) return `6 tháng đầu năm ${period.year}`;
	return `${period.months} tháng năm ${period.year}`;
}
