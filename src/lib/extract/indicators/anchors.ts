/**
 * Figures that name their own indicator by the words that hug the number: "16/33 chỉ tiêu …
 * đạt", "3 xã đạt chuẩn", "kết nạp 165 đảng viên", "trồng 1.388 ha rừng", "triển khai 100 dự
 * án", "13,69 tiêu chí/xã", "10% hộ nghèo".
 */
import type { IndicatorKey } from '../../../schemas/briefing.ts';
import { collapseSpaces } from '../../text/spaces.ts';
import type { Figure } from './figures.ts';
import { unitClass } from './vocabulary.ts';

/** The indicator a figure names itself. */
export interface Anchor {
	readonly key: IndicatorKey;
	/** Label in the article's words, lower case. */
	readonly label: string;
	/** A per cent that is the share itself ("100% số xã đạt chuẩn"), not a per cent of plan. */
	readonly share?: true;
}

// "16/33 chỉ tiêu thành phần … đạt và vượt", "27 chỉ tiêu đề ra đều đạt", "5 chỉ tiêu chưa đạt".
const TARGETS_AFTER = /[^;.,:()]{0,80}?(chưa\s+đạt|không\s+đạt|chưa\s+hoàn\s+thành|đạt|hoàn\s+thành|về\s+đích)/uy;
// "đạt và vượt 20/25 chỉ tiêu", "hoàn thành 18 chỉ tiêu".
const TARGETS_BEFORE =
	/(?<![\p{L}\p{M}])(?<!chưa\s|không\s)(?:đạt|hoàn\s+thành)(?:\s+và\s+(?:hoàn\s+thành\s+)?vượt)?\s*$/u;
const COMMUNES_AFTER =
	/(?:,\s*thị\s+trấn)?\s*(?:được\s+công\s+nhận\s+)?(?:đã\s+)?(?:đạt\s+chuẩn|về\s+đích)(\s+(?:nông\s+thôn\s+mới|ntm))?(?!\s+(?:nâng\s+cao|kiểu\s+mẫu))/uy;
const NEW_RURAL = /nông\s+thôn\s+mới|ntm/u;
const ADVANCED = /nâng\s+cao|kiểu\s+mẫu/u;
const AVERAGE = /bình\s+quân/u;
const FOREST_AFTER =
	/\s*(rừng(?:\s+(?:sản\s+xuất|phòng\s+hộ|tập\s+trung|mới|thay\s+thế|đặc\s+dụng|gỗ\s+lớn))*)(?![\p{L}\p{M}])/uy;
const PLANT_BEFORE = /(?<![\p{L}\p{M}])trồng(?:\s+(?:mới|được|thêm))*\s*$/u;
const ADMIT_BEFORE = /(?<![\p{L}\p{M}])kết\s+nạp(?:\s+(?:mới|thêm|được))*\s*$/u;
const RECRUIT_BEFORE = /(?<![\p{L}\p{M}])phát\s+triển(?:\s+(?:mới|thêm|được))*\s*$/u;
const NEW_AFTER = /\s+mới(?![\p{L}\p{M}])/uy;
const PROJECTS_BEFORE =
	/(?<![\p{L}\p{M}])(triển\s+khai|thực\s+hiện|khởi\s+công(?:\s+mới)?|đầu\s+tư(?:\s+xây\s+dựng)?|xây\s+dựng)(?:\s+(?:được|mới|thực\s+hiện|xây\s+dựng|đầu\s+tư))*\s*$/u;
// "100% số xã được công nhận đạt chuẩn NTM": the share of communes that reached the standard.
const COMMUNES_SHARE_AFTER =
	/\s*(?:số\s+)?xã(?:,\s*thị\s+trấn)?\s+(?:được\s+công\s+nhận\s+)?(?:đã\s+)?(?:đạt\s+chuẩn|về\s+đích)\s+(?:nông\s+thôn\s+mới|ntm)(?!\s+(?:nâng\s+cao|kiểu\s+mẫu))/uy;
