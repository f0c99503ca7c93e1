/**
 * `npm run --silent extract -- [--json] FILE|DIR …`: the facts of each article, extracted exactly
 * as the site build does. With --json, one JSON array on stdout (the extraction contract);
 * without, the facts for a person, each with the sentence it came from. Exit 1 when any file
 * could not be read or placed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toContract } from '../src/lib/article/contract.ts';
import { formatMessage } from '../src/lib/article/messages.ts';
import { type ProcessedArticle, processArticle, unreadable } from '../src/lib/article/process-article.ts';
import { formatVietnameseDate } from '../src/lib/dates/calendar.ts';
import { periodLabel } from '../src/lib/extract/title.ts';
import { formatNumber, INDICATOR_LABELS, KIND_LABELS, LEVEL_LABELS, ROLE_LABELS } from '../src/lib/labels.ts';
import type { Indicator } from '../src/schemas/briefing.ts';

const USAGE = 'usage: npm run --silent extract -- [--json] FILE|DIR [FILE|DIR …]';

function main(argv: readonly string[]): number {
	const json = argv.includes('--json');
	const paths = argv.filter((a) => a !== '--json');
	if (paths.length === 0 || paths.includes('--help') || paths.includes('-h')) {
		process.stderr.write(`${USAGE}\n`);
		return paths.length === 0 ? 2 : 0;
	}
	const articles = expand(paths).map(read);
	if (json) {
		process.stdout.write(`${JSON.stringify(articles.map(toContract), null, 2)}\n`);
	} else {
		process.stdout.write(articles.map(describe).join('\n'));
	}
	return articles.some((a) => a.status === 'quarantined') ? 1 : 0;
}

/** Files as given; a directory stands for the files in it (not hidden ones), sorted, as the site build reads them. */
function expand(paths: readonly string[]): string[] {
	return paths.flatMap((p) => {
		try {
			if (statSync(p).isDirectory()) {
				return readdirSync(p, { withFileTypes: true })
					.filter((e) => e.isFile() && !e.name.startsWith('.'))
					.map((e) => join(p, e.name))
					.sort();
			}
		} catch {
			// Not found: read() reports it in the file's own element.
		}
		return [p];
	});
}

function read(file: string): ProcessedArticle {
	try {
		return processArticle(file, readFileSync(file));
	} catch (e) {
		const reason = (e as NodeJS.ErrnoException).code ?? String(e);
		process.stderr.write(`${file}: cannot be read (${reason})\n`);
		return unreadable(file, reason);
	}
}

function quote(s: string | null | undefined): string {
	if (!s) return '';
	const one = s.replace(/\s+/g, ' ');
	return `\n      ← «${one.length > 220 ? `${one.slice(0, 217)}…` : one}»`;
}

function figure(i: Indicator): string {
	const parts: string[] = [];
	if (i.value !== undefined)
		parts.push(`${i.qualifier ? `${i.qualifier} ` : ''}${formatNumber(i.value)}${i.unit ? ` ${i.unit}` : ''}`);
	if (i.of !== undefined) parts.push(`trên tổng số ${formatNumber(i.of)}`);
	if (i.planPercent !== undefined) parts.push(`đạt ${formatNumber(i.planPercent)}% ${i.planBasis ?? 'kế hoạch'}`);
	if (i.yoyPercent !== undefined) parts.push(`bằng ${formatNumber(i.yoyPercent)}% cùng kỳ`);
	if (i.change !== undefined)
		parts.push(
			`${i.change < 0 ? 'giảm' : 'tăng'} ${formatNumber(Math.abs(i.change))}${i.changeUnit ? ` ${i.changeUnit}` : ''}`,
		);
	return parts.join('; ');
}

function describe(a: ProcessedArticle): string {
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
		`${f.district ?? '(nhiều huyện / không rõ)'}${f.districts.length > 1 ? `  (cả: ${f.districts.join(', ')})` : ''}`,
	);
	row('Loại tin:', `${KIND_LABELS[f.kind]} (${f.kind})`);
	row('Kỳ báo cáo:', `${f.period ? periodLabel(f.period) : '(không có)'}${quote(a.evidence.period)}`);
	lines.push(`  Quan chức (${f.officials.length}):`);
	for (const o of f.officials) {
		lines.push(`    • ${o.name} — ${o.title} (${LEVEL_LABELS[o.level]}, ${ROLE_LABELS[o.role]})${quote(o.sentence)}`);
	}
	lines.push(`  Chỉ tiêu (${f.indicators.length}):`);
	for (const i of f.indicators) {
		const key = i.key === 'other' ? i.label : `${INDICATOR_LABELS[i.key]} [${i.key}]`;
		lines.push(`    • ${key}: ${figure(i)}${quote(i.sentence)}`);
	}
	const s = f.source;
	row('Nguồn:', [s.outlet, s.author ? `tác giả ${s.author}` : null, s.url].filter(Boolean).join(' · ') || '(không rõ)');
	for (const m of a.messages) lines.push(`  ${m.severity === 'error' ? 'LỖI' : 'Lưu ý'}: ${formatMessage(m)}`);
	return `${lines.join('\n')}\n`;
}

process.exitCode = main(process.argv.slice(2));
