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

/** The lines printed at the end of a build: totals, then each file that needs an editor. */
export function reportLines(report: BuildReport): string[] {
	const s = report.summary;
	const lines = [
		`${s.files} article files: ${s.published} published, ${s.warning} published with warnings, ${s.quarantined} quarantined, ${s.duplicate} duplicates`,
	];
	for (const f of report.files) {
		if (f.status === 'published') continue;
		lines.push(`  ${f.status.toUpperCase()} ${f.file}`);
		for (const m of f.messages) {
			const at = m.line !== undefined ? `line ${m.line}` : '';
			const field = m.field !== undefined ? `field ${m.field}` : '';
			const where = [at, field].filter(Boolean).join(', ');
			lines.push(`    ${m.severity}${where ? ` (${where})` : ''}: ${m.message} — ${m.hint} [${m.code}]`);
		}
	}
	return lines;
}
