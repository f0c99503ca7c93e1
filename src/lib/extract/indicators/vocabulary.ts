/**
 * The words of socio-economic figures in Vietnamese local-government reports: indicator phrases
 * and the keys they map to, units, scale words, hedges and the words that make a figure a target
 * rather than a result. Every pattern is written lower case in the older tone placement ("hóa",
 * "thủy", "ủy") because extraction matches on `canonicalTones(text).toLowerCase()`.
 */
import type { IndicatorKey } from '../../../schemas/briefing.ts';

/** A regex alternation of literal phrases, longest first so that "tỷ đồng" wins over "tỷ". */
export function alternation(words: readonly string[]): string {
	return [...words]
		.sort((a, b) => b.length - a.length)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
		.join('|');
}

/** Scale words; the scale stays in the unit ("1,6 nghìn tỷ đồng" → unit "nghìn tỷ đồng"). */
export const SCALE_WORDS = [
	'nghìn tỷ',
	'ngàn tỷ',
	'nghìn tỉ',
	'ngàn tỉ',
	'nghìn',
	'ngàn',
	'triệu',
	'tỷ',
	'tỉ',
] as const;

// "tr.đồng", "trđ": "triệu đồng" as district portals abbreviate it (written out in the output).
const MONEY_UNITS = ['đồng', 'vnđ', 'vnd', 'usd', 'đô la', 'đô la mỹ', 'đ', 'tr.đồng', 'tr.đ', 'trđ', 'tr đồng'];
const MASS_UNITS = ['tấn', 'tạ', 'kg', 'yến'];
const AREA_UNITS = ['ha', 'héc-ta', 'hecta', 'héc ta', 'm2', 'm²', 'km2', 'km²'];
/** Lengths, volumes and the like: what they measure is named around them ("20 km đường giao thông"). */
export const OTHER_MEASURES: readonly string[] = ['km', 'm', 'm3', 'm³', 'lít', 'kw', 'kwh', 'mw', 'điểm'];
/** Things counted in reports ("45/116 xã", "217 quần chúng", "100 dự án"). */
const COUNT_UNITS = [
	'xã',
	'phường',
	'thị trấn',
	'thôn',
	'bản',
	'hộ',
	'người',
	'lao động',
	'nhân khẩu',
	'lượt',
	'lượt người',
	'lượt khách',
	'khách',
	'học sinh',
	'dự án',
	'công trình',
	'con',
	'căn',
	'căn nhà',
	'ngôi nhà',
	'nhà',
	'trường',
	'lớp',
	'cây',
	'đảng viên',
	'quần chúng',
	'chỉ tiêu',
	'tiêu chí',
	'doanh nghiệp',
	'hợp tác xã',
	'sản phẩm',
	'mô hình',
	'cơ sở',
	'hồ sơ',
	'thủ tục',
	'chi bộ',
	// Things handed out, built or counted in a report's other figures ("2.000 phần quà", "165 trường hợp").
	'phần quà',
	'suất quà',
	'suất học bổng',
	'suất',
	'trường hợp',
	'vụ',
	'chiếc',
	'hội viên',
	'đoàn viên',
	'cán bộ',
	'đồng chí',
	'gia đình',
	'em',
	'tập thể',
	'cá nhân',
	'sinh viên',
	'đơn vị',
	'tuyến',
	'ca',
];

/** Every unit a figure may carry after its scale word, as written (lower case). */
export const UNITS: readonly string[] = [
	...MONEY_UNITS,
	...MASS_UNITS,
	...AREA_UNITS,
	...OTHER_MEASURES,
	...COUNT_UNITS,
];

/** Per cent written out; "%" is matched on its own. */
export const PERCENT_WORDS = ['điểm phần trăm', 'phần trăm'] as const;

/** Second halves of compound units ("tiêu chí/xã", "tạ/ha", "triệu đồng/người/năm"). */
export const DENOMINATORS = [
	'xã',
	'ha',
	'người',
	'năm',
	'ngày',
	'tháng',
	'hộ',
	'khẩu',
	'lao động',
	'con',
	'km',
] as const;

