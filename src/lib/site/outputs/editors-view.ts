/**
 * The editors' page: the files that need someone, each problem with what it is and how to fix
 * it in Vietnamese (from the message catalog), and where in the file it is.
 */
import { CATALOG, whereVi } from '../../article/messages.ts';
import type { BuildReport } from './build-report.ts';

export interface EditorProblem {
	readonly severity: 'error' | 'warning';
	/** What it is, in Vietnamese ("Huyện không có trong danh mục"). */
	readonly title: string;
	/** How to fix it, in Vietnamese. */
	readonly fix: string;
	/** The specific finding, in Vietnamese ('"Nậm Pồoo" không phải tên huyện …'). */
	readonly detail: string;
	/** "dòng 3, trường district", or empty. */
	readonly where: string;
	readonly code: string;
}

export interface EditorFile {
	readonly file: string;
	readonly id: string;
	readonly status: BuildReport['files'][number]['status'];
	readonly problems: readonly EditorProblem[];
}

export interface EditorsView {
	readonly summary: BuildReport['summary'];
	/** Quarantined files and duplicates: not on the site until fixed. */
	readonly held: readonly EditorFile[];
	/** Published, with something to check. */
	readonly warned: readonly EditorFile[];
}

/** The editors' view of a build report. */
export function editorsView(report: BuildReport): EditorsView {
	const files = report.files.map((f) => ({
		file: f.file,
		id: f.id,
		status: f.status,
		problems: f.messages.map((m) => {
			return {
				severity: m.severity,
				title: CATALOG[m.code].vi.title,
				fix: m.vi.hint,
				detail: m.vi.message,
				where: whereVi(m),
				code: m.code,
			};
		}),
	}));
	return {
		summary: report.summary,
		held: files.filter((f) => f.status === 'quarantined' || f.status === 'duplicate'),
		warned: files.filter((f) => f.status === 'warning'),
	};
}
