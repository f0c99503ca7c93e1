/**
 * From an outlet's code, name or web address to the outlet and its province: the table in
 * `outlets.ts` first, then rules that need no table ("Báo Lào Cai", "Cổng TTĐT tỉnh Sơn La",
 * "baobinhdinh.vn", "sonla.gov.vn").
 */
import { asciiFold } from '../text/fold.ts';
import { findProvince, type Province, provinces } from './gazetteer.ts';
import { OUTLETS, type Outlet } from './outlets.ts';

const byCode = new Map<string, Outlet>(OUTLETS.flatMap((o) => (o.codes ?? []).map((c) => [c, o] as const)));

/** Folded as aliases are written: no tones, lower case, letters, digits and dots. */
const fold = (s: string): string =>
	asciiFold(s)
		.toLowerCase()
		.replace(/[^a-z0-9.]/g, '');

const byAlias = OUTLETS.flatMap((o) => (o.aliases ?? []).map((a) => ({ alias: fold(a), outlet: o })));

// A code opening the lede, bracketed or not, before a dash or the first words: "(BTNO) - ",
// "(HBĐT)-", "BNĐT - ", "(QNgO) Sáng 3.12". Capitals first: codes are printed so.
const OPENING = /^\s*(?:\(([\p{Lu}][\p{L}\p{N}]{1,5})\)|([\p{Lu}][\p{Lu}\p{N}]{1,5})(?=\s*[-–—]))/u;

/** The outlet whose code this is ("DRT"), or whose code opens this lede text ("(BTNO) - …"). */
export function outletOfCode(ledeOrCode: string | null): Outlet | null {
	if (!ledeOrCode) return null;
	const direct = byCode.get(ledeOrCode.trim());
	if (direct) return direct;
	const m = OPENING.exec(ledeOrCode);
	return m ? (byCode.get(m[1] ?? m[2] ?? '') ?? null) : null;
}

/** The province of the outlet whose code this is or opens this lede ("(BTNO) - …" → Tây Ninh). */
export function provinceOfCode(ledeOrCode: string | null): Province | null {
	return provinceNamed(outletOfCode(ledeOrCode)?.province);
}

function provinceNamed(name: string | null | undefined): Province | null {
	return name ? (findProvince(name) ?? null) : null;
}

// Each province's name as web addresses spell it ("binhdinh", "bariavungtau"), longest first.
const SLUGS = provinces
	.map((p) => ({ p, slug: fold(p.name).replace(/\./g, '') }))
	.sort((a, b) => b.slug.length - a.slug.length);

const HOST = /(?:^|[^\p{L}\p{N}.@-])((?:[a-z0-9-]+\.)+(?:vn|com|net|org))(?![\p{L}\p{N}-])/iu;

/** A host's labels, lower case, without "www": "baobinhdinh.com.vn" → ["baobinhdinh", "com", "vn"]. */
function labelsOf(host: string): string[] {
	return host.replace(/^www\./, '').split('.');
}

/** The name a site's first label spells, its hyphens left out ("baria-vungtau" → "bariavungtau"). */
function siteName(labels: readonly string[]): string {
	return (labels[0] ?? '').replace(/-/g, '');
}

/**
 * The province a web address spells: "<province>.gov.vn" (and its subdomains, "anlao.binhdinh.gov.vn"),
 * a paper's "bao<province>…" ("baodienbienphu.com.vn") or a station's "<province>tv".
 */
