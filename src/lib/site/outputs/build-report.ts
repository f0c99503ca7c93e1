/**
 * The build report: what became of every article file, for `dist/data/build-report.json`, the
 * summary printed at the end of the build and the editors' page.
 */
import type { ArticleMessage } from '../../../schemas/message.ts';
import { CATALOG } from '../../article/messages.ts';
import type { ReportRow, ReportStatus } from '../model/types.ts';

export interface BuildReport {
	/** Count of files per status. */
	readonly summary: Readonly<Record<ReportStatus, number>> & { readonly files: number };
	readonly files: readonly {
		readonly file: string;
		readonly id: string;
		readonly status: ReportStatus;
		/** For a duplicate: the file it repeats. */
		readonly duplicateOf?: string;
		readonly messages: readonly Omit<ArticleMessage, 'file'>[];
	}[];
}

/** The report of the rows, in file order. */
export function buildReport(rows: readonly ReportRow[]): BuildReport {
	const byId = new Map(rows.map((r) => [r.id, r]));
	const summary = { files: rows.length, published: 0, warning: 0, quarantined: 0, duplicate: 0 };
	const files = rows.map((r) => {
		summary[r.status]++;
		const original = r.duplicateOf ? byId.get(r.duplicateOf)?.entry.file : undefined;
		const messages = r.entry.messages.map(({ file: _file, ...m }) => m);
		if (original) {
			messages.push({
				code: 'duplicate',
				severity: 'error',
				message: `the same text as ${original}, which is published; this copy is not (its address leads there)`,
				hint: CATALOG.duplicate.hint,
				vi: {
					message: `Cùng nội dung với ${original}, bài đó được đăng; bản này thì không (địa chỉ của nó dẫn sang bài kia)`,
					hint: CATALOG.duplicate.vi.fix,
				},
			});
		}
		return {
			file: r.entry.file,
			id: r.id,
			status: r.status,
			...(original ? { duplicateOf: original } : {}),
			messages,
		};
	});
	return { summary, files };
}

/** Warned files of one code listed one by one up to this many; past it, one line with a count. */
export const WARNINGS_LISTED = 3;

/**
 * The lines printed at the end of a build: totals; each held file (quarantined, duplicate) with
 * every message; then the warnings by code, each code's files in full when there are at most
 * {@link WARNINGS_LISTED}, else one line with their count and the first of them, so that a large
 * archive's log stays readable (every file is in the report and on the editors' page).
 */
export function reportLines(report: BuildReport): string[] {
	const s = report.summary;
	const lines = [
		`${s.files} article files: ${s.published} published, ${s.warning} published with warnings, ${s.quarantined} quarantined, ${s.duplicate} duplicates`,
	];
	for (const f of report.files) {
		if (f.status !== 'quarantined' && f.status !== 'duplicate') continue;
		lines.push(`  ${f.status.toUpperCase()} ${f.file}`);
		for (const m of f.messages) lines.push(`    ${messageLine(m)}`);
	}
	const warned = new Map<string, { file: string; message: ReportMessage }[]>();
	for (const f of report.files) {
		if (f.status !== 'warning') continue;
		for (const m of f.messages) {
			const list = warned.get(m.code) ?? [];
			list.push({ file: f.file, message: m });
			warned.set(m.code, list);
		}
	}
	for (const [code, list] of warned) {
		if (list.length <= WARNINGS_LISTED) {
			for (const { file, message } of list) lines.push(`  WARNING ${file}`, `    ${messageLine(message)}`);
			continue;
		}
		const first = list.slice(0, WARNINGS_LISTED).map((x) => x.file);
		lines.push(
			`  WARNING [${code}] ${list.length} files (${first.join(', ')}, …): ${list[0]?.message.hint ?? ''} See data/build-report.json or /bien-tap/.`,
		);
	}
	return lines;
}

type ReportMessage = BuildReport['files'][number]['messages'][number];

function messageLine(m: ReportMessage): string {
	const at = m.line !== undefined ? `line ${m.line}` : '';
	const field = m.field !== undefined ? `field ${m.field}` : '';
	const where = [at, field].filter(Boolean).join(', ');
	return `${m.severity}${where ? ` (${where})` : ''}: ${m.message} — ${m.hint} [${m.code}]`;
}
