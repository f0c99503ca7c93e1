/**
 * The vocabulary of Vietnamese personal names: family names, usual middle names, the words that
 * never begin or continue a name, and historical figures' names that places also bear. Data
 * only: the grammar that reads them is `names.ts`.
 */
import { WordList } from '../../text/phrases.ts';

/** Family names, lower case (Kinh, then the minority peoples of the north-west and the highlands). */
export const SURNAMES: ReadonlySet<string> = new Set(
	(
		'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lương tống đoàn đinh trịnh trương ' +
		'lâm mai tạ hà cao chu châu quách tô lưu la kiều đào thái từ mạc lục nông triệu âu khổng tăng thân hứa ' +
		'giang đàm vương vi phùng phí nghiêm lại diệp doãn kim bế cù lạc lã lữ lư mạch mã nhữ ninh ôn quan ' +
		'tào thạch thiều tiêu trình uông ưng bạch bành biện chế chung cung đậu đới hàn hán khúc khương ' +
		'kha lăng liêu lều luyện tôn giáp ' +
		// North-west: Hmong, Thái, Dao, Hà Nhì, Giáy, Lự …
		'vừ giàng thào sùng lầu mùa hờ mua ly lầm chẻo tẩn chảo bàn sầm hầu ma mè vàng pờ phàn lò lường quàng cầm ' +
		'tòng điêu lù thèn sềnh tráng cứ sủng chang seo hạng lỳ chu khoàng vì sa khà xồng sộng ' +
		// Central highlands (Ê Đê, Gia Rai, Ba Na …): "Y Biêr Niê", "Ksor Phước Hà", "Rơ Mah Tuân".
		'y ksor rơ siu rah nay kpă ayun đinh bdap'
	).split(' '),
);

/** The family names again, for lookups by token. */
export const SURNAME_KEYS = new WordList(SURNAMES);

/** Common middle names (tên đệm), lower case: "Văn", "Thị", the Hmong "A" and "Seo" … */
export const MIDDLE_NAMES = new WordList(
	(
		'văn thị a seo hữu đức ngọc minh quang thanh xuân công đình anh thành trọng quốc kim hồng tiến mạnh duy việt ' +
		'như bá phương hoàng trung tuấn vĩnh thế khắc sỹ sĩ huy nam hải thu hoài tấn phú thái chí bảo gia đăng viết ' +
		'mỹ thúy diệu lệ thùy cao trường tất nhật thiện phước phúc thiên đắc bích mai hương tường quý khánh vân hiếu ' +
		'lan cẩm tuyết quế kiều ánh tố ái trí đại vũ lê huyền hà thu trần xuân'
	).split(' '),
);

/**
 * Capitalised words that never begin a personal name: titles, bodies, levels, honorifics, and
 * words that open sentences or captions.
 */
export const NOT_FIRST = new WordList(
	(
		'phó quyền tân nguyên cố cựu chủ bí giám trưởng chánh ủy thủ bộ thứ tổng đại thượng thiếu chỉ chính cục viện ' +
		'sở ban phòng tỉnh huyện xã phường thị thành quận ubnd hđnd đảng nhà nước nhân quốc việt hội ' +
		'ông bà anh chị đồng cô chú bác em cụ ngày sáng trưa chiều tối đêm tại trong theo ảnh nguồn tin bài ' +
		'các những toàn quang lãnh trước sau khi để với về từ đến năm tháng quý thông tổ khu'
	).split(' '),
);

/** Words that end a name when they follow it: the start of a title or body, an honorific. */
export const NOT_NEXT = new WordList(
	(
		'phó quyền nguyên chủ bí giám trưởng chánh ủy thủ bộ thứ tổng sở ban phòng tỉnh huyện xã phường quận ' +
		'ubnd hđnd ông bà ảnh tại theo trong đảng'
	).split(' '),
);

/** Middle names that only people carry: a place is not called "… Văn …". */
export const GIVEN_MARKERS: ReadonlySet<string> = new Set(['văn', 'thị', 'a', 'seo']);

/**
 * Names of historical figures, lower case, that streets, wards and communes also bear
 * ("phường Hoàng Văn Thụ", "Chủ tịch Hồ Chí Minh"): never read as an official.
 */
export const HISTORIC_NAMES: ReadonlySet<string> = new Set([
	'hồ chí minh',
	'hoàng văn thụ',
	'nguyễn văn cừ',
	'nguyễn văn linh',
	'nguyễn văn trỗi',
	'nguyễn thị minh khai',
	'nguyễn thị định',
	'võ thị sáu',
	'võ văn kiệt',
	'lê văn tám',
	'lê văn duyệt',
	'trần văn ơn',
	'trần văn thời',
	'nguyễn việt khái',
	'võ nguyên giáp',
	'phạm văn đồng',
	'tôn đức thắng',
	'lê duẩn',
	'trường chinh',
	'nguyễn tất thành',
	'tăng bạt hổ',
]);
