/**
 * Provincial outlets known by the short code they open their ledes with ("(BTNO) - …",
 * "BNĐT - …"): the code says which province the article comes from when the text never names
 * it. Data only, plus one lookup; every code here is one its outlet prints on its own pages.
 * Codes that several outlets share or that could not be checked are left out: a missing code
 * costs a hint, a wrong one misplaces a district.
 */
import { findProvince, type Province } from './gazetteer.ts';

export interface OutletCode {
	/** The code as the outlet prints it, without brackets ("BTNO"). */
	readonly code: string;
	/** The outlet as readers know it. */
	readonly outlet: string;
	/** Gazetteer name of its province. */
	readonly province: string;
}

export const OUTLET_CODES: readonly OutletCode[] = [
	{ code: 'BTNO', outlet: 'Báo Tây Ninh', province: 'Tây Ninh' },
	{ code: 'BDO', outlet: 'Báo Bình Dương', province: 'Bình Dương' },
	{ code: 'QNO', outlet: 'Báo Quảng Nam', province: 'Quảng Nam' },
	{ code: 'BNĐT', outlet: 'Báo Bắc Ninh', province: 'Bắc Ninh' },
	{ code: 'HBĐT', outlet: 'Báo Hòa Bình', province: 'Hòa Bình' },
	{ code: 'BGĐT', outlet: 'Báo Bắc Giang', province: 'Bắc Giang' },
	{ code: 'YBĐT', outlet: 'Báo Yên Bái', province: 'Yên Bái' },
	{ code: 'QBĐT', outlet: 'Báo Quảng Bình', province: 'Quảng Bình' },
	{ code: 'GLO', outlet: 'Báo Gia Lai', province: 'Gia Lai' },
	{ code: 'BPO', outlet: 'Báo Bình Phước', province: 'Bình Phước' },
	{ code: 'BTO', outlet: 'Báo Bình Thuận', province: 'Bình Thuận' },
	{ code: 'NTO', outlet: 'Báo Ninh Thuận', province: 'Ninh Thuận' },
	{ code: 'PYO', outlet: 'Báo Phú Yên', province: 'Phú Yên' },
	{ code: 'CMO', outlet: 'Báo Cà Mau', province: 'Cà Mau' },
	{ code: 'BĐ', outlet: 'Báo Bình Định', province: 'Bình Định' },
	{ code: 'ĐBP', outlet: 'Báo Điện Biên Phủ', province: 'Điện Biên' },
	{ code: 'LC', outlet: 'Báo Lai Châu', province: 'Lai Châu' },
	{ code: 'HNMO', outlet: 'Hà Nội Mới', province: 'Hà Nội' },
	{ code: 'SGGP', outlet: 'Sài Gòn Giải Phóng', province: 'Hồ Chí Minh' },
	{ code: 'SGGPO', outlet: 'Sài Gòn Giải Phóng', province: 'Hồ Chí Minh' },
	{ code: 'CATP', outlet: 'Công an TP.HCM', province: 'Hồ Chí Minh' },
	// Provincial radio and television stations known by their call names.
	{ code: 'HTV', outlet: 'HTV', province: 'Hồ Chí Minh' },
	{ code: 'DRT', outlet: 'Đài PT-TH Đà Nẵng', province: 'Đà Nẵng' },
	{ code: 'THP', outlet: 'Đài PT-TH Hải Phòng', province: 'Hải Phòng' },
	{ code: 'QRT', outlet: 'Đài PT-TH Quảng Nam', province: 'Quảng Nam' },
	{ code: 'QTV', outlet: 'Quảng Ninh TV', province: 'Quảng Ninh' },
	{ code: 'TRT', outlet: 'Đài PT-TH Thừa Thiên Huế', province: 'Thừa Thiên Huế' },
	{ code: 'BRT', outlet: 'Đài PT-TH Bà Rịa - Vũng Tàu', province: 'Bà Rịa - Vũng Tàu' },
	{ code: 'ATV', outlet: 'Đài PT-TH An Giang', province: 'An Giang' },
	{ code: 'STV', outlet: 'Đài PT-TH Sóc Trăng', province: 'Sóc Trăng' },
	{ code: 'LA34', outlet: 'Đài PT-TH Long An', province: 'Long An' },
	{ code: 'BPTV', outlet: 'Đài PT-TH Bình Phước', province: 'Bình Phước' },
	{ code: 'ĐNRTV', outlet: 'Đài PT-TH Đồng Nai', province: 'Đồng Nai' },
	{ code: 'DNRTV', outlet: 'Đài PT-TH Đồng Nai', province: 'Đồng Nai' },
	{ code: 'NBTV', outlet: 'Đài PT-TH Ninh Bình', province: 'Ninh Bình' },
	{ code: 'QBTV', outlet: 'Đài PT-TH Quảng Bình', province: 'Quảng Bình' },
];

const byCode = new Map(OUTLET_CODES.map((o) => [o.code, o]));

// A code opening the lede, bracketed or not, before a dash or the first words: "(BTNO) - ",
// "(HBĐT)-", "BNĐT - ", "(QNO) Sáng 3.12". Capitals only: codes are printed so.
const OPENING = /^\s*(?:\(([\p{Lu}][\p{Lu}\p{N}]{1,5})\)|([\p{Lu}][\p{Lu}\p{N}]{1,5})(?=\s*[-–—]))/u;

/** The outlet whose code opens this lede text (or is this marker, or a source line's outlet: "DRT"), if the code is a known one. */
export function outletOfCode(ledeOrMarker: string | null): OutletCode | null {
	if (!ledeOrMarker) return null;
	const direct = byCode.get(ledeOrMarker.trim());
	if (direct) return direct;
	const m = OPENING.exec(ledeOrMarker);
	return m ? (byCode.get(m[1] ?? m[2] ?? '') ?? null) : null;
}

/** The province of the outlet whose code opens this lede ("(BTNO) - …" → Tây Ninh), if known. */
export function provinceOfCode(ledeOrMarker: string | null): Province | null {
	const o = outletOfCode(ledeOrMarker);
	return o ? (findProvince(o.province) ?? null) : null;
}
