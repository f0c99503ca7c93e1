/**
 * A quick test, made once from a zod schema, that a value is valid: the extraction checks every
 * article's facts against the schema, and zod's own parse (issues, paths, a parsed copy) cost
 * about a tenth of the whole per-file pipeline for what is nearly always a yes.
 */

/** A zod 4 schema, as far as it is read here: its definition. */
export interface Schema {
	readonly _zod: { readonly def: unknown };
}

/** A test of one value. */
type Test = (value: unknown) => boolean;

// Never passes: for a schema or check this file does not know, zod decides.
const UNKNOWN: Test = () => false;

/**
 * A test that is true only when `schema.safeParse(value)` succeeds; false when the value is
 * invalid, and also for anything the test does not read (a kind of schema or check not written
 * below), so that the caller then asks zod, which gives the issue. Read from the schema's
 * definition (zod's `_zod.def`): it follows the schema when the schema changes.
 */
export function surelyValid(schema: Schema): Test {
	return testOf(schema);
}

function testOf(schema: Schema): Test {
	const def = schema._zod.def as Def;
	const checks = checksOf(def);
	if (checks === null) return UNKNOWN;
	const type = typeTest(def);
	if (type === UNKNOWN) return UNKNOWN;
	if (checks.length === 0) return type;
	return (value) => {
		if (!type(value)) return false;
		let v = value;
		for (const check of checks) {
			const next = check(v);
			if (next === FAILED) return false;
			v = next;
		}
		return true;
	};
}

/** What zod's definitions hold that is read here (zod 4's `_zod.def`). */
interface Def {
	readonly type: string;
	readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
	readonly innerType?: Schema;
	readonly shape?: Readonly<Record<string, Schema>>;
	readonly catchall?: Schema;
	readonly element?: Schema;
	readonly entries?: Readonly<Record<string, unknown>>;
	readonly values?: readonly unknown[];
	readonly options?: readonly Schema[];
}

interface CheckDef {
	readonly check: string;
	readonly minimum?: number;
	readonly maximum?: number;
	readonly value?: number;
	readonly inclusive?: boolean;
	readonly format?: string;
	readonly pattern?: RegExp;
	readonly fn?: (value: unknown) => unknown;
	readonly tx?: (value: unknown) => unknown;
}

const FAILED = Symbol('failed');

/** A check: the value it leaves for the next (an overwrite such as trim changes it), or FAILED. */
type Check = (value: unknown) => unknown;

/** The test of the value's type and shape, checks aside. */
function typeTest(def: Def): Test {
	switch (def.type) {
		case 'string':
			return (v) => typeof v === 'string';
		case 'number':
			// zod 4's number refuses NaN and the infinities.
			return (v) => Number.isFinite(v);
		case 'boolean':
			return (v) => typeof v === 'boolean';
		case 'enum': {
			const values = Object.values(def.entries ?? {});
			// A TypeScript numeric enum's entries hold its reverse mapping too, which zod leaves out.
			if (!values.every((v) => typeof v === 'string')) return UNKNOWN;
			const set = new Set<unknown>(values);
			return (v) => set.has(v);
		}
		case 'literal': {
			const set = new Set(def.values ?? []);
			return (v) => set.has(v);
		}
		case 'nullable': {
			const inner = def.innerType ? testOf(def.innerType) : UNKNOWN;
			return (v) => v === null || inner(v);
		}
		case 'optional': {
			const inner = def.innerType ? testOf(def.innerType) : UNKNOWN;
			return (v) => v === undefined || inner(v);
		}
		case 'union': {
			const options = (def.options ?? []).map(testOf);
			return (v) => options.some((t) => t(v));
		}
		case 'array': {
			const element = def.element ? testOf(def.element) : UNKNOWN;
			return (v) => {
				if (!Array.isArray(v)) return false;
				for (const e of v) if (!element(e)) return false;
				return true;
			};
		}
		case 'object':
			return objectTest(def);
		default:
			return UNKNOWN;
	}
}

/** An object of the shape's keys; other keys only when the object is not strict. */
function objectTest(def: Def): Test {
	const catchall = (def.catchall?._zod.def as Def | undefined)?.type;
	// Strict (`never`) or stripping (none): other catch-alls are zod's to judge.
	if (catchall !== undefined && catchall !== 'never') return UNKNOWN;
	const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => [key, testOf(schema)] as const);
	const known = new Set(fields.map(([key]) => key));
	const strict = catchall === 'never';
	return (v) => {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
		const o = v as Record<string, unknown>;
		for (const [key, test] of fields) if (!test(o[key])) return false;
		// Every enumerable key, inherited ones too: more than zod reads, never less.
		if (strict) for (const key in o) if (!known.has(key)) return false;
		return true;
	};
}

/** The schema's checks as functions, or null when one of them is not read here. */
function checksOf(def: Def): Check[] | null {
	const out: Check[] = [];
	for (const c of def.checks ?? []) {
		const check = checkOf(c._zod.def);
		if (check === null) return null;
		out.push(check);
	}
	return out;
}

function checkOf(c: CheckDef): Check | null {
	const pass = (ok: boolean, v: unknown) => (ok ? v : FAILED);
	switch (c.check) {
		case 'overwrite':
			return c.tx ?? null;
		case 'min_length': {
			const min = c.minimum ?? 0;
			return (v) => pass(lengthOf(v) >= min, v);
		}
		case 'max_length': {
			const max = c.maximum ?? 0;
			return (v) => pass(lengthOf(v) <= max, v);
		}
		case 'greater_than': {
			const { value = 0, inclusive = false } = c;
			return (v) => pass(typeof v === 'number' && (inclusive ? v >= value : v > value), v);
		}
		case 'less_than': {
			const { value = 0, inclusive = false } = c;
			return (v) => pass(typeof v === 'number' && (inclusive ? v <= value : v < value), v);
		}
		case 'number_format':
			return c.format === 'safeint' ? (v) => pass(Number.isSafeInteger(v), v) : null;
		case 'string_format': {
			const pattern = c.pattern;
			if (c.format !== 'regex' || !pattern) return null;
			return (v) => {
				pattern.lastIndex = 0;
				return pass(typeof v === 'string' && pattern.test(v), v);
			};
		}
		case 'custom': {
			const fn = c.fn;
			if (!fn) return null;
			return (v) => {
				const r = fn(v);
				return pass(r === true, v);
			};
		}
		default:
			return null;
	}
}

/** A string's or an array's length; NaN (failing every comparison) for anything else. */
function lengthOf(v: unknown): number {
	return typeof v === 'string' || Array.isArray(v) ? v.length : Number.NaN;
}