/** What a unit measures: the indicator keys accept only some kinds. */
export type UnitClass = 'money' | 'mass' | 'area' | 'percent' | 'none' | 'count';

const MONEY = new RegExp(`(?:^|\\s)(?:${alternation(MONEY_UNITS)})$|^(?:${alternation(SCALE_WORDS)})$`, 'u');
const MASS = new RegExp(`(?:^|\\s)(?:${alternation(MASS_UNITS)})$`, 'u');
const AREA = new RegExp(`(?:^|\\s)(?:${alternation(AREA_UNITS)})$`, 'u');

/** The class of a unit written lower case ("tỷ đồng" money, "nghìn tấn" mass, "ha" area, "xã" count). */
export function unitClass(unit: string | null): UnitClass {
	if (unit === null || unit === '') return 'none';
	// Articles use a few units over and over: each is classed once.
	let cls = classes.get(unit);
	if (cls === undefined) {
		cls = classOf(unit);
		if (classes.size >= 1000) classes.clear();
		classes.set(unit, cls);
	}
	return cls;
}

const classes = new Map<string, UnitClass>();

function classOf(unit: string): UnitClass {
	if (unit === '%' || unit.endsWith('phần trăm')) return 'percent';
	if (MONEY.test(unit)) return 'money';
	if (MASS.test(unit)) return 'mass';
	if (AREA.test(unit)) return 'area';
	return 'count';
}

/**
 * Hedges written before a number, as the article has them; the estimate forms ("ước", "ước
 * đạt", "ước tính") all read "ước".
 */
export const QUALIFIERS = [
	'gần',
	'hơn',
	'trên',
	'dưới',
	'khoảng',
	'xấp xỉ',
	// "trên dưới 300": about 300, neither over nor under; "ngót", "chừng": nearly, about.
	'trên dưới',
	'ngót',
	'ngót nghét',
	'chừng',
	'chưa đến',
	'chưa tới',
	'chưa đầy',
	'ít nhất',
	'tối thiểu',
	'tối đa',
	'từ',
	'ước',
	'ước tính',
	'dự kiến',
] as const;

/** How "đạt X%" without a stated basis reads for a key: % of plan, the value itself, or growth. */
export type PercentReading = 'plan' | 'value' | 'change';

/** What each key's figures may be. */
export interface KeyInfo {
	/** The reading of a bare "đạt X%". */
	readonly percent: PercentReading;
	/** Unit classes a value may have (a % value is allowed only when `percent` is 'value'). */
	readonly classes: readonly UnitClass[];
	/** Count units accepted as written ("xã", "đảng viên"). */
	readonly counts?: readonly string[];
	/** Shown when the article's own words are not a usable label. */
	readonly label: string;
}

