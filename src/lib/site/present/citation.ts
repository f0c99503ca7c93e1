/**
 * How to cite a briefing ("Trích dẫn"): who wrote it, where and when, the page's address, and a
 * line to copy. The access date is the reader's to write: a date computed at build time would
 * be the day the site was built, wrong for everyone who reads the page later, so the line ends
 * in "truy cập ngày …" and the page says to fill it in.
 */
import { formatShortDate } from '../../format/dates.ts';

export interface CitationInput {
	readonly title: string;
	/** The event's day, "2024-11-19"; null when the article does not say. */
	readonly date: string | null;
	readonly outlet: string | null;
	readonly author: string | null;
	/** The original article's address, when the text gives it. */
	readonly originalUrl: string | null;
	/** The absolute URL of the briefing's page. */
	readonly pageUrl: string;
	/** The site's name (a setting). */
	readonly siteName: string;
}

export interface CitationField {
	readonly label: string;
	readonly value: string;
	/** The value is an address, of this page or of the original article elsewhere (shown as a link). */
	readonly link?: 'page' | 'original';
}

export interface Citation {
	/** Label and value of each part, in reading order. */
	readonly fields: readonly CitationField[];
	/** One line to copy, ending in "truy cập ngày …" for the reader to complete. */
	readonly text: string;
}

/** The placeholder of the access date, for the reader to replace. */
export const ACCESS_DATE_BLANK = '…';

/** The citation of a briefing (see the file's header for the access date). */
export function citation(input: CitationInput): Citation {
	const date = input.date ? formatShortDate(input.date) : null;
	const fields: CitationField[] = [
		{ label: 'Báo, đài', value: input.outlet ?? 'Không rõ' },
		{ label: 'Tác giả', value: input.author ?? 'Không ghi' },
		{ label: 'Ngày sự kiện', value: date ?? 'Không rõ ngày' },
		{ label: 'Tiêu đề', value: input.title },
		...(input.originalUrl ? [{ label: 'Bài gốc', value: input.originalUrl, link: 'original' as const }] : []),
		{ label: 'Địa chỉ trang', value: input.pageUrl, link: 'page' },
		{ label: 'Ngày truy cập', value: `ngày bạn đọc trang: điền vào chỗ “${ACCESS_DATE_BLANK}”` },
	];
	const who = [input.author, input.outlet].filter((s): s is string => Boolean(s)).join(', ');
	const text = [
		who ? `${who} (${date ?? 'không rõ ngày'}).` : `(${date ?? 'không rõ ngày'}).`,
		`“${input.title}”.`,
		`${input.siteName}: ${input.pageUrl} (truy cập ngày ${ACCESS_DATE_BLANK}).`,
	].join(' ');
	return { fields, text };
}
