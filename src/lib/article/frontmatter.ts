/**
 * Splitting an article file into its optional YAML frontmatter and its text.
 */
import { parseDocument } from 'yaml';

export type FrontmatterResult =
	| {
			readonly ok: true;
			/** The parsed mapping, or null when the file has no frontmatter. */
			readonly data: Record<string, unknown> | null;
			/** The article text after the frontmatter. */
			readonly body: string;
			/** Lines taken by the frontmatter, so that body line n is file line n + offset. */
			readonly lineOffset: number;
			/** 1-based line of each top-level field in the file. */
			readonly fieldLines: ReadonlyMap<string, number>;
	  }
	| {
			readonly ok: false;
			readonly code: 'frontmatter-unclosed' | 'frontmatter-yaml' | 'frontmatter-not-mapping';
			readonly message: string;
			/** The same in Vietnamese. */
			readonly messageVi: string;
			readonly line: number;
			/** The text after the frontmatter when it could be found, else the whole text. */
			readonly body: string;
	  };

/**
 * Reads frontmatter between a first line "---" and the next line "---" (or "..."). YAML 1.2
 * core schema: dates stay strings, "no" stays a string. A file without a first "---" line has
 * no frontmatter.
 */
export function splitFrontmatter(text: string): FrontmatterResult {
	if (!/^---[ \t]*\n/.test(text)) {
		return { ok: true, data: null, body: text, lineOffset: 0, fieldLines: new Map() };
	}
	const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3));
	if (!close) {
		return {
			ok: false,
			code: 'frontmatter-unclosed',
			message: 'the frontmatter opened on line 1 is never closed',
			messageVi: 'Phần khai báo mở ở dòng 1 không được đóng',
			line: 1,
			body: text,
		};
	}
	const yamlText = text.slice(4, 3 + close.index + 1);
	const body = text.slice(3 + close.index + close[0].length);
	const lineOffset = yamlText.split('\n').length + 1;
	const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
	const error = doc.errors[0];
	if (error) {
		// Errors point at a character of the YAML; the YAML starts on the file's second line.
		const before = yamlText.slice(0, error.pos[0]).split('\n').length;
		const line = Math.min(before, Math.max(1, yamlText.split('\n').length - 1)) + 1;
		return {
			ok: false,
			code: 'frontmatter-yaml',
			message: `invalid YAML in the frontmatter: ${error.message.split('\n')[0]}`,
			messageVi: `Cú pháp YAML sai ở dòng ${line}`,
			line,
			body,
		};
	}
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: 50 });
	} catch (e) {
		// The YAML is well-formed but cannot be turned into values (an alias bomb).
		return {
			ok: false,
			code: 'frontmatter-yaml',
			message: `invalid YAML in the frontmatter: ${(e as Error).message.split('\n')[0]}`,
			messageVi: 'Phần khai báo dùng quá nhiều bí danh (alias) YAML',
			line: 2,
			body,
		};
	}
	if (data === null || data === undefined) {
		return { ok: true, data: {}, body, lineOffset, fieldLines: new Map() };
	}
	if (typeof data !== 'object' || Array.isArray(data)) {
		return {
			ok: false,
			code: 'frontmatter-not-mapping',
			message: 'the frontmatter is not a set of "field: value" lines',
			messageVi: 'Phần khai báo không phải các dòng "trường: giá trị"',
			line: 2,
			body,
		};
	}
	const fieldLines = new Map<string, number>();
	yamlText.split('\n').forEach((line, i) => {
		const m = /^([^\s#:][^:]*):/.exec(line);
		if (m?.[1] && !fieldLines.has(m[1].trim())) fieldLines.set(m[1].trim(), i + 2);
	});
	return { ok: true, data: data as Record<string, unknown>, body, lineOffset, fieldLines };
}