/** The keys' semantics. Quantities read "đạt X%" as per cent of plan; rates as the value. */
export const KEY_INFO: Readonly<Record<IndicatorKey, KeyInfo>> = {
	grdp: { percent: 'plan', classes: ['money'], label: 'tổng sản phẩm (GRDP)' },
	'production-value': { percent: 'plan', classes: ['money'], label: 'tổng giá trị sản xuất' },
	'industrial-production-value': { percent: 'plan', classes: ['money'], label: 'giá trị sản xuất công nghiệp' },
	'retail-sales': { percent: 'plan', classes: ['money'], label: 'tổng mức bán lẻ hàng hóa' },
	'budget-revenue': { percent: 'plan', classes: ['money'], label: 'thu ngân sách' },
	'public-investment-disbursement': { percent: 'plan', classes: ['money'], label: 'giải ngân vốn đầu tư công' },
	'target-programs-disbursement': {
		percent: 'plan',
		classes: ['money'],
		label: 'giải ngân vốn các chương trình MTQG',
	},
	'food-output': { percent: 'plan', classes: ['mass'], label: 'tổng sản lượng lương thực' },
	'sown-area': { percent: 'plan', classes: ['area'], label: 'tổng diện tích gieo trồng' },
	afforestation: { percent: 'plan', classes: ['area'], label: 'trồng rừng' },
	'forest-cover': { percent: 'value', classes: [], label: 'độ che phủ rừng' },
	livestock: { percent: 'plan', classes: ['count'], counts: ['con'], label: 'tổng đàn gia súc' },
	'new-rural-communes': {
		percent: 'plan',
		classes: ['count'],
		counts: ['xã'],
		label: 'xã đạt chuẩn nông thôn mới',
	},
	'new-rural-criteria': {
		percent: 'plan',
		classes: ['count', 'none'],
		counts: ['tiêu chí/xã', 'tiêu chí'],
		label: 'bình quân tiêu chí/xã',
	},
	'targets-met': { percent: 'plan', classes: ['count', 'none'], counts: ['chỉ tiêu'], label: 'chỉ tiêu đạt kế hoạch' },
	'party-admissions': {
		percent: 'plan',
		classes: ['count', 'none'],
		counts: ['đảng viên', 'quần chúng', 'người'],
		label: 'kết nạp đảng viên',
	},
	'standard-schools': {
		percent: 'value',
		classes: ['count'],
		counts: ['trường'],
		label: 'tỷ lệ trường đạt chuẩn quốc gia',
	},
	'poverty-rate': { percent: 'value', classes: [], label: 'tỷ lệ hộ nghèo' },
	'investment-projects': {
		percent: 'plan',
		classes: ['count', 'money'],
		counts: ['dự án', 'công trình'],
		label: 'triển khai dự án',
	},
	other: { percent: 'plan', classes: ['money', 'mass', 'area', 'count'], label: 'chỉ tiêu khác' },
};

/**
 * A phrase to look for: a lower-case regex source with no capturing groups, and every word it
 * can start with (only the patterns that can start at a word are tried there).
 */
export interface Phrase {
	readonly first: readonly string[];
	readonly pattern: string;
}

/** An indicator phrase: the words before a figure that name what it measures. */
export interface KeyPhrase extends Phrase {
	readonly key: IndicatorKey;
	/** A growth rate: "đạt X%" is the change, not % of plan ("tốc độ tăng trưởng kinh tế đạt 8%"). */
	readonly growth?: boolean;
}

const MTQG = 'chương\\s+trình\\s+(?:mtqg|mục\\s+tiêu\\s+quốc\\s+gia)';
const PROGRAMS = `(?:\\s+(?:thực\\s+hiện\\s+|của\\s+|cho\\s+|thuộc\\s+)?(?:các|3|ba))?\\s+${MTQG}`;
const FUNDS =
	'(?:\\s+(?:kế\\s+hoạch\\s+vốn|nguồn\\s+vốn|vốn))?(?:\\s+(?:sự\\s+nghiệp|đầu\\s+tư(?:\\s+phát\\s+triển)?))?';
const AT_PRICES = '(?:\\s+(?:theo\\s+)?giá\\s+(?:thực\\s+tế|so\\s+sánh|hiện\\s+hành)(?:\\s+năm\\s+\\d{4})?)?';
const ANIMALS = '(?:gia\\s+súc|gia\\s+cầm|trâu|bò|lợn|heo|dê|gà|vịt|ngựa|vật\\s+nuôi)';

/**
 * Indicator phrases in order of preference: an earlier pattern wins where two start at the
 * same word ("giá trị sản xuất công nghiệp" before "tổng giá trị sản xuất").
 */
