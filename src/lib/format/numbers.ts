/**
 * Numbers as Vietnamese writes them (vi-VN: "1.401,351"), signed changes and units.
 */

// One formatter for the whole process: building one costs far more than formatting a number.
const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

/** A number as Vietnamese writes it: "1.401,351", "48,7". */
export function formatNumber(n: number): string {
	// A map holds 0 and -0 as one key, which the formatter writes "0" and "-0".
	if (n === 0) return NUMBER.format(n);
	let text = WRITTEN.get(n);
	if (text === undefined) {
		text = NUMBER.format(n);
		// A site prints the same figures on many pages; the formatter costs a microsecond a call.
		if (WRITTEN.size >= WRITTEN_MAX) WRITTEN.clear();
		WRITTEN.set(n, text);
	}
	return text;
}

/** Numbers already written this process, at most `WRITTEN_MAX` (then forgotten, and begun again). */
const WRITTEN = new Map<number, string>();
export const WRITTEN_MAX = 50_000;

/** "+6", "−1.200" (a true minus sign), "0". */
export function formatSigned(n: number): string {
	if (n === 0) return '0';
	return `${n > 0 ? '+' : '−'}${formatNumber(Math.abs(n))}`;
}

/** A number followed by its unit: "527,3 ha", "56,4%", "217" (no unit). */
export function withUnit(text: string, unit: string): string {
	if (!unit) return text;
	return unit === '%' ? `${text}%` : `${text} ${unit}`;
}
