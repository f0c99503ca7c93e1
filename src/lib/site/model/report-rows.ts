/**
 * What became of every article file: its status, and for a copy of an earlier file the
 * briefing it repeats.
 */
import type { CollectionItem, ReportRow } from './types.ts';

/** Report status of every entry; the first file (in path order) of a set of identical texts is the original. */
export function reportRows(items: readonly CollectionItem[]): ReportRow[] {
	const sorted = [...items].sort((a, b) => a.data.file.localeCompare(b.data.file));
	const firstByText = new Map<string, string>();
	return sorted.map((item) => {
		const fp = item.data.fingerprint;
		const original = fp ? firstByText.get(fp) : undefined;
		if (fp && !original && item.data.status !== 'quarantined') firstByText.set(fp, item.id);
		if (original) return { id: item.id, entry: item.data, status: 'duplicate', duplicateOf: original };
		return { id: item.id, entry: item.data, status: item.data.status, duplicateOf: null };
	});
}

/** The rows that are on the site: published, with or without warnings. */
export function publishedRows(report: readonly ReportRow[]): ReportRow[] {
	return report.filter((r) => r.status === 'published' || r.status === 'warning');
}