export const KEY_PHRASES: readonly KeyPhrase[] = [
	{
		key: 'target-programs-disbursement',
		first: ['tỷ', 'tiến', 'giải'],
		pattern: `(?:tỷ\\s+lệ\\s+|tiến\\s+độ\\s+)?giải\\s+ngân${FUNDS}${PROGRAMS}`,
	},
	// "vốn 3 chương trình MTQG đã giải ngân được …": the programmes named before the verb.
	{
		key: 'target-programs-disbursement',
		first: ['kế', 'nguồn', 'vốn'],
		pattern: `(?:kế\\s+hoạch\\s+vốn|nguồn\\s+vốn|vốn)(?:\\s+sự\\s+nghiệp)?${PROGRAMS}[^;.]{0,60}?giải\\s+ngân`,
	},
	{
		key: 'target-programs-disbursement',
		first: ['chương', 'các'],
		pattern: `(?:các\\s+)?${MTQG}[^;.,]{0,60}?giải\\s+ngân`,
	},
	{
		key: 'public-investment-disbursement',
		first: ['tỷ', 'tiến', 'kết', 'giải'],
		pattern:
			'(?:tỷ\\s+lệ\\s+|tiến\\s+độ\\s+|kết\\s+quả\\s+)?giải\\s+ngân(?:\\s+(?:kế\\s+hoạch\\s+vốn|nguồn\\s+vốn|vốn))?(?:\\s+(?:đầu\\s+tư\\s+công|đtc))?',
	},
	{
		key: 'grdp',
		first: ['tốc', 'tăng'],
		pattern:
			'(?:tốc\\s+độ\\s+)?tăng\\s+trưởng\\s+(?:kinh\\s+tế|grdp|tổng\\s+sản\\s+phẩm(?:\\s+trên\\s+địa\\s+bàn)?)(?:\\s+\\(grdp\\))?',
		growth: true,
	},
	{
		key: 'grdp',
		first: ['tổng'],
		pattern: 'tổng\\s+giá\\s+trị\\s+sản\\s+phẩm(?:\\s+(?:địa\\s+phương|trên\\s+địa\\s+bàn))?(?:\\s+\\(grdp\\))?',
	},
	{
		key: 'grdp',
		first: ['tổng'],
		pattern:
			'tổng\\s+sản\\s+phẩm(?:\\s+(?:trên\\s+địa\\s+bàn|địa\\s+phương))?(?:\\s+\\(grdp\\))?(?!\\s+(?:ocop|chủ\\s+lực))',
	},
	{ key: 'grdp', first: ['grdp'], pattern: 'grdp(?!\\s+bình\\s+quân)' },
	{
		key: 'industrial-production-value',
		first: ['tổng', 'giá'],
		pattern: `(?:tổng\\s+)?giá\\s+trị\\s+sản\\s+xuất\\s+(?:(?:của\\s+)?ngành\\s+)?công\\s+nghiệp(?:(?:\\s+-|,|\\s+và)\\s+(?:tiểu\\s+thủ\\s+công\\s+nghiệp|xây\\s+dựng))?${AT_PRICES}`,
	},
	{
		key: 'production-value',
		first: ['tổng'],
		pattern: `tổng\\s+giá\\s+trị\\s+sản\\s+xuất(?!\\s+(?:(?:của\\s+)?ngành\\s+|khu\\s+vực\\s+)?(?:nông|lâm|thủy|ngư|dịch|thương|xây|tiểu|du\\s+lịch|công))${AT_PRICES}(?:\\s+(?:trên\\s+địa\\s+bàn|các\\s+ngành))?`,
	},
	{
		key: 'retail-sales',
		first: ['tổng'],
		pattern:
			'tổng\\s+mức\\s+(?:bán\\s+lẻ|lưu\\s+chuyển)(?:\\s+hàng\\s+hóa)?(?:\\s+bán\\s+lẻ)?(?:\\s+và\\s+doanh\\s+thu\\s+dịch\\s+vụ(?:\\s+tiêu\\s+dùng)?)?',
	},
	{
		key: 'budget-revenue',
		first: ['tổng', 'thu'],
		pattern:
			'(?<!thất\\s)(?:tổng\\s+)?thu\\s+(?:ngân\\s+sách(?:\\s+nhà\\s+nước|\\s+địa\\s+phương)?|nsnn|nsđp)(?:\\s+(?:trên|tại)\\s+địa\\s+bàn(?:\\s+(?:huyện|tỉnh|thị\\s+xã|thành\\s+phố))?)?',
	},
	{
		key: 'food-output',
		first: ['tổng', 'sản'],
		pattern: '(?:tổng\\s+)?sản\\s+lượng\\s+lương\\s+thực(?:\\s+có\\s+hạt)?(?:\\s+cả\\s+năm)?',
	},
	{
		key: 'sown-area',
		first: ['tổng', 'diện'],
		pattern:
			'(?:tổng\\s+)?diện\\s+tích\\s+gieo\\s+trồng(?!\\s+(?:lúa|ngô|sắn|mì|mía|rau|đậu|lạc|khoai|chè|cà\\s+phê))(?:\\s+(?:các\\s+loại\\s+cây\\s+trồng|cây\\s+h[àằ]ng\\s+năm))?',
	},
	{
		key: 'afforestation',
		first: ['diện', 'trồng', 'rừng'],
		pattern:
			'(?:diện\\s+tích\\s+)?(?:trồng\\s+(?:mới\\s+)?rừng|rừng\\s+trồng)(?:\\s+(?:tập\\s+trung|mới|sản\\s+xuất|phòng\\s+hộ|thay\\s+thế|đặc\\s+dụng|gỗ\\s+lớn))*',
	},
	{
		key: 'forest-cover',
		first: ['tỷ', 'độ', 'che'],
		pattern: '(?:tỷ\\s+lệ\\s+|độ\\s+)?che\\s+phủ(?:\\s+của)?\\s+rừng|(?:tỷ\\s+lệ|độ)\\s+che\\s+phủ',
	},
	{
		key: 'livestock',
		first: ['tổng', 'đàn'],
		pattern: `(?:tổng\\s+)?đàn\\s+${ANIMALS}(?:(?:,|\\s+và|,\\s+và)\\s+${ANIMALS})*|tổng\\s+đàn`,
	},
	// "nâng tổng số xã đạt chuẩn lên 15/21 xã" in a sentence on new rural development.
	{
		key: 'new-rural-communes',
		first: ['tổng', 'số'],
		pattern:
			'(?:tổng\\s+)?số\\s+xã\\s+(?:được\\s+công\\s+nhận\\s+)?đạt\\s+chuẩn(?:(?<=(?:nông\\s+thôn\\s+mới|ntm)[^;.]{0,200})|(?=[^;.]{0,200}(?:nông\\s+thôn\\s+mới|ntm)))(?:\\s+(?:nông\\s+thôn\\s+mới|ntm))?(?!\\s+(?:nâng\\s+cao|kiểu\\s+mẫu|quốc\\s+gia|về|y\\s+tế))',
	},
	{
		key: 'new-rural-communes',
		first: ['số', 'xã'],
		pattern:
			'(?:số\\s+)?xã\\s+(?:được\\s+công\\s+nhận\\s+)?đạt\\s+chuẩn\\s+(?:nông\\s+thôn\\s+mới|ntm)(?!\\s+(?:nâng\\s+cao|kiểu\\s+mẫu))',
	},
	{
		key: 'party-admissions',
		first: ['kết'],
		pattern: 'kết\\s+nạp(?:\\s+(?:mới|thêm|được))*(?:\\s+đảng\\s+viên(?:\\s+mới)?)?',
	},
	{
		key: 'standard-schools',
		first: ['tỷ', 'số', 'trường'],
		pattern:
			'(?:tỷ\\s+lệ\\s+|số\\s+)?trường(?:\\s+học)?\\s+đạt\\s+chuẩn\\s+quốc\\s+gia(?:\\s+(?:mức\\s+độ|mức)\\s+(?:1|2|i|ii))?',
	},
	{
		key: 'poverty-rate',
		first: ['tỷ', 'hộ'],
		pattern:
			'tỷ\\s+lệ\\s+hộ\\s+nghèo(?:\\s+(?:đa\\s+chiều|theo\\s+chuẩn\\s+(?:nghèo\\s+)?(?:đa\\s+chiều|mới|trung\\s+ương|quốc\\s+gia)))?|hộ\\s+nghèo',
	},
];

