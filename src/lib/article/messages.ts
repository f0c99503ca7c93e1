/**
 * The one catalog of what can be wrong with an article: each entry says how serious it is and
 * how to fix it; a message adds what happened, the file and, where known, the field or line.
 */
import type { ArticleMessage, MessageCode, Severity } from '../../schemas/message.ts';
import { EARLIEST_DATE } from '../dates/bounds.ts';

export type { ArticleMessage, MessageCode };

interface CatalogEntry {
	readonly severity: Severity;
	/** How to fix it, in English (logs, the build report, the extract command). */
	readonly hint: string;
	/** What it is and how to fix it in Vietnamese, for the editors' page. */
	readonly vi: { readonly title: string; readonly fix: string };
}

/** Every message the project emits about articles. */
export const CATALOG = {
	'empty-file': {
		severity: 'error',
		hint: 'Paste the article text into the file, or delete the file.',
		vi: { title: 'Tệp trống', fix: 'Dán nội dung bài viết vào tệp, hoặc xóa tệp.' },
	},
	'binary-file': {
		severity: 'error',
		hint: 'Save the article as plain text (UTF-8); this file holds binary data (an image, a PDF or a Word file?).',
		vi: {
			title: 'Không phải tệp văn bản',
			fix: 'Lưu bài viết dưới dạng văn bản thuần (UTF-8); tệp này chứa dữ liệu nhị phân (ảnh, PDF hay Word?).',
		},
	},
	'huge-file': {
		severity: 'warning',
		hint: 'Split it into one file per article.',
		vi: { title: 'Tệp quá lớn', fix: 'Hãy tách thành mỗi bài một tệp.' },
	},
	'legacy-encoding': {
		severity: 'warning',
		hint: 'Check the diacritics on its page, and re-save the file as UTF-8.',
		vi: {
			title: 'Mã hóa cũ (Windows-1258)',
			fix: 'Kiểm tra dấu tiếng Việt trên trang bài viết, rồi lưu lại tệp dưới dạng UTF-8.',
		},
	},
	utf16: {
		severity: 'warning',
		hint: 'Re-save the file as UTF-8 to keep the project consistent.',
		vi: { title: 'Mã hóa UTF-16', fix: 'Lưu lại tệp dưới dạng UTF-8 cho thống nhất.' },
	},
	'mojibake-repaired': {
		severity: 'warning',
		hint: 'Re-save the text from the original to be sure (it had "Ä\u0090iá»‡n" for "Điện").',
		vi: {
			title: 'Lỗi font đã được sửa',
			fix: 'Nên lấy lại văn bản từ bản gốc cho chắc chắn.',
		},
	},
	'html-stripped': {
		severity: 'warning',
		hint: 'Paste the article as plain text to keep its layout.',
		vi: { title: 'Có mã HTML', fix: 'Nên dán bài viết dưới dạng văn bản thuần để giữ bố cục.' },
	},
	'frontmatter-unclosed': {
		severity: 'error',
		hint: 'Close the frontmatter with a line holding only "---" after the last field.',
		vi: { title: 'Phần khai báo (frontmatter) chưa đóng', fix: 'Thêm một dòng chỉ có "---" sau trường cuối cùng.' },
	},
	'frontmatter-yaml': {
		severity: 'error',
		hint: 'Fix the YAML syntax at the line shown ("field: value", one per line).',
		vi: {
			title: 'Phần khai báo sai cú pháp YAML',
			fix: 'Sửa cú pháp ở dòng được chỉ ra (mỗi dòng "trường: giá trị").',
		},
	},
	'frontmatter-not-mapping': {
		severity: 'error',
		hint: 'Frontmatter must be "field: value" lines, not a list or a single value.',
		vi: { title: 'Phần khai báo không đúng dạng', fix: 'Phần khai báo phải gồm các dòng "trường: giá trị".' },
	},
	'frontmatter-field': {
		severity: 'error',
		hint: 'Correct the value or remove the field to let extraction decide.',
		vi: { title: 'Giá trị khai báo không hợp lệ', fix: 'Sửa giá trị, hoặc bỏ trường đó để hệ thống tự trích xuất.' },
	},
	'unknown-field': {
		severity: 'error',
		hint: 'Remove the field or correct its name.',
		vi: { title: 'Trường khai báo không có', fix: 'Bỏ trường đó hoặc sửa tên trường.' },
	},
	'unknown-province': {
		severity: 'error',
		hint: 'Use a province name from the 2023–2024 gazetteer.',
		vi: { title: 'Tỉnh không có trong danh mục', fix: 'Dùng tên tỉnh theo danh mục hành chính 2023–2024.' },
	},
	'unknown-district': {
		severity: 'error',
		hint: 'Use a district name from the 2023–2024 gazetteer (districts were abolished on 1 July 2025; use the old unit).',
		vi: {
			title: 'Huyện không có trong danh mục',
			fix: 'Dùng tên huyện theo danh mục 2023–2024 (cấp huyện chấm dứt từ 01/07/2025; dùng đơn vị cũ).',
		},
	},
	'district-not-in-province': {
		severity: 'error',
		hint: 'Correct the district or the province so that they agree.',
		vi: { title: 'Huyện không thuộc tỉnh đã khai', fix: 'Sửa tên huyện hoặc tên tỉnh cho khớp nhau.' },
	},
	'ambiguous-district': {
		severity: 'error',
		hint: 'Several provinces have a district of this name: set `province` as well.',
		vi: { title: 'Tên huyện trùng ở nhiều tỉnh', fix: 'Khai thêm tỉnh (province) trong phần khai báo.' },
	},
	'no-district': {
		severity: 'error',
		hint: 'Name the district in the text ("huyện Nậm Pồ"), or set `district` (and `province`) in frontmatter.',
		vi: {
			title: 'Không xác định được huyện',
			fix: 'Nêu tên huyện trong bài ("huyện Nậm Pồ"), hoặc khai district (và province) trong phần khai báo.',
		},
	},
	'no-date': {
		severity: 'warning',
		hint: 'Set `date: YYYY-MM-DD` in frontmatter.',
		vi: { title: 'Không xác định được ngày', fix: 'Khai date: YYYY-MM-DD trong phần khai báo.' },
	},
	'date-out-of-range': {
		severity: 'error',
		hint: `Correct the date: events of these articles fall between ${EARLIEST_DATE} and tomorrow.`,
		vi: {
			title: 'Ngày không hợp lý',
			fix: 'Sửa ngày (date): sự kiện phải nằm trong khoảng từ 1/1/1990 đến ngày mai.',
		},
	},
	'implausible-date': {
		severity: 'warning',
		hint: 'Set `date: YYYY-MM-DD` in frontmatter.',
		vi: {
			title: 'Ngày trong bài không hợp lý',
			fix: 'Khai date: YYYY-MM-DD trong phần khai báo.',
		},
	},
	'unresolved-place': {
		severity: 'warning',
		hint: 'Name the province in the text or set `province` in frontmatter so the district can be placed.',
		vi: { title: 'Tên huyện có ở nhiều tỉnh', fix: 'Nêu tên tỉnh trong bài, hoặc khai province trong phần khai báo.' },
	},
	'no-headline': {
		severity: 'warning',
		hint: 'Set `title` in frontmatter, or put the headline on the first line.',
		vi: {
			title: 'Bài không có dòng tít',
			fix: 'Khai title trong phần khai báo hoặc đặt tít ở dòng đầu.',
		},
	},
	duplicate: {
		severity: 'error',
		hint: 'Delete one of the two files, or change one if they are different articles.',
		vi: { title: 'Bài trùng lặp', fix: 'Xóa một trong hai tệp, hoặc sửa nếu đó là hai bài khác nhau.' },
	},
	'read-failed': {
		severity: 'error',
		hint: 'Check that the file exists and can be read.',
		vi: { title: 'Không đọc được tệp', fix: 'Kiểm tra tệp còn tồn tại và có quyền đọc.' },
	},
	'internal-error': {
		severity: 'error',
		hint: 'This is a bug in the extractor; please report it with the file attached.',
		vi: { title: 'Lỗi của bộ trích xuất', fix: 'Đây là lỗi phần mềm; xin báo lại kèm tệp bài viết.' },
	},
	'not-a-file': {
		severity: 'error',
		hint: 'Symbolic links, FIFOs and devices are never followed or read: put the article itself in the folder as a plain file.',
		vi: {
			title: 'Không phải tệp thường',
			fix: 'Liên kết (symlink), FIFO và thiết bị không được đọc: hãy đặt chính tệp bài viết vào thư mục.',
		},
	},
	'id-taken': {
		severity: 'warning',
		hint: 'Rename this file, or set another `slug`, to choose its address.',
		vi: {
			title: 'Địa chỉ trang đã có bài khác dùng',
			fix: 'Đổi tên tệp hoặc khai slug khác để tự chọn địa chỉ.',
		},
	},
	'invalid-utf8-bytes': {
		severity: 'warning',
		hint: 'Check the words around them on its page, or re-save the file from the original as UTF-8 (a damaged copy?).',
		vi: {
			title: 'Có byte lỗi mã hóa UTF-8',
			fix: 'Kiểm tra chữ quanh chỗ đó trên trang bài viết, hoặc lưu lại tệp từ bản gốc dưới dạng UTF-8 (bản sao bị hỏng?).',
		},
	},
} as const satisfies Record<MessageCode, CatalogEntry>;

