/**
 * Frontmatter fields an editor set: validated one by one against the facts schema, so that a
 * wrong field is reported (file, field, line, nearest valid value) and the right ones still
 * apply.
 */
import { type Overrides, OverridesSchema, ownMessageInVietnamese } from '../../schemas/briefing.ts';
import { vietnameseIssues } from '../../schemas/vietnamese-issues.ts';
import type { District, Province } from '../places/gazetteer.ts';
import { checkDistrict, checkProvince, nearest } from '../places/suggest.ts';
import { type ArticleMessage, articleMessage } from './messages.ts';

export interface CheckedOverrides {
	readonly values: Overrides;
	readonly province: Province | null;
	readonly district: District | null;
	/** Extra districts the editor listed, resolved. */
	readonly districts: readonly District[] | null;
	readonly messages: readonly ArticleMessage[];
}

/** How to write each field, in Vietnamese. */
const FIELD_HINTS_VI: Readonly<Record<string, string>> = {
	date: 'Viết ngày dạng YYYY-MM-DD, ví dụ date: 2024-11-19.',
	kind: 'Dùng một trong: working-visit, party-meeting, council-meeting, other.',
	period: 'Viết dạng period: { year: 2024, months: 9 } với months là 3, 6, 9 hoặc 12.',
	officials:
		'Mỗi quan chức cần name, title, level (national | province | district | commune) và role (lead | speaker | participant).',
	indicators: 'Mỗi chỉ tiêu cần key và label; số viết dạng số thường (1401.351, không phải "1.401,351").',
	source: 'Viết dạng source: { outlet: …, url: https://…, author: … }.',
	slug: 'Dùng chữ thường không dấu, chữ số và một dấu gạch nối, ví dụ slug: nam-po-2024-11.',
};

const FIELD_HINTS: Readonly<Record<string, string>> = {
	date: 'Write the day as YYYY-MM-DD, e.g. date: 2024-11-19.',
	kind: 'Use one of: working-visit, party-meeting, council-meeting, other.',
	period: 'Write it as period: { year: 2024, months: 9 } with months 3, 6, 9 or 12.',
	officials:
		'Each official needs name, title, level (national | province | district | commune) and role (lead | speaker | participant).',
	indicators: 'Each indicator needs key and label, and numbers written as plain numbers (1401.351, not "1.401,351").',
	source: 'Write it as source: { outlet: …, url: https://…, author: … }.',
	slug: 'Use lower-case ASCII letters, digits and single hyphens, e.g. slug: nam-po-2024-11.',
};

/** Validates the frontmatter mapping field by field. `lineOf` gives a field's line in the file. */
export function checkOverrides(
	file: string,
	data: Readonly<Record<string, unknown>>,
	lineOf: (field: string) => number | undefined,
): CheckedOverrides {
	const messages: ArticleMessage[] = [];
	const values: Record<string, unknown> = {};
	const shape = OverridesSchema.shape as Record<string, { safeParse(v: unknown, params?: unknown): SafeParse }>;
	const known = Object.keys(shape);
	for (const [field, value] of Object.entries(data)) {
		const where = { field, ...lineAt(lineOf(field)) };
		// Own fields only: a key such as "toString" or "constructor" is not a field.
		const schema = Object.hasOwn(shape, field) ? shape[field] : undefined;
		if (!schema) {
			const guess = nearest(field, known);
			messages.push(
				articleMessage(
					'unknown-field',
					file,
					`unknown frontmatter field "${field}"${guess ? `; did you mean "${guess}"?` : ''}`,
					{
						...where,
						hint: `Fields: ${known.join(', ')}.`,
						vi: `Không có trường khai báo "${field}"${guess ? `; có phải "${guess}"?` : ''}`,
						viHint: `Các trường: ${known.join(', ')}.`,
					},
				),
			);
			continue;
		}
		const parsed = schema.safeParse(value);
		if (parsed.success) {
			values[field] = parsed.data;
			continue;
		}
		// The same issues again, worded by zod's Vietnamese locale, for editors.
		const inVietnamese = schema.safeParse(value, { error: vietnameseIssues }).error?.issues ?? [];
		for (const [i, issue] of parsed.error.issues.slice(0, 3).entries()) {
			const path = [field, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('');
			const suggestion = enumSuggestion(issue, valueAt(value, issue.path));
			messages.push(
				articleMessage(
					'frontmatter-field',
					file,
					`frontmatter field "${path.replace(/\.\[/g, '[')}" is invalid: ${issue.message}${suggestion}`,
					{
						...where,
						field: path,
						hint: FIELD_HINTS[field] ?? 'Correct the value or remove the field.',
						vi: `Trường "${path.replace(/\.\[/g, '[')}" không hợp lệ: ${ownMessageInVietnamese(issue.message) ?? inVietnamese[i]?.message ?? issue.message}${suggestion.replace('did you mean', 'có phải')}`,
						...(FIELD_HINTS_VI[field] ? { viHint: FIELD_HINTS_VI[field] } : {}),
					},
				),
			);
		}
	}
	const placed = checkPlaces(file, values as Overrides, lineOf, messages);
	return { values: values as Overrides, ...placed, messages };
}

interface SafeParse {
	success: boolean;
	data?: unknown;
	error: { issues: readonly Issue[] };
}

interface Issue {
	readonly code: string;
	readonly message: string;
	readonly path: readonly PropertyKey[];
	readonly values?: readonly unknown[];
}

function lineAt(line: number | undefined): { line?: number } {
	return line === undefined ? {} : { line };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
	let v = value;
	for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
	return v;
}

function enumSuggestion(issue: Issue, got: unknown): string {
	if (issue.code !== 'invalid_value' || !issue.values || typeof got !== 'string') return '';
	const guess = nearest(got.replace(/_/g, '-'), issue.values.map(String));
	return guess ? `; did you mean "${guess}"?` : '';
}

function checkPlaces(
	file: string,
	values: Overrides,
	lineOf: (field: string) => number | undefined,
	messages: ArticleMessage[],
): Omit<CheckedOverrides, 'values' | 'messages'> {
	let province: Province | null = null;
	let district: District | null = null;
	let districts: District[] | null = null;
	const drop = (field: 'province' | 'district' | 'districts') => {
		delete (values as Record<string, unknown>)[field];
	};
	if (values.province) {
		const c = checkProvince(values.province);
		if (c.ok) province = c.value;
		else {
			messages.push(
				articleMessage(c.code, file, c.message, { field: 'province', vi: c.vi, ...lineAt(lineOf('province')) }),
			);
			drop('province');
		}
	}
	if (values.district) {
		const c = checkDistrict(values.district, province);
		if (c.ok) {
			district = c.value;
		} else {
			messages.push(
				articleMessage(c.code, file, c.message, { field: 'district', vi: c.vi, ...lineAt(lineOf('district')) }),
			);
			drop('district');
		}
	}
	if (values.districts) {
		districts = [];
		values.districts.forEach((name, i) => {
			const c = checkDistrict(name, province ?? null);
			if (c.ok) districts?.push(c.value);
			else
				messages.push(
					articleMessage(c.code, file, c.message, {
						field: `districts[${i}]`,
						vi: c.vi,
						...lineAt(lineOf('districts')),
					}),
				);
		});
	}
	return { province, district, districts };
}
