/**
 * The editors' page: the files that need someone, each with its headline and the page it is
 * published at (or leads to), each problem with what it is and how to fix it in Vietnamese (from
 * the message catalog) and where in the file it is, and the frontmatter to paste that fixes what
 * frontmatter can fix (`frontmatterFixes`, as `npm run new` prints it, commented in Vietnamese).
 */
import { frontmatterBlock, frontmatterFixes } from '../../article/import.ts';
import { CATALOG, type MessageCode, whereVi } from '../../article/messages.ts';
import type { ReportRow } from '../model/types.ts';
import { paths } from '../paths.ts';
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
	readonly code: MessageCode;
}

export interface EditorFile {
	readonly file: string;
	readonly id: string;
	/** The headline as the site shows it (made from the facts when the file has none). */
	readonly title: string;
	/** The page the file is published at, or its copy leads to; null while it is held back. */
	readonly path: string | null;
	/** A frontmatter block that fixes what frontmatter can fix, or null when none would. */
	readonly snippet: string | null;
	readonly status: BuildReport['files'][number]['status'];
	readonly problems: readonly EditorProblem[];
}

/** One kind of problem (a message code) and how many files have it. */
export interface EditorKind {
	readonly code: MessageCode;
	readonly severity: 'error' | 'warning';
	/** What it is, in Vietnamese. */
	readonly title: string;
	/** How to fix it in general, in Vietnamese (a file's own problem may say more). */
	readonly fix: string;
	/** Files with at least one problem of this kind. */
	readonly files: number;
}

export interface EditorsView {
	readonly summary: BuildReport['summary'];
	/** Every kind of problem found, errors first, then the commonest first. */
	readonly kinds: readonly EditorKind[];
	/** Quarantined files and duplicates: not on the site until fixed. */
	readonly held: readonly EditorFile[];
	/** Published, with something to check. */
	readonly warned: readonly EditorFile[];
}

/** The editors' view of a build report, with the report's rows (`model.report`) for headlines and fixes. */
export function editorsView(report: BuildReport, rows: readonly ReportRow[]): EditorsView {
	const rowById = new Map(rows.map((r) => [r.id, r]));
	const files = report.files.map((f) => {
		const row = rowById.get(f.id);
		const fixes = row
			? frontmatterFixes({ facts: { title: row.entry.title, province: row.entry.province }, messages: f.messages })
			: [];
		const target = f.status === 'duplicate' ? (row?.duplicateOf ?? null) : f.status === 'quarantined' ? null : f.id;
		return {
			file: f.file,
			id: f.id,
			title: row?.entry.title ?? f.file,
			path: target ? paths.briefing(target) : null,
			snippet: fixes.length > 0 ? frontmatterBlock(fixes, 'vi') : null,
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
		};
	});
	return {
		summary: report.summary,
		kinds: kindsOf(files),
		held: files.filter((f) => f.status === 'quarantined' || f.status === 'duplicate'),
		warned: files.filter((f) => f.status === 'warning'),
	};
}

function kindsOf(files: readonly EditorFile[]): EditorKind[] {
	const kinds = new Map<MessageCode, { -readonly [K in keyof EditorKind]: EditorKind[K] }>();
	for (const f of files) {
		const seen = new Set<MessageCode>();
		for (const p of f.problems) {
			if (seen.has(p.code)) continue;
			seen.add(p.code);
			const kind = kinds.get(p.code);
			if (kind) kind.files++;
			else {
				const { title, fix } = CATALOG[p.code].vi;
				kinds.set(p.code, { code: p.code, severity: p.severity, title, fix, files: 1 });
			}
		}
	}
	const rank = (k: EditorKind) => (k.severity === 'error' ? 0 : 1);
	return [...kinds.values()].sort((a, b) => rank(a) - rank(b) || b.files - a.files || a.code.localeCompare(b.code));
}