/**
 * Heads of noun phrases that name a figure with no key of its own ("sản lượng chè búp tươi",
 * "tỷ lệ lao động qua đào tạo"): such a figure is reported as key "other" with that phrase as
 * label, and only when a reporting verb ("đạt", "ước đạt", "là") joins phrase and figure.
 */
export const OTHER_HEADS: readonly Phrase[] = [
	{ first: ['tổng', 'sản'], pattern: '(?:tổng\\s+)?sản\\s+lượng' },
	{ first: ['tổng', 'diện'], pattern: '(?:tổng\\s+)?diện\\s+tích' },
	{ first: ['năng'], pattern: 'năng\\s+suất' },
	{ first: ['tổng', 'giá'], pattern: '(?:tổng\\s+)?giá\\s+trị(?:\\s+sản\\s+xuất)?' },
	{ first: ['tổng', 'doanh'], pattern: '(?:tổng\\s+)?doanh\\s+thu' },
	{ first: ['tổng', 'kim'], pattern: '(?:tổng\\s+)?kim\\s+ngạch' },
	{ first: ['tổng', 'vốn'], pattern: '(?:tổng\\s+)?vốn\\s+đầu\\s+tư(?:\\s+toàn\\s+xã\\s+hội)?' },
	{ first: ['thu'], pattern: 'thu\\s+nhập(?:\\s+bình\\s+quân)?' },
	{ first: ['grdp'], pattern: 'grdp\\s+bình\\s+quân' },
	{ first: ['tỷ'], pattern: 'tỷ\\s+lệ' },
	{ first: ['tốc'], pattern: 'tốc\\s+độ\\s+tăng\\s+trưởng' },
	{
		first: ['tổng', 'số'],
		pattern:
			'(?:tổng\\s+)?số\\s+(?:lượt|hộ|người|lao\\s+động|doanh\\s+nghiệp|học\\s+sinh|khách|hợp\\s+tác\\s+xã|thuê\\s+bao|xã|thôn|bản|dự\\s+án|công\\s+trình|hồ\\s+sơ|thủ\\s+tục|sản\\s+phẩm|nhà|căn)',
	},
	{ first: ['tổng', 'lượt'], pattern: '(?:tổng\\s+)?lượt\\s+khách' },
	{ first: ['thu'], pattern: 'thu\\s+nội\\s+địa' },
	{ first: ['tổng', 'chi'], pattern: '(?:tổng\\s+)?chi\\s+ngân\\s+sách(?:\\s+nhà\\s+nước|\\s+địa\\s+phương)?' },
	{ first: ['giải'], pattern: 'giải\\s+quyết\\s+việc\\s+làm(?:\\s+mới)?' },
	{ first: ['tạo'], pattern: 'tạo\\s+việc\\s+làm(?:\\s+mới)?' },
	{ first: ['đào'], pattern: 'đào\\s+tạo\\s+nghề' },
	{ first: ['xuất'], pattern: 'xuất\\s+khẩu\\s+lao\\s+động' },
	{ first: ['chỉ'], pattern: 'chỉ\\s+số' },
];

