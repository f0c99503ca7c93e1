/**
 * Progress of a long step (articles extracted, pages rendered, pages indexed) without flooding the
 * log: `tick` prints the line it is given at most once every `intervalMs`, the first time only
 * after that much time has passed, so a short step prints nothing. The line is computed only
 * when printed.
 */
export function throttled(
	print: (line: string) => void,
	intervalMs = 5000,
	now: () => number = Date.now,
): (line: () => string) => void {
	let last = now();
	return (line) => {
		const t = now();
		if (t - last < intervalMs) return;
		last = t;
		print(line());
	};
}
