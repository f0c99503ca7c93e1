/**
 * Vietnamese names of the project's enumerations (kinds of briefing, levels and roles of
 * officials, indicator keys), for pages, feeds and the `extract` command.
 */
import type { IndicatorKey, Kind, Level, Role } from '../../schemas/briefing.ts';

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