/** Other labels that read as rates: "đạt X%" is then the value, not % of plan. */
export const RATE_LABEL = /^(?:t[ỷỉ] lệ|tốc độ|độ |chỉ số|mức)/iu;

/**
 * Subjects that carry no figure of their own and stop an earlier phrase from claiming the
 * figures after them ("Các chỉ tiêu … cơ bản đạt trên 75%" counts no targets).
 */
export const BLOCKERS: readonly Phrase[] = [
	{
		first: ['các', 'những', 'nhiều', 'một', 'tất'],
		pattern:
			'(?:các|những|nhiều|một\\s+số|tất\\s+cả(?:\\s+các)?)\\s+(?:chỉ\\s+tiêu|tiêu\\s+chí|nhiệm\\s+vụ|lĩnh\\s+vực)',
	},
];

/** "trong đó" and the like open a breakdown: later figures are parts, not the whole. */
export const BARRIERS: readonly Phrase[] = [
	{ first: ['trong'], pattern: 'trong\\s+đó' },
	{ first: ['bao'], pattern: 'bao\\s+gồm' },
	{ first: ['gồm'], pattern: 'gồm\\s+có' },
];

/** A word that makes what follows a target, forecast or request. */
export interface FutureMarker extends Phrase {
	/** Only the rest of its own comma clause is a target ("nhằm nâng tỷ lệ che phủ rừng lên 50%, …"). */
	readonly clause?: boolean;
	/**
	 * Opens a list of targets that may go on past ";" ("phấn đấu thu ngân sách đạt 30 tỷ đồng; giảm
	 * tỷ lệ hộ nghèo xuống dưới 4%"). Requests and musts ("đề nghị", "cần", "yêu cầu", which is also
	 * the noun of "đạt yêu cầu") reach the next ";" only.
	 */
	readonly list?: boolean;
}