/** Where a message points, and what it says beyond the catalog's words. */
export interface MessageDetails {
	readonly field?: string;
	readonly line?: number;
	/** How to fix it, when the catalog's hint is too general. */
	readonly hint?: string;
	/** What happened, in Vietnamese (the catalog's title by default). */
	readonly vi?: string;
	/** How to fix it, in Vietnamese (the catalog's fix by default). */
	readonly viHint?: string;
}

/** Builds a message from the catalog: `message` says what happened, in English. */
export function articleMessage(
	code: MessageCode,
	file: string,
	message: string,
	details: MessageDetails = {},
): ArticleMessage {
	const entry: CatalogEntry = CATALOG[code];
	return {
		code,
		severity: entry.severity,
		file,
		...(details.field !== undefined ? { field: details.field } : {}),
		...(details.line !== undefined ? { line: details.line } : {}),
		message,
		hint: details.hint ?? entry.hint,
		vi: { message: details.vi ?? entry.vi.title, hint: details.viHint ?? entry.vi.fix },
	};
}

/** "content/articles/x.md:3 (district): … — fix: …", the one line a build log prints for a message. */
export function formatMessage(m: ArticleMessage): string {
	const at = `${m.file}${m.line !== undefined ? `:${m.line}` : ''}`;
	const field = m.field !== undefined ? ` (${m.field})` : '';
	return `${at}${field}: ${m.message} — ${m.hint} [${m.code}]`;
}

/** "dòng 3, trường district", or empty: where in the file a message points, in Vietnamese. */
export function whereVi(m: Pick<ArticleMessage, 'line' | 'field'>): string {
	return [m.line !== undefined ? `dòng ${m.line}` : '', m.field !== undefined ? `trường ${m.field}` : '']
		.filter(Boolean)
		.join(', ');
}

/** A message for a person, in Vietnamese, with its stable code: "(dòng 3, trường district) …. Cách sửa: … [unknown-district]". */
export function formatMessageVi(m: ArticleMessage): string {
	const where = whereVi(m);
	const stop = /[.?!]$/.test(m.vi.message) ? '' : '.';
	return `${where ? `(${where}) ` : ''}${m.vi.message}${stop} Cách sửa: ${m.vi.hint} [${m.code}]`;
}
