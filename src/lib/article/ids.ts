/**
 * Article ids: the last segment of a briefing's URL. Published URLs are cited by others, so an
 * id is a function of the article's own file (its name, or its frontmatter `slug`) as far as it
 * can be: a new file cannot take an existing article's id by a name that folds alike, a `slug`,
 * or a long name; the one case left (same name, other extension) is reported on both files.
 *
 * The rule, as the README states it:
 * - A file named with lower-case ASCII letters, digits, `-` and `_` keeps its name as its id
 *   (`_` read as `-`): `000_bcc1.txt` → `000-bcc1`. Any other name is slugged and gets a short
 *   hash of the name, so that names that fold alike stay apart: `Nậm Pồ.txt` → `nam-po-1f3a9c`,
 *   never `nam-po`.
 * - Ids are at most {@link MAX_ID_LENGTH} characters: a longer one is cut and ends with a hash of
 *   the whole name.
 * - When two files still claim one id (`x.txt` and `x.md`; a `slug` equal to another file's id),
 *   the id made from a file name wins over one asked for by a `slug`, then the first file in path
 *   order. Every other claimant is published under the id followed by a hash of its path, with a
 *   warning that names the holder. The rule reads only the folder, never an earlier build, so a
 *   cold build, an incremental one and the dev server give the same ids.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { slugify } from '../text/fold.ts';

/** Longest id: short enough for any file system once it is a folder name in the output. */
export const MAX_ID_LENGTH = 100;

const PLAIN_NAME = /^[a-z0-9_-]+$/;
// A plain name with no separator at its ends and none doubled.
const PLAIN_WORDS = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

function shortHash(text: string, length: number): string {
	return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/** `slug` cut to fit {@link MAX_ID_LENGTH} with `-suffix` after it. */
function withSuffix(slug: string, suffix: string): string {
	const room = MAX_ID_LENGTH - suffix.length - 1;
	const head = slug.length > room ? slug.slice(0, room).replace(/-+$/, '') : slug;
	return head ? `${head}-${suffix}` : suffix;
}

/**
 * The id made from a file's name: "000_bcc1ecf503c2fdd8.txt" → "000-bcc1ecf503c2fdd8",
 * "Nậm Pồ.txt" → "nam-po-" and six hex digits of a hash of "Nậm Pồ".
 */
export function idFromFile(file: string): string {
	const stem = basename(file, extname(file));
	// Most names: plain words joined by single separators slug to themselves, `_` read as `-`
	// (what `slugify` gives them, without folding them first).
	if (stem.length <= MAX_ID_LENGTH && PLAIN_WORDS.test(stem)) return stem.replaceAll('_', '-');
	const slug = slugify(stem) || 'bai-viet';
	const plain = PLAIN_NAME.test(stem) && slug === stem.replace(/_/g, '-');
	if (plain && slug.length <= MAX_ID_LENGTH) return slug;
	return withSuffix(slug, shortHash(stem, plain ? 8 : 6));
}

/**
 * The id of a file that has no article to publish (a link, a FIFO, an unreadable file): its own,
 * hashed, so that it never holds an id a real article of a similar name may want.
 */
export function placeholderId(file: string): string {
	return withSuffix(idFromFile(file), shortHash(file, 6));
}

/** One file's wish for an id. */
export interface IdClaim {
	/** Path of the file, relative to the project root. */
	readonly file: string;
	/** The id it asks for: its frontmatter `slug`, or {@link idFromFile}. */
	readonly wanted: string;
	/** The id comes from a frontmatter `slug`, not from the file's name. */
	readonly bySlug: boolean;
}

/** What a file gets: its id, and the file that kept the id it wanted, if another did. */
export interface IdAssignment {
	readonly id: string;
	readonly takenBy: string | null;
}

/** Gives every claim an id by the rule above. Pure: the same claims give the same ids, in any order. */
export function assignIds(claims: readonly IdClaim[]): Map<string, IdAssignment> {
	const byId = new Map<string, IdClaim[]>();
	for (const c of claims) {
		const list = byId.get(c.wanted);
		if (list) list.push(c);
		else byId.set(c.wanted, [c]);
	}
	const result = new Map<string, IdAssignment>();
	const used = new Set<string>();
	const losers: { claim: IdClaim; holder: string }[] = [];
	for (const [id, list] of byId) {
		const holder = [...list].sort(
			(a, b) => Number(a.bySlug) - Number(b.bySlug) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
		)[0] as IdClaim;
		result.set(holder.file, { id, takenBy: null });
		used.add(id);
		for (const c of list) if (c !== holder) losers.push({ claim: c, holder: holder.file });
	}
	for (const { claim, holder } of losers.sort((a, b) => (a.claim.file < b.claim.file ? -1 : 1))) {
		let id = withSuffix(claim.wanted, shortHash(claim.file, 6));
		// A suffixed id that is itself someone's id: lengthen the hash until it is free.
		for (let n = 8; used.has(id); n += 2) id = withSuffix(claim.wanted, shortHash(claim.file, n));
		used.add(id);
		result.set(claim.file, { id, takenBy: holder });
	}
	return result;
}
