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
	const count = <T>(list: readonly T[], t: T) => list.filter((x) => x === t).length;
	const groups = indicators.map(groupOf);
	// Most articles give each indicator once: nothing to name, and no wording to compare (every
	// briefing's page asks).
	if (new Set(groups).size === groups.length) return groups.map(() => null);
	const names = indicators.map((i) =>
		[`“${i.label}”`, i.planBasis && `so với ${i.planBasis}`].filter(Boolean).join(', '),
	);
	// Twins with the same wording and basis (case aside): their order in the article tells them apart.
	const twins = names.map((n, k) => `${groups[k]}|${matchKey(n)}`);
	return names.map((n, k) => {
		if (count(groups, groups[k]) < 2) return null;
		const same = twins[k] as string;
		return count(twins, same) > 1 ? `${n} (lần nêu thứ ${count(twins.slice(0, k), same) + 1})` : n;
	});
}
