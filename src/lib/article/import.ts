/**
 * Importing a pasted article (`npm run new`): its bytes in any encoding the build reads, saved as
 * UTF-8 under a name made from its facts and text, and what to put in frontmatter to fix what
 * extraction could not find. The name is stable: the same text gives the same name.
 */

import { decodeBytes, type Encoding } from '../text/decode.ts';
import { slugify } from '../text/fold.ts';
import { looksDoubleEncoded, repairDoubleEncoding } from '../text/mojibake.ts';
import type { ProcessedArticle } from './process-article.ts';

export interface PreparedImport {
	/** The article as UTF-8 bytes: the text as pasted, decoded, NFC, LF line ends, no BOM. */
	readonly bytes: Uint8Array;
	/** How the input was encoded. */
	readonly encoding: Encoding;
	/** The input had been decoded with the wrong encoding once and was repaired. */
	readonly repaired: boolean;
	/** Byte sequences of otherwise UTF-8 input that were not UTF-8, dropped (see `decodeBytes`). */
	readonly dropped: number;
	/** The input is not text (an image, a PDF, a Word file). */
	readonly binary: boolean;
}

/** Decodes an article as the build does and re-encodes it as UTF-8, leaving everything else to the build. */
export function prepareImport(input: Uint8Array): PreparedImport {
	const decoded = decodeBytes(input);
	let text = decoded.text;
	let repaired = false;
	if (looksDoubleEncoded(text)) {
		const fixed = repairDoubleEncoding(text);
		if (fixed) {
			text = fixed;
			repaired = true;
		}
	}
	text = text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.normalize('NFC');
	if (!text.endsWith('\n')) text += '\n';
	return {
		bytes: new TextEncoder().encode(text),
		encoding: decoded.encoding,
		repaired,
		dropped: decoded.invalid,
		binary: decoded.binary,
	};
}

/** The longest the title part of a file name gets, in characters. */
const TITLE_SLUG_MAX = 48;

/**
 * "2024-11-19-nam-po-pho-chu-tich-ubnd-tinh-vu-a-bang-lam-viec-voi-3f9a1c2e.txt": the day, the
 * district (or province), the start of the title and the first 8 hex digits of the fingerprint
 * of the cleaned text. Undated or unplaced articles say so ("chua-ro-ngay", "chua-ro-noi").
 */
export function articleFileName(article: Pick<ProcessedArticle, 'facts' | 'fingerprint'>): string {
	const f = article.facts;
	const place = slugify(f.district ?? f.province ?? '') || 'chua-ro-noi';
	let title = slugify(f.title);
	if (title.length > TITLE_SLUG_MAX) {
		const cut = title.lastIndexOf('-', TITLE_SLUG_MAX);
		title = title.slice(0, cut > 0 ? cut : TITLE_SLUG_MAX);
	}
	const hash = article.fingerprint.slice(0, 8) || 'rong';
	return `${[f.date ?? 'chua-ro-ngay', place, title, hash].filter(Boolean).join('-')}.txt`;
}

/** A frontmatter line an editor could add, with why (in English and in Vietnamese). */
export interface FrontmatterFix {
	readonly field: string;
	/** The value to write (a placeholder in capitals when nothing is known). */
	readonly value: string;
	readonly why: string;
	/** `why` in Vietnamese, for the editors' page. */
	readonly whyVi: string;
}

function yamlValue(s: string): string {
	return /^[\p{L}\p{N}][\p{L}\p{N} ,./()–-]*$/u.test(s) && !/:\s/.test(s) ? s : JSON.stringify(s);
}

/** What `frontmatterFixes` reads of an article: a processed one, or a published entry of the build. */
export interface FixableArticle {
	readonly facts: { readonly title: string; readonly province: string | null };
	readonly messages: readonly { readonly code: string }[];
}

/** The frontmatter that would settle each warning and error of the article, best guesses filled in. */
export function frontmatterFixes(article: FixableArticle): FrontmatterFix[] {
	const f = article.facts;
	const fixes = new Map<string, FrontmatterFix>();
	const add = (field: string, value: string, why: string, whyVi: string) => {
		if (!fixes.has(field)) fixes.set(field, { field, value, why, whyVi });
	};
	const province = () => (f.province ? yamlValue(f.province) : 'TÊN TỈNH');
	for (const m of article.messages) {
		switch (m.code) {
			case 'no-date':
				add(
					'date',
					'YYYY-MM-DD',
					'the day of the event: the article does not give its year or day',
					'ngày diễn ra sự kiện: bài không nêu năm hoặc ngày',
				);
				break;
			case 'no-headline':
				add(
					'title',
					yamlValue(f.title),
					'the headline (the one shown was made from the facts)',
					'tiêu đề bài (tiêu đề đang hiện được ghép từ các thông tin trích ra)',
				);
				break;
			case 'no-district':
				add(
					'district',
					'TÊN HUYỆN',
					'the district the article is about, as in the 2023–2024 gazetteer',
					'huyện bài viết nói đến, theo danh mục 2023–2024',
				);
				add('province', province(), 'its province', 'tỉnh của huyện đó');
				break;
			case 'unresolved-place':
			case 'ambiguous-district':
				add('province', province(), 'the province, to place the district', 'tỉnh, để xác định đúng huyện');
				break;
			default:
				break;
		}
	}
	return [...fixes.values()];
}

/**
 * The fixes as a frontmatter block to paste at the top of the file: in English each line with
 * its reason after it (the terminal of `npm run new`), in Vietnamese each reason on a comment
 * line above its field, so the block stays narrow on the editors' page.
 */
export function frontmatterBlock(fixes: readonly FrontmatterFix[], language: 'en' | 'vi' = 'en'): string {
	if (language === 'vi')
		return ['---', ...fixes.flatMap((x) => [`# ${x.whyVi}`, `${x.field}: ${x.value}`]), '---'].join('\n');
	const width = Math.max(...fixes.map((x) => x.field.length + x.value.length + 2));
	const lines = fixes.map((x) => `${`${x.field}: ${x.value}`.padEnd(width)}   # ${x.why}`);
	return ['---', ...lines, '---'].join('\n');
}
