/**
 * Names that tell apart the rows of a facts table when an article gives the same indicator
 * more than once ("thu ngân sách … đạt 188% dự toán tỉnh giao; … đạt 182% dự toán huyện giao"):
 * each repeated row is named by its own wording and the plan it is measured against, and, when
 * that still does not tell two apart, by its place in the article ("lần nêu thứ 2").
 */
import type { Indicator } from '../../../schemas/briefing.ts';
import { matchKey } from '../../text/fold.ts';

/** What one row is, among rows of the same indicator for the same place. */
const groupOf = (i: Indicator) => `${i.key === 'other' ? `other:${matchKey(i.label)}` : i.key}|${i.district ?? ''}`;

/**
 * For each indicator, in order: the words that set its row apart from the other rows of the
 * same indicator and place ("“thu ngân sách”, so với dự toán tỉnh giao"), or null when it has
 * no such twin.
 */
export function repeatNames(indicators: readonly Indicator[]): (string | null)[] {
	const groups = new Map<string, number>();
	for (const i of indicators) groups.set(groupOf(i), (groups.get(groupOf(i)) ?? 0) + 1);
	const names = indicators.map((i) => {
		if ((groups.get(groupOf(i)) ?? 0) < 2) return null;
		return [`“${i.label}”`, i.planBasis && `so với ${i.planBasis}`].filter(Boolean).join(', ');
	});
	// Twins with the same wording and basis: their order in the article tells them apart.
	const seen = new Map<string, number>();
	return names.map((n, k) => {
		if (n === null) return null;
		const same = `${groupOf(indicators[k] as Indicator)}|${n}`;
		const twins = names.filter(
			(m, j) => m === n && groupOf(indicators[j] as Indicator) === groupOf(indicators[k] as Indicator),
		).length;
		const nth = (seen.get(same) ?? 0) + 1;
		seen.set(same, nth);
		return twins > 1 ? `${n} (lần nêu thứ ${nth})` : n;
	});
}
