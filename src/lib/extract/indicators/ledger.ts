/**
 * The indicators of one article as they are found, with repeats dropped: a figure restated in a
 * caption, the headline or a later paragraph is counted once, where it was first reported.
 */
import type { Indicator, IndicatorKey } from '../../../schemas/briefing.ts';

/** An indicator being built; fields stay undefined until a figure sets them. */
export interface Draft {
	key: IndicatorKey;
	label: string;
	value: number | undefined;
	unit: string | undefined;
	of: number | undefined;
	qualifier: string | undefined;
	planPercent: number | undefined;
	planBasis: string | undefined;
	yoyPercent: number | undefined;
	change: number | undefined;
	changeUnit: string | undefined;
	/** The place a ranking entry is about, as written ("huyện Hoài Ân"). */
	place: string | undefined;
	/** Display text of the source sentence. */
	sentence: string;
	/** Offset of the first figure in the article: the output order. */
	pos: number;
}

/** A new draft with no figure yet. */
export function draft(key: IndicatorKey, label: string, sentence: string, pos: number): Draft {
	return {
		key,
		label,
		value: undefined,
		unit: undefined,
		of: undefined,
		qualifier: undefined,
		planPercent: undefined,
		planBasis: undefined,
		yoyPercent: undefined,
		change: undefined,
		changeUnit: undefined,
		place: undefined,
		sentence,
		pos,
	};
}

type Field = 'value' | 'planPercent' | 'yoyPercent' | 'change';
const FIELDS: readonly Field[] = ['value', 'planPercent', 'yoyPercent', 'change'];

/** True when the draft states at least one figure. */
function hasFigure(d: Draft): boolean {
	return FIELDS.some((f) => d[f] !== undefined) || d.of !== undefined;
}

// Fields that travel with a figure when it is moved or dropped.
function move(from: Draft, to: Draft, f: Field): void {
	if (f === 'value') {
		to.value = from.value;
		to.unit = from.unit;
		to.of = from.of;
	} else if (f === 'planPercent') {
		to.planPercent = from.planPercent;
		to.planBasis = from.planBasis;
	} else if (f === 'change') {
		to.change = from.change;
		to.changeUnit = from.changeUnit;
	} else {
		to.yoyPercent = from.yoyPercent;
	}
	if (to.qualifier === undefined && from.qualifier !== undefined) to.qualifier = from.qualifier;
}

function identity(d: Draft): string {
	const what = d.key === 'other' ? `other:${d.label.toLowerCase()}` : d.key;
	// Two places' figures are never repeats of each other, equal as they may be.
	return d.place === undefined ? what : `${what}@${d.place}`;
}

// A headline or caption rounds what the body states exactly ("trên 21%" for 21,14%).
function near(a: number, b: number): boolean {
	return Math.abs(a - b) <= Math.max(1, 0.02 * Math.abs(b));
}

function exactKey(id: string, f: Field): string {
	return `${f}\u0000${id}`;
}

/** The indicators of one article, repeats merged away. */
export class Ledger {
	readonly drafts: Draft[] = [];

	/**
	 * Adds a draft. Each of its figures already recorded for the same key (exactly, or nearly
	 * when `restated` is set for headline, heading and caption text) is dropped; the draft's
	 * other figures join the draft that holds the repeat when it has room for them, or else stay
	 * in a draft of their own.
	 */
	add(d: Draft, restated: boolean): void {
		const id = identity(d);
		let holder: Draft | undefined;
		const fresh: Field[] = [];
		for (const f of FIELDS) {
			const v = d[f];
			if (v === undefined) continue;
			const found = restated ? this.#near(id, f, v) : this.#exact.get(exactKey(id, f))?.get(v)?.draft;
			if (found) holder ??= found;
			else fresh.push(f);
		}
		if (holder === undefined) {
			if (hasFigure(d)) this.#push(d, id);
			return;
		}
		const rest = draft(d.key, d.label, d.sentence, d.pos);
		rest.place = d.place;
		for (const f of fresh) {
			const to: Draft = holder[f] === undefined ? holder : rest;
			move(d, to, f);
			if (to === holder) this.#note(holder, id, f);
		}
		if (hasFigure(rest)) this.#push(rest, id);
	}

	// A repeat is looked up, not searched for among every draft: an article of many figures
	// stays linear. Exact repeats by value; near ones (restatements) among the drafts of the
	// same indicator only.
	readonly #byId = new Map<string, Draft[]>();
	readonly #order = new Map<Draft, number>();
	/** For an indicator and field, each value's first draft in article order, with that order. */
	readonly #exact = new Map<string, Map<number, { draft: Draft; order: number }>>();

	/** The first draft of indicator `id` whose field `f` is near `v`. */
	#near(id: string, f: Field, v: number): Draft | undefined {
		return this.#byId.get(id)?.find((o) => {
			const w = o[f];
			return w !== undefined && near(w, v);
		});
	}

	/** Records the value of field `f` of `d`, a draft of indicator `id`. */
	#note(d: Draft, id: string, f: Field): void {
		const v = d[f];
		if (v === undefined) return;
		const key = exactKey(id, f);
		let values = this.#exact.get(key);
		if (values === undefined) {
			values = new Map();
			this.#exact.set(key, values);
		}
		const order = this.#order.get(d) as number;
		const first = values.get(v);
		if (first === undefined || first.order > order) values.set(v, { draft: d, order });
	}

	#push(d: Draft, id: string): void {
		this.#order.set(d, this.drafts.length);
		this.drafts.push(d);
		let list = this.#byId.get(id);
		if (list === undefined) {
			list = [];
			this.#byId.set(id, list);
		}
		list.push(d);
		for (const f of FIELDS) this.#note(d, id, f);
	}

	/** The indicators in article order, optional fields left out when unset. */
	indicators(): Indicator[] {
		return [...this.drafts].sort((a, b) => a.pos - b.pos).map(toIndicator);
	}
}

/** The schema's object for a draft: only set fields are present. */
function toIndicator(d: Draft): Indicator {
	const out: Indicator = { key: d.key, label: d.label };
	if (d.value !== undefined) out.value = d.value;
	if (d.unit !== undefined) out.unit = d.unit;
	if (d.planPercent !== undefined) out.planPercent = d.planPercent;
	if (d.planBasis !== undefined) out.planBasis = d.planBasis;
	if (d.yoyPercent !== undefined) out.yoyPercent = d.yoyPercent;
	if (d.change !== undefined) out.change = d.change;
	if (d.changeUnit !== undefined) out.changeUnit = d.changeUnit;
	if (d.of !== undefined) out.of = d.of;
	if (d.qualifier !== undefined) out.qualifier = d.qualifier;
	// The place as written; the pipeline replaces it with the gazetteer's district name.
	if (d.place !== undefined) out.district = d.place;
	out.sentence = d.sentence;
	return out;
}