const SCHOOLS_AFTER = /\s*(?:học\s+)?đạt\s+chuẩn\s+quốc\s+gia/uy;
const POOR_AFTER = /\s*(?:số\s+)?hộ\s+nghèo/uy;

/** `s` up to its first ";" or "." (all of it when it has neither). */
function beforeStop(s: string): string {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 59 || c === 46) return s.slice(0, i);
	}
	return s;
}

function sticky(re: RegExp, t: string, at: number): RegExpExecArray | null {
	re.lastIndex = at;
	return re.exec(t);
}

/**
 * The indicator figure `f` of `t` (a lower-case sentence) names by its own unit and the words
 * right around it, or null. `clause` is where the figure's clause starts. Negated counts ("5
 * chỉ tiêu chưa đạt") and advanced new-rural standards ("xã đạt chuẩn NTM nâng cao") name none.
 */
export function anchorOf(t: string, f: Figure, clause: number): Anchor | null {
	const before = t.slice(Math.max(0, f.lead - 40), f.lead);
	const unit = f.unit;
	if (unit === 'chỉ tiêu') {
		const after = sticky(TARGETS_AFTER, t, f.end);
		const verb = after?.[1];
		if (verb !== undefined && !/^(?:chưa|không)/u.test(verb)) {
			const exceeded = /vượt/u.test(beforeStop(t.slice(f.end, f.end + 120)));
			return { key: 'targets-met', label: exceeded ? 'chỉ tiêu đạt và vượt kế hoạch' : 'chỉ tiêu đạt kế hoạch' };
		}
		if (verb === undefined && TARGETS_BEFORE.test(before))
			return { key: 'targets-met', label: 'chỉ tiêu đạt kế hoạch' };
		return null;
	}
	if (unit === 'xã') {
		const m = sticky(COMMUNES_AFTER, t, f.end);
		if (m && (m[1] !== undefined || (NEW_RURAL.test(t) && !ADVANCED.test(t)))) {
			return { key: 'new-rural-communes', label: 'xã đạt chuẩn nông thôn mới' };
		}
		return null;
	}
	if (unit === 'tiêu chí/xã' || (unit === 'tiêu chí' && AVERAGE.test(t.slice(clause, f.lead)))) {
		return { key: 'new-rural-criteria', label: 'bình quân tiêu chí/xã' };
	}
	if (unitClass(unit) === 'area' && before.includes('trồng') && PLANT_BEFORE.test(before)) {
		const m = sticky(FOREST_AFTER, t, f.end);
		if (m?.[1] !== undefined) return { key: 'afforestation', label: `trồng ${collapseSpaces(m[1])}` };
	}
	// Each pattern before the figure names its verb: the pattern runs only when the verb is there.
	if (before.includes('nạp') && ADMIT_BEFORE.test(before) && (unitClass(unit) === 'count' || unit === null)) {
		const noun = unit ?? 'đảng viên';
		return { key: 'party-admissions', label: `kết nạp ${noun}${sticky(NEW_AFTER, t, f.end) ? ' mới' : ''}` };
	}
	if (unit === 'đảng viên' && RECRUIT_BEFORE.test(before)) {
		return { key: 'party-admissions', label: `phát triển đảng viên${sticky(NEW_AFTER, t, f.end) ? ' mới' : ''}` };
	}
	if (unit === 'dự án' || unit === 'công trình') {
		const m = PROJECTS_BEFORE.exec(before);
		if (m?.[1] !== undefined) return { key: 'investment-projects', label: `${collapseSpaces(m[1])} ${unit}` };
		return null;
	}
	if ((unit === 'trường' || unit === '%') && sticky(SCHOOLS_AFTER, t, f.end)) {
		return { key: 'standard-schools', label: 'trường đạt chuẩn quốc gia' };
	}
	if (unit === '%' && sticky(POOR_AFTER, t, f.end)) return { key: 'poverty-rate', label: 'tỷ lệ hộ nghèo' };
	if (unit === '%' && sticky(COMMUNES_SHARE_AFTER, t, f.end)) {
		return { key: 'new-rural-communes', label: 'tỷ lệ xã đạt chuẩn nông thôn mới', share: true };
	}
	return null;
}