/**
 * Words that make what follows them a target, forecast or request rather than a reported
 * result ("huyện sẽ …", "phấn đấu …", "mục tiêu …", "đề nghị …"): up to the next ";", or to the
 * end of the sentence when a ":" list follows the marker.
 */
export const FUTURE_MARKERS: readonly FutureMarker[] = [
	{ first: ['sẽ'], pattern: 'sẽ' },
	{ first: ['phấn'], pattern: '(?<!(?:nỗ\\s+lực|sự|quá\\s+trình|kết\\s+quả)\\s)phấn\\s+đấu', list: true },
	{
		first: ['mục'],
		pattern: '(?<!(?:chương\\s+trình|%|so\\s+với|các)\\s?)mục\\s+tiêu(?!\\s+(?:quốc\\s+gia|,\\s+nhiệm\\s+vụ))',
		list: true,
	},
	{ first: ['định'], pattern: 'định\\s+hướng' },
	{ first: ['phương'], pattern: 'phương\\s+hướng' },
	{ first: ['dự'], pattern: 'dự\\s+báo|dự\\s+kiến\\s+(?:đến|tới|hết|cuối)' },
	{ first: ['năm'], pattern: 'năm\\s+(?:tới|sau)' },
	{ first: ['thời'], pattern: 'thời\\s+gian\\s+tới' },
	{ first: ['yêu'], pattern: 'yêu\\s+cầu' },
	{ first: ['đề'], pattern: 'đề\\s+nghị|đề\\s+xuất' },
	{ first: ['kiến'], pattern: 'kiến\\s+nghị' },
	// "những tồn tại cần khắc phục: …" introduces shortcomings, which are reported figures.
	{ first: ['cần'], pattern: 'cần(?!\\s+(?:được\\s+)?(?:khắc\\s+phục|giải\\s+quyết|tháo\\s+gỡ))' },
	{ first: ['phải'], pattern: 'phải' },
	{ first: ['quyết'], pattern: 'quyết\\s+tâm', list: true },
	{ first: ['nhằm'], pattern: 'nhằm', clause: true },
	// "lên kế hoạch … theo các mốc tiến độ: đến ngày 30/6 giải ngân đạt 30%; …": milestones set.
	{ first: ['lên'], pattern: 'lên\\s+kế\\s+hoạch' },
	{ first: ['mốc'], pattern: 'mốc\\s+(?:tiến\\s+độ|thời\\s+gian)' },
];

/** A place named before a figure: a commune's figure is not the district's. */
export interface PlaceWord extends Phrase {
	/** A commune, ward or village (else a district or province). */
	readonly commune: boolean;
	/** A proper name must follow, capitalised in the article ("xã Phước An", not "các xã, thị trấn"). */
	readonly named: boolean;
}

