/**
 * The small bar under a "% of plan" figure (the IndicatorTable's cells), written as text: the
 * track runs to 150%, the plan (100%) is marked. Decorative: the figure is written next to it.
 * A hedged figure ("gần", "dưới") is drawn paler: the article gives no exact end. A figure past
 * the track's end (182%) is drawn broken, with an arrow at the end, so 182% and 188% never look
 * like the track's 150%. Nothing in it comes from an article but numbers.
 */
import { planBar } from './chart-geometry.ts';

/** The bar's `<svg>` for `percent` of plan, paler when the figure has a `hedge`. */
export function planBarHtml(percent: number, hedge: string | undefined): string {
	const g = planBar(percent);
	return (
		`<svg class="planbar${hedge ? ' planbar--hedged' : ''}${g.over ? ' planbar--over' : ''}" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
		`<rect class="planbar__track" width="100" height="8"></rect><rect class="planbar__fill" width="${g.over ? 94 : g.width}" height="8"></rect>` +
		(g.over
			? '<polygon class="planbar__break" points="84,0 87,0 85,8 82,8"></polygon><polygon class="planbar__fill planbar__arrow" points="94,-1 100,4 94,9"></polygon>'
			: '') +
		`<line class="planbar__mark" x1="${g.mark}" x2="${g.mark}" y1="-2" y2="10" vector-effect="non-scaling-stroke"></line></svg>`
	);
}
