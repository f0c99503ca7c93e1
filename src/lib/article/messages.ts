/**
 * The one catalog of what can be wrong with an article: each entry says how serious it is and
 * how to fix it; a message adds what happened, the file and, where known, the field or line.
 */
import type { ArticleMessage, MessageCode, Severity } from '../../schemas/message.ts';

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
		hint: 'Only the beginning of the file was read; split it into one file per article.',
		vi: { title: 'Tệp quá lớn', fix: 'Chỉ phần đầu tệp được đọc; hãy tách thành mỗi bài một tệp.' },
	},
	'legacy-encoding': {
		severity: 'warning',
		hint: 'The text was not valid UTF-8 and was read as Windows-1258; check the diacritics on its page, and re-save it as UTF-8.',
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
		hint: 'The text had been decoded with the wrong encoding once ("Ä\u0090iá»‡n") and was repaired; re-save it from the original.',
		vi: {
			title: 'Lỗi font đã được sửa',
			fix: 'Văn bản từng bị đọc sai mã hóa và đã được sửa tự động; nên lấy lại từ bản gốc.',
		},
	},
	'html-stripped': {
		severity: 'warning',
		hint: 'HTML tags were removed and entities decoded; paste the article as plain text to keep its layout.',
		vi: { title: 'Có mã HTML', fix: 'Thẻ HTML đã được bỏ; nên dán bài viết dưới dạng văn bản thuần để giữ bố cục.' },
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
			fix: 'Dùng tên huyện theo danh mục 2023–2024 (cấp huyện chấm dứt từ 1/7/2025; dùng đơn vị cũ).',
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
	'unresolved-place': {
		severity: 'warning',
		hint: 'Name the province in the text or set `province` in frontmatter so the district can be placed.',
		vi: { title: 'Tên huyện có ở nhiều tỉnh', fix: 'Nêu tên tỉnh trong bài, hoặc khai province trong phần khai báo.' },
	},
	'no-headline': {
		severity: 'warning',
		hint: 'The title was made from the facts; set `title` in frontmatter or put the headline on the first line.',
		vi: {
			title: 'Bài không có dòng tít',
			fix: 'Tít đã được tạo từ nội dung; khai title trong phần khai báo hoặc đặt tít ở dòng đầu.',
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
	'invalid-utf8-bytes': {
		severity: 'warning',
		hint: 'A few bytes of the file were not UTF-8 (a damaged copy?) and were dropped; check the words around them on its page, or re-save the file from the original as UTF-8.',
		vi: {
			title: 'Có byte lỗi mã hóa UTF-8',
			fix: 'Một vài byte không đúng mã UTF-8 (bản sao bị hỏng?) đã bị bỏ; kiểm tra chữ quanh chỗ đó trên trang bài viết, hoặc lưu lại tệp từ bản gốc dưới dạng UTF-8.',
		},
	},
} as const satisfies Record<MessageCode, CatalogEntry>;

/** Builds a message from the catalog. */
export function articleMessage(
	code: MessageCode,
	file: string,
	message: string,
	where: { field?: string; line?: number; hint?: string } = {},
): ArticleMessage {
	const entry: CatalogEntry = CATALOG[code];
	return {
		code,
		severity: entry.severity,
		file,
		...(where.field !== undefined ? { field: where.field } : {}),
		...(where.line !== undefined ? { line: where.line } : {}),
		message,
		hint: where.hint ?? entry.hint,
	};
}

/** "content/articles/x.md:3 (district): … — fix: …", the one line printed for a message. */
export function formatMessage(m: ArticleMessage): string {
	const at = `${m.file}${m.line !== undefined ? `:${m.line}` : ''}`;
	const field = m.field !== undefined ? ` (${m.field})` : '';
	return `${at}${field}: ${m.message} — ${m.hint} [${m.code}]`;
}