/** Places, lower case; `named` ones are checked for the capital of the name after them. */
export const PLACE_WORDS: readonly PlaceWord[] = [
	{ first: ['toàn'], pattern: 'toàn\\s+xã(?!\\s+hội)(?![\\p{L}\\p{M}])', commune: true, named: false },
	{ first: ['toàn'], pattern: 'toàn\\s+(?:huyện|tỉnh)(?![\\p{L}\\p{M}])', commune: false, named: false },
	{ first: ['xã'], pattern: '(?<!các\\s)xã\\s+(?=\\p{L})', commune: true, named: true },
	{ first: ['phường'], pattern: 'phường\\s+(?=\\p{L})', commune: true, named: true },
	{ first: ['thôn'], pattern: 'thôn\\s+(?=\\p{L})', commune: true, named: true },
	{ first: ['bản'], pattern: 'bản\\s+(?=\\p{L})', commune: true, named: true },
	{ first: ['huyện'], pattern: 'huyện\\s+(?=\\p{L})', commune: false, named: true },
	{ first: ['thị'], pattern: 'thị\\s+xã\\s+(?=\\p{L})', commune: false, named: true },
	{ first: ['tx'], pattern: 'tx\\.?\\s+(?=\\p{L})', commune: false, named: true },
	{ first: ['tỉnh'], pattern: 'tỉnh\\s+(?=\\p{L})', commune: false, named: true },
];

/** Words that deny the figure after them in the same clause ("chưa có", "còn thiếu 2 chỉ tiêu"). */
export const NEGATIONS: readonly string[] = ['chưa(?!\\s+(?:đến|tới|đầy))', 'không', 'thiếu'];

/** Words after which a number is a name, an ordinal or a reference ("kỳ họp thứ 15", "Nghị quyết 120"); "tổng số" is no reference. */
export const ORDINAL_BEFORE: readonly string[] = [
	'thứ',
	'số',
	'khóa',
	'kỳ',
	'lần',
	'quý',
	'tháng',
	'ngày',
	'giờ',
	'mục',
	'điều',
	'khoản',
	'chương',
	'phần',
	'nghị quyết',
	'quyết định',
	'nghị định',
	'thông tư',
	'công văn',
	'chỉ thị',
	'tờ trình',
	'văn bản',
	'kết luận',
	'đề án',
	'chương trình',
	'sư đoàn',
	'trung đoàn',
	'quốc lộ',
	'tỉnh lộ',
	'ql',
	'đt',
	'tl',
	'km',
	'phường',
	'quận',
	'tổ',
	'ấp',
	'thôn',
	'bản',
	'xóm',
	'khu',
	'khu phố',
	'lô',
	'phòng',
	'mức độ',
	'mức',
	'cấp',
	'loại',
	'nhóm',
	'top',
	'hạng',
	'vị trí',
	'lớp',
	'khối',
	'tuổi',
	'năm',
	'niên vụ',
	'nhiệm kỳ',
	'giai đoạn',
];

/** Words after a number that make it a duration or a date part ("9 tháng", "53 năm", "8 ngày"). */
export const PERIOD_AFTER: readonly string[] = [
	'tháng',
	'năm',
	'quý',
	'ngày',
	'tuần',
	'giờ',
	'phút',
	'giây',
	'thế kỷ',
	'tiếng',
	'buổi',
	'đợt',
	'kỳ',
	'lần',
	'nhiệm kỳ',
];

/** Words before a day/month pair that make it a date ("Ngày 6/10", "chiều 13/6", "đến 31/12"). */
export const DATE_BEFORE: readonly string[] = [
	'ngày',
	'sáng',
	'trưa',
	'chiều',
	'tối',
	'đêm',
	'hôm',
	'nay',
	'đến',
	'tới',
	'từ',
	'vào',
	'trước',
	'sau',
	'hết',
	'đầu',
	'cuối',
];