function provinceOfHost(text: string): Province | null {
	const host = HOST.exec(text.replace(/https?:\/\//gi, ' '))?.[1]?.toLowerCase();
	if (!host) return null;
	const labels = labelsOf(host);
	const gov = host.endsWith('.gov.vn') ? labels[labels.length - 3] : undefined;
	const name = siteName(labels);
	for (const { p, slug } of SLUGS) {
		if (gov?.replace(/-/g, '') === slug) return p;
		if (name.startsWith(`bao${slug}`) || name === `${slug}tv` || name === slug) return p;
	}
	return null;
}

const ADDRESS_ALONE = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+(?:vn|com|net|org))\/?$/iu;

/**
 * The provincial paper a web address alone is ("Baohatinh.vn", "baobinhdinh.com.vn"): "Báo" and
 * the province, when the address is exactly "bao" and the province's name; else null (the
 * address "baodienbienphu.com.vn" spells a city's name after the province's).
 */
export function paperOfAddress(text: string): string | null {
	const host = ADDRESS_ALONE.exec(text.trim())?.[1]?.toLowerCase();
	if (!host) return null;
	const name = siteName(labelsOf(host));
	const found = name.startsWith('bao') ? SLUGS.find(({ slug }) => name === `bao${slug}`) : undefined;
	return found ? `Báo ${found.p.name}` : null;
}

// The kind of outlet before its province's name: "Báo", "Đài Phát thanh và Truyền hình",
// "Đài PT-TH", "Cổng thông tin điện tử tỉnh", "Cổng TTĐT", "Trung tâm Truyền thông tỉnh".
const KIND =
	/^(?:báo(?:\s+điện\s+tử)?|(?:đài\s+)?(?:phát\s+thanh\s*(?:[-–,&]|và)?\s*truyền\s+hình|pt\s*[-–&]?\s*th|truyền\s+hình)|đài|cổng\s+(?:thông\s+tin\s+điện\s+tử|ttđt|ttdt)|trang\s+(?:thông\s+tin\s+điện\s+tử|tin)|trung\s+tâm\s+truyền\s+thông(?:\s+và\s+văn\s+hóa)?|tạp\s+chí)\s+/iu;
// After the name: "Online", "điện tử", "TV", "Radio", "Television".
const TRAILER = /\s+(?:online|điện\s+tử|tv|radio|television)$/iu;
// "… tỉnh Sơn La", "… thành phố Cần Thơ" inside a longer name: up to four capitalised words.
const PLACE_IN_NAME = /(?:tỉnh|thành\s+phố|TP\.?)\s*([\p{Lu}][\p{L}]*(?:\s+[-–]?\s*[\p{Lu}][\p{L}]*){0,3})/u;

/** The province an outlet's name spells: "Báo Lào Cai", "Đài PT-TH Sơn La", "Cổng TTĐT tỉnh Sơn La", "Điện Biên TV". */
function provinceOfName(name: string): Province | null {
	const bare = name.trim().replace(KIND, '').replace(TRAILER, '').trim();
	const direct = findProvince(bare);
	if (direct) return direct;
	const words = PLACE_IN_NAME.exec(name)?.[1]?.split(/\s+/) ?? [];
	// The longest run of words that is a province: "tỉnh Quảng Ngãi Online" is Quảng Ngãi.
	for (let n = words.length; n > 0; n--) {
		const p = findProvince(words.slice(0, n).join(' '));
		if (p) return p;
	}
	return null;
}

/** The outlet the table knows under this name or address (an alias inside it, or its exact name). */
function knownOutlet(outlet: string): Outlet | null {
	const code = byCode.get(outlet.trim());
	if (code) return code;
	const folded = fold(outlet);
	return byAlias.find((a) => folded.includes(a.alias))?.outlet ?? OUTLETS.find((o) => o.name === outlet.trim()) ?? null;
}

/**
 * The province an outlet serves, from its code, name or web address ("BTNO", "Báo Đồng Khởi",
 * "Báo Bình Định", "Cổng TTĐT tỉnh Sơn La", "https://baolaocai.vn/…"); null for a national
 * outlet or one nothing places.
 */
export function provinceOfOutlet(outlet: string | null): Province | null {
	if (!outlet) return null;
	const known = knownOutlet(outlet);
	if (known) return provinceNamed(known.province);
	return provinceOfHost(outlet) ?? provinceOfName(outlet);
}
