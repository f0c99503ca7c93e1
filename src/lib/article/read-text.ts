/**
 * The first stages of reading an article: its bytes to text (cut, decoded, repaired, LF line
 * ends), and, once the frontmatter is split off, its body to clean text (markup and character
 * references gone, normalised). Each step that changes what the editor saved says so in a message.
 */
import { cutBytes, decodeBytes, type Encoding } from '../text/decode.ts';
import { decodeEntities, hasEntities, htmlToText, looksLikeHtml } from '../text/html.ts';
import { looksDoubleEncoded, repairDoubleEncoding } from '../text/mojibake.ts';
import { normalizeText } from '../text/normalize.ts';
import { MAX_ARTICLE_BYTES } from './files.ts';
import { type ArticleMessage, articleMessage } from './messages.ts';

export interface ReadText {
	/** The whole file as text, LF line ends, frontmatter and all. */
	readonly text: string;
	readonly encoding: Encoding;
	/** The bytes are not text: nothing else can be read from them. */
	readonly binary: boolean;
}

/** The text of a file of `size` bytes whose first bytes are `bytes`; messages pushed onto `messages`. */
export function readText(file: string, bytes: Uint8Array, size: number, messages: ArticleMessage[]): ReadText {
	let input = bytes;
	if (size > MAX_ARTICLE_BYTES) {
		messages.push(
			articleMessage(
				'huge-file',
				file,
				`the file is ${Math.round(size / 1024)} KiB; only the first ${MAX_ARTICLE_BYTES / 1024} KiB were read`,
				{ vi: `Tệp dài ${Math.round(size / 1024)} KiB; chỉ ${MAX_ARTICLE_BYTES / 1024} KiB đầu được đọc` },
			),
		);
		// Never in the middle of a character: a cut sequence would make the whole file fail UTF-8.
		input = cutBytes(input, MAX_ARTICLE_BYTES);
	}
	const decoded = decodeBytes(input);
	if (decoded.binary) return { text: '', encoding: decoded.encoding, binary: true };
	if (decoded.encoding === 'windows-1258') {
		messages.push(
			articleMessage('legacy-encoding', file, 'the file is not valid UTF-8; it was read as Windows-1258', {
				vi: 'Tệp không phải UTF-8 hợp lệ; đã được đọc theo mã Windows-1258',
			}),
		);
	} else if (decoded.encoding !== 'utf-8') {
		messages.push(
			articleMessage('utf16', file, `the file is ${decoded.encoding.toUpperCase()}`, {
				vi: `Tệp được lưu dưới mã ${decoded.encoding.toUpperCase()}`,
			}),
		);
	} else if (decoded.invalid > 0) {
		messages.push(
			articleMessage(
				'invalid-utf8-bytes',
				file,
				`${decoded.invalid} byte sequence${decoded.invalid === 1 ? ' that is' : 's that are'} not UTF-8 in otherwise UTF-8 text ${decoded.invalid === 1 ? 'was' : 'were'} dropped`,
				{ vi: `${decoded.invalid} chuỗi byte không đúng UTF-8 trong văn bản UTF-8 đã bị bỏ` },
			),
		);
	}
	let raw = decoded.text;
	if (looksDoubleEncoded(raw)) {
		const repaired = repairDoubleEncoding(raw);
		if (repaired) {
			raw = repaired;
			messages.push(
				articleMessage('mojibake-repaired', file, 'the text had been decoded with the wrong encoding once', {
					vi: 'Văn bản từng bị đọc sai mã hóa một lần và đã được sửa',
				}),
			);
		}
	}
	return { text: raw.replace(/\r\n?/g, '\n'), encoding: decoded.encoding, binary: false };
}

/** The clean text of an article's body: HTML read as text, character references decoded, normalised. */
export function bodyText(file: string, body: string, messages: ArticleMessage[]): string {
	if (looksLikeHtml(body)) {
		messages.push(
			articleMessage('html-stripped', file, 'the article was pasted with its HTML markup', {
				vi: 'Bài được dán kèm mã HTML; mã đã được bỏ',
			}),
		);
		return normalizeText(htmlToText(body));
	}
	return normalizeText(hasEntities(body) ? decodeEntities(body) : body);
}
