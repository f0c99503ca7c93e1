/**
 * The facts of an article for a person to review, with Vietnamese labels and the sentence each
 * came from: what `npm run extract` prints without --json, and `npm run new` after an import.
 */

import type { Indicator } from '../../schemas/briefing.ts';
import { formatPeriod, formatVietnameseDate } from '../format/dates.ts';
import { INDICATOR_LABELS, KIND_LABELS, LEVEL_LABELS, ROLE_LABELS } from '../format/enum-names.ts';
import { withHedge } from '../format/indicators.ts';
import { formatNumber } from '../format/numbers.ts';
import { formatMessageVi } from './messages.ts';
import type { ProcessedArticle } from './process-article.ts';

function quote(s: string | null | undefined): string {
	if (!s) return '';
	const one = s.replace(/\s+/g, ' ');
	return `\n      ← «${one.length > 220 ? `${one.slice(0, 217)}…` : one}»`;
}

function figure(i: Indicator): string {
	const h = (m: 'value' | 'planPercent' | 'yoyPercent' | 'change', text: string) => withHedge(text, i.hedges?.[m]);
	const parts: string[] = [];
	if (i.value !== undefined) parts.push(h('value', `${formatNumber(i.value)}${i.unit ? ` ${i.unit}` : ''}`));
	if (i.of !== undefined) parts.push(`trên tổng số ${formatNumber(i.of)}`);
	// The basis sits inside a hedge around the number: "đạt từ 70% kế hoạch trở lên".
	if (i.planPercent !== undefined)
		parts.push(`đạt ${h('planPercent', `${formatNumber(i.planPercent)}% ${i.planBasis ?? 'kế hoạch'}`)}`);
	if (i.yoyPercent !== undefined) parts.push(`bằng ${h('yoyPercent', `${formatNumber(i.yoyPercent)}%`)} cùng kỳ`);
	if (i.change !== undefined)
		parts.push(
			`${i.change < 0 ? 'giảm' : 'tăng'} ${h('change', `${formatNumber(Math.abs(i.change))}${i.changeUnit ? ` ${i.changeUnit}` : ''}`)}`,
		);
	if (i.target) parts.push('(ngưỡng phải đạt, không phải kết quả)');
	return parts.join('; ');
}

/** The article's facts, one per line, then its messages; ends with a newline. */
export function describeArticle(a: ProcessedArticle): string {
	const f = a.facts;
	const lines = [`${a.file}  [${a.status}]`];
	const row = (label: string, value: string) => lines.push(`  ${label.padEnd(12)} ${value}`);
	row('Tiêu đề:', f.title);
	row(
		'Ngày:',
		`${f.date ? formatVietnameseDate(f.date) : '(không rõ)'}${a.time ? `, ${a.time}` : ''}${quote(a.evidence.date)}`,
	);
	row('Tỉnh:', f.province ?? '(không rõ)');
	row(
		'Huyện:',
		`${f.district ?? '(nhiều huyện / không rõ)'}${f.districts.length > 1 ? `  (cả: ${f.districts.join(', ')})` : ''}${
			// The sentence extraction read it from; a district set in frontmatter has none.
			f.district && !a.overridden.includes('district') ? quote(a.evidence.district ?? null) : ''
		}`,
	);
	row('Loại tin:', `${KIND_LABELS[f.kind]} (${f.kind})${quote(a.evidence.kind ?? null)}`);
	row('Kỳ báo cáo:', `${f.period ? formatPeriod(f.period) : '(không có)'}${quote(a.evidence.period)}`);
	lines.push(`  Quan chức (${f.officials.length}):`);
	for (const o of f.officials) {
		lines.push(`    • ${o.name} — ${o.title} (${LEVEL_LABELS[o.level]}, ${ROLE_LABELS[o.role]})${quote(o.sentence)}`);
	}
	lines.push(`  Chỉ tiêu (${f.indicators.length}):`);
	for (const i of f.indicators) {
		const name = i.key === 'other' ? i.label : `${INDICATOR_LABELS[i.key]} [${i.key}]`;
		const key = i.district ? `${name} — ${i.district}` : name;
		lines.push(`    • ${key}: ${figure(i)}${quote(i.sentence)}`);
	}
	const s = f.source;
	row('Nguồn:', [s.outlet, s.author ? `tác giả ${s.author}` : null, s.url].filter(Boolean).join(' · ') || '(không rõ)');
	for (const m of a.messages) lines.push(`  ${m.severity === 'error' ? 'LỖI' : 'Lưu ý'}: ${formatMessageVi(m)}`);
	return `${lines.join('\n')}\n`;
}
