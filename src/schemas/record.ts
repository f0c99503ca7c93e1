/**
 * The published record of a briefing: what /data/briefings.json and every province's and
 * district's briefings.json hold, one object per briefing. It is the facts of the extraction
 * contract with the briefing's id and the absolute URLs of its page, places and officials.
 * The type of the records and their JSON Schema (/data/briefing.schema.json) both come from
 * here; the descriptions are for the people who download the data, in the site's language.
 */
import { z } from 'astro/zod';
import { FactsSchema, IndicatorSchema, OfficialSchema, PeriodSchema, SourceSchema } from './briefing.ts';

const UrlSchema = z.string().regex(/^https?:\/\//);

const PlaceSchema = z
	.object({
		name: z.string().describe('Tên theo danh mục hành chính 2023–2024, không kèm "tỉnh", "huyện" ("Nậm Pồ").'),
		url: UrlSchema.describe('Trang của tỉnh hoặc huyện trên trang này.'),
	})
	.strict();

const ind = IndicatorSchema.shape;
/** An indicator as published: the extraction contract's, every field described. */
export const IndicatorRecordSchema = IndicatorSchema.extend({
	key: ind.key.describe('Mã chỉ tiêu cố định ("budget-revenue"), hoặc "other" với tên trong label.'),
	label: ind.label.describe('Tên chỉ tiêu như bài viết gọi ("thu ngân sách nhà nước trên địa bàn").'),
	value: ind.value.describe('Số liệu bài viết nêu, số thập phân.'),
	unit: ind.unit.describe('Đơn vị của value như bài viết ghi ("tỷ đồng", "tấn", "ha", "%", "xã").'),
	planPercent: ind.planPercent.describe('Phần trăm so với kế hoạch, dự toán ("đạt 113,2% KH" → 113.2).'),
	planBasis: ind.planBasis.describe('Kế hoạch mà planPercent so sánh với, như bài viết ghi ("dự toán tỉnh giao").'),
	yoyPercent: ind.yoyPercent.describe('Phần trăm so với cùng kỳ năm trước ("bằng 193% so với cùng kỳ" → 193).'),
	change: ind.change.describe('Mức tăng (dương) hoặc giảm (âm) so với cùng kỳ ("tăng 1.200 tấn" → 1200).'),
	changeUnit: ind.changeUnit.describe('Đơn vị của change ("tấn", "%").'),
	of: ind.of.describe('Tổng số mà value được đếm trên đó ("16/33 chỉ tiêu" → 33).'),
	qualifier: ind.qualifier.describe(
		'Phiên bản 1: một từ rào đón cho cả chỉ tiêu (từ đầu tiên tìm thấy); giữ cho người dùng cũ, nay đọc hedges.',
	),
	hedges: ind.hedges.describe(
		'Từ rào đón của từng số đo như bài viết ghi, theo tên số đo ("ước đạt gần 1.630 tỷ đồng, đạt trên 105% kế hoạch" → { "value": "gần", "planPercent": "trên" }); ngưỡng viết "từ … trở lên", "tối thiểu", "tối đa". Không có khi không số đo nào kèm từ rào đón.',
	),
	target: ind.target.describe(
		'true khi một số đo là ngưỡng phải đạt, không phải kết quả ("đạt từ 70% kế hoạch trở lên"): số đo có từ rào đón ngưỡng trong hedges. Không có trong trường hợp khác.',
	),
	district: ind.district.describe(
		'Huyện mà số liệu nói về, khi bài nêu số liệu của nhiều huyện (một bảng xếp hạng); không có khi là số liệu của huyện chính.',
	),
	sentence: ind.sentence.describe('Câu văn chứa số liệu.'),
}).describe('Một chỉ tiêu kinh tế – xã hội bài viết nêu.');

const off = OfficialSchema.shape;
const OfficialRecordSchema = z
	.object({
		name: off.name.describe('Họ tên như bài viết ghi ("Vừ A Bằng").'),
		title: off.title.describe('Chức vụ, viết tắt "UBND", "HĐND", không kèm địa danh.'),
		level: off.level.describe('Cấp: national (Trung ương), province (tỉnh), district (huyện), commune (xã).'),
		role: off.role.describe('Vai trò: lead (chủ trì, trưởng đoàn), speaker (báo cáo, phát biểu), participant (dự).'),
		url: UrlSchema.nullable().describe('Trang của quan chức; null khi bài không xác định được tỉnh.'),
	})
	.strict()
	.describe('Một quan chức được nêu trong bài.');

const facts = FactsSchema.shape;
export const BriefingRecordSchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
			.describe('Mã bài viết: phần cuối địa chỉ trang, không đổi khi bài được cập nhật.'),
		url: UrlSchema.describe('Trang tóm tắt bài viết trên trang này.'),
		title: facts.title.describe('Tiêu đề bài báo, hoặc tiêu đề tạo từ nội dung khi bài không có.'),
		date: facts.date.describe(
			'Ngày diễn ra sự kiện, YYYY-MM-DD theo giờ Việt Nam; null khi bài viết không cho biết năm.',
		),
		province: PlaceSchema.nullable().describe('Tỉnh, thành phố của bài viết; null khi không xác định được.'),
		district: PlaceSchema.nullable().describe('Huyện mà bài viết nói về; null với bài tổng hợp nhiều huyện.'),
		districts: facts.districts.describe('Mọi huyện bài viết có báo cáo, huyện chính đứng đầu.'),
		kind: facts.kind.describe(
			'Loại tin: working-visit (làm việc, kiểm tra), party-meeting (hội nghị Đảng bộ), council-meeting (kỳ họp HĐND), other.',
		),
		period: PeriodSchema.nullable().describe(
			'Kỳ báo cáo: năm và số tháng tính từ đầu năm (3, 6, 9; 12 là cả năm); null khi không có.',
		),
		officials: z.array(OfficialRecordSchema).describe('Quan chức được nêu, theo thứ tự xuất hiện.'),
		indicators: z.array(IndicatorRecordSchema).describe('Các chỉ tiêu kinh tế – xã hội bài viết nêu.'),
		source: SourceSchema.describe('Nguồn: cơ quan báo chí (outlet), địa chỉ bài gốc (url), tác giả (author).'),
	})
	.strict()
	.describe('Một bài viết: các thông tin trích từ bài báo, với địa chỉ trang của nó trên trang này.');

export type BriefingRecord = z.output<typeof BriefingRecordSchema>;
export type IndicatorRecord = z.output<typeof IndicatorRecordSchema>;

/** The fields of a schema object with their descriptions, for the data page. */
export function fieldDocs(schema: z.ZodObject): { name: string; description: string }[] {
	return Object.entries(schema.shape).map(([name, field]) => ({ name, description: field.description ?? '' }));
}

/**
 * The JSON Schema (draft 2020-12) of a briefings.json file: an array of briefing records, the
 * record itself under `$defs.briefing` (for one record: `briefing.schema.json#/$defs/briefing`),
 * titled with the site's name.
 */
export function briefingsJsonSchema(id: string, siteName: string): Record<string, unknown> {
	const { $schema, ...record } = z.toJSONSchema(BriefingRecordSchema, { target: 'draft-2020-12', io: 'output' });
	return {
		$schema,
		$id: id,
		title: `${siteName}: briefings.json`,
		description:
			'Các bài viết của trang, mỗi phần tử một bài (toàn trang: /data/briefings.json; một tỉnh, một huyện: briefings.json trong thư mục của trang đó).',
		type: 'array',
		items: { $ref: '#/$defs/briefing' },
		$defs: { briefing: { title: 'Bài viết', ...record } },
	};
}
