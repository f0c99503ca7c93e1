/**
 * An RFC 4180 CSV reader for the tests: quoted fields with doubled quotes and line breaks, CRLF
 * or LF line ends, a UTF-8 byte-order mark skipped. Strict: a stray quote is an error.
 */

/** The records of a CSV text, each an array of fields. */
export function parseCsv(text: string): string[][] {
	const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let i = 0;
	let quoted = false;
	let fresh = true;
	while (i < src.length) {
		const c = src[i] as string;
		if (quoted) {
			if (c === '"' && src[i + 1] === '"') {
				field += '"';
				i += 2;
			} else if (c === '"') {
				quoted = false;
				i++;
				const next = src[i];
				if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
					throw new Error(`character after a closing quote at ${i}`);
				}
			} else {
				field += c;
				i++;
			}
			continue;
		}
		if (c === '"') {
			if (!fresh) throw new Error(`quote inside an unquoted field at ${i}`);
			quoted = true;
			fresh = false;
			i++;
		} else if (c === ',') {
			record.push(field);
			field = '';
			fresh = true;
			i++;
		} else if (c === '\r' || c === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			fresh = true;
			i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
		} else {
			field += c;
			fresh = false;
			i++;
		}
	}
	if (quoted) throw new Error('unclosed quote');
	if (!fresh || record.length > 0) {
		record.push(field);
		records.push(record);
	}
	return records;
}

/** The records as objects keyed by the header row. */
export function csvObjects(text: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text);
	if (!header) return [];
	return rows.map((r) => {
		if (r.length !== header.length) throw new Error(`a row of ${r.length} fields under ${header.length} columns`);
		return Object.fromEntries(header.map((h, i) => [h, r[i] as string]));
	});
}
