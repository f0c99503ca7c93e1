/**
 * The outlets the engine knows by name: the one table behind an article's `source.outlet` and
 * the province its outlet gives as a hint. Data only; `outlet-province.ts` reads it.
 *
 * Only what the general rules cannot tell is here: an outlet named "Báo <province>", "Đài PT-TH
 * <province>", "Cổng TTĐT tỉnh <province>", "<province> TV", or at "bao<province>.vn",
 * "<province>.gov.vn", "<province>tv.vn", is read from the gazetteer for all 63 provinces. This
 * table holds the short codes outlets print in their datelines ("(BTNO) - …"), names that do not
 * spell their province ("Báo Đồng Khởi"), and national outlets (no province).
 *
 * Every code is one its outlet prints. A code two outlets could print, or one not checked, is
 * left out (see the end of the table): a missing code costs a hint, a wrong one misplaces a
 * district.
 */

export interface Outlet {
	/** The outlet as readers know it ("Báo Tây Ninh"): what `source.outlet` shows for its code. */
	readonly name: string;
	/** Gazetteer name of the province it serves; null for a national outlet. */
	readonly province: string | null;
	/** Codes it prints, without brackets, exactly as printed ("BTNO", "BNĐT"). */
	readonly codes?: readonly string[];
	/**
	 * Names and address words that do not spell the province, compared folded (no tones, lower
	 * case, letters, digits and dots only) inside an outlet's name or address: "dongkhoi" finds
	 * "Báo Đồng Khởi" and "baodongkhoi.vn".
	 */
	readonly aliases?: readonly string[];
}

export const OUTLETS: readonly Outlet[] = [
	// Provincial papers, by the code of their datelines.
	{ name: 'Báo An Giang', province: 'An Giang', codes: ['AGO'] },
	{ name: 'Báo Bắc Giang', province: 'Bắc Giang', codes: ['BGĐT'] },
	{ name: 'Báo Bắc Ninh', province: 'Bắc Ninh', codes: ['BNĐT'] },
	{ name: 'Báo Bình Dương', province: 'Bình Dương', codes: ['BDO'] },
	// BĐĐT: "Bình Định điện tử", as BGĐT, BNĐT; Bình Định is the one province of initials B-Đ.
	{ name: 'Báo Bình Định', province: 'Bình Định', codes: ['BĐ', 'BĐĐT'] },
	{ name: 'Báo Bình Phước', province: 'Bình Phước', codes: ['BPO'] },
	{ name: 'Báo Bình Thuận', province: 'Bình Thuận', codes: ['BTO'] },
	{ name: 'Báo Cà Mau', province: 'Cà Mau', codes: ['CMO'], aliases: ['datmui'] },
	{ name: 'Báo Điện Biên Phủ', province: 'Điện Biên', codes: ['ĐBP'], aliases: ['dienbienphu'] },
	{ name: 'Báo Gia Lai', province: 'Gia Lai', codes: ['GLO'] },
	{ name: 'Báo Hà Giang', province: 'Hà Giang', codes: ['HGĐT'] },
	{ name: 'Báo Hậu Giang', province: 'Hậu Giang', codes: ['HGO'] },
	{ name: 'Báo Hòa Bình', province: 'Hòa Bình', codes: ['HBĐT'] },
	{ name: 'Báo Lai Châu', province: 'Lai Châu', codes: ['LC'] },
	{ name: 'Báo Nghệ An', province: 'Nghệ An', codes: ['BNA'] },
	{ name: 'Báo Ninh Thuận', province: 'Ninh Thuận', codes: ['NTO'] },
	{ name: 'Báo Phú Yên', province: 'Phú Yên', codes: ['PYO'] },
	{ name: 'Báo Quảng Bình', province: 'Quảng Bình', codes: ['QBĐT'] },
	{ name: 'Báo Quảng Nam', province: 'Quảng Nam', codes: ['QNO'] },
	{ name: 'Báo Quảng Ngãi', province: 'Quảng Ngãi', codes: ['QNgO'] },
	{ name: 'Báo Quảng Trị', province: 'Quảng Trị', codes: ['QTO'] },
	{ name: 'Báo Tây Ninh', province: 'Tây Ninh', codes: ['BTNO'] },
	{ name: 'Báo Yên Bái', province: 'Yên Bái', codes: ['YBĐT'] },
	// Checked on 8 December 2026 against stored pages of each paper's site ("(KGO) - Sáng 7-6, …",
	// "STO - …", "LCĐT - …", "PTO- …", "(ĐTO) Ngày 4-3, …"; Lạng Sơn's in a reprint of its article).
	{ name: 'Báo Đồng Tháp', province: 'Đồng Tháp', codes: ['ĐTO'] },
	{ name: 'Báo Kiên Giang', province: 'Kiên Giang', codes: ['KGO'] },
	{ name: 'Báo Lạng Sơn', province: 'Lạng Sơn', codes: ['LSO'] },
	{ name: 'Báo Lào Cai', province: 'Lào Cai', codes: ['LCĐT'] },
	{ name: 'Báo Phú Thọ', province: 'Phú Thọ', codes: ['PTO'] },
	{ name: 'Báo Sóc Trăng', province: 'Sóc Trăng', codes: ['STO'] },
	// Papers whose names do not spell their province.
	{ name: 'Báo Đồng Khởi', province: 'Bến Tre', aliases: ['dongkhoi'] },
	{ name: 'Báo Ấp Bắc', province: 'Tiền Giang', aliases: ['apbac'] },
	{ name: 'Hà Nội Mới', province: 'Hà Nội', codes: ['HNMO'], aliases: ['hanoimoi'] },
	{ name: 'Kinh tế & Đô thị', province: 'Hà Nội', codes: ['KTĐT'], aliases: ['kinhtedothi'] },
	{
		name: 'Sài Gòn Giải Phóng',
		province: 'Hồ Chí Minh',
		codes: ['SGGP', 'SGGPO'],
		aliases: ['saigongiaiphong', 'sggp'],
	},
	{ name: 'Công an TP.HCM', province: 'Hồ Chí Minh', codes: ['CATP'] },
	// Portals of the centrally run cities whose addresses do not spell the gazetteer name.
	{
		name: 'Cổng TTĐT TP.HCM',
		province: 'Hồ Chí Minh',
		aliases: ['hochiminhcity.gov.vn', 'tphcm.gov.vn', 'hcmcpv', 'thanhuytphcm'],
	},
	// Provincial radio and television stations, by their call names.
	{ name: 'HTV', province: 'Hồ Chí Minh', codes: ['HTV'] },
	{ name: 'Đài PT-TH Đà Nẵng', province: 'Đà Nẵng', codes: ['DRT'] },
	{ name: 'Đài PT-TH Hải Phòng', province: 'Hải Phòng', codes: ['THP'] },
	{ name: 'Đài PT-TH Quảng Nam', province: 'Quảng Nam', codes: ['QRT'] },
	{ name: 'Quảng Ninh TV', province: 'Quảng Ninh', codes: ['QTV'] },
	{ name: 'Đài PT-TH Thừa Thiên Huế', province: 'Thừa Thiên Huế', codes: ['TRT'] },
	{ name: 'Đài PT-TH Bà Rịa - Vũng Tàu', province: 'Bà Rịa - Vũng Tàu', codes: ['BRT'] },
	{ name: 'Đài PT-TH An Giang', province: 'An Giang', codes: ['ATV'] },
	{ name: 'Đài PT-TH Sóc Trăng', province: 'Sóc Trăng', codes: ['STV'] },
	{ name: 'Đài PT-TH Long An', province: 'Long An', codes: ['LA34'] },
	{ name: 'Đài PT-TH Bình Phước', province: 'Bình Phước', codes: ['BPTV'] },
	{ name: 'Đài PT-TH Đồng Nai', province: 'Đồng Nai', codes: ['ĐNRTV', 'DNRTV'] },
	{ name: 'Đài PT-TH Ninh Bình', province: 'Ninh Bình', codes: ['NBTV'] },
	{ name: 'Đài PT-TH Quảng Bình', province: 'Quảng Bình', codes: ['QBTV'] },
	{ name: 'Đài PT-TH Khánh Hòa', province: 'Khánh Hòa', codes: ['KTV'] },
	{ name: 'Đài PT-TH Nghệ An', province: 'Nghệ An', codes: ['NTV'] },
	{ name: 'Đài PT-TH Hà Tĩnh', province: 'Hà Tĩnh', codes: ['HTTV'] },
	{ name: 'THVL', province: 'Vĩnh Long', codes: ['THVL'], aliases: ['thvl'] },
	{ name: 'Điện Biên TV', province: 'Điện Biên', codes: ['DBTV'], aliases: ['dbtv'] },
	// National outlets: they name the source, never a province. "NDĐT": Nhân Dân điện tử.
	{ name: 'Báo Nhân Dân', province: null, codes: ['NDO', 'NDĐT'] },
	// Named, not coded, in their ledes: "(Dân trí) - ".
	{ name: 'Dân trí', province: null, codes: ['Dân trí', 'Dân Trí'] },
	{ name: 'VnExpress', province: null, codes: ['VnExpress'] },
	{ name: 'Tuổi Trẻ', province: null, codes: ['TTO'] },
	{ name: 'Người Lao Động', province: null, codes: ['NLĐO'] },
	{ name: 'Pháp Luật TP.HCM', province: null, codes: ['PLO'] },
	{ name: 'Báo Quân đội nhân dân', province: null, codes: ['QĐND'] },
	{ name: 'Báo điện tử Đảng Cộng sản Việt Nam', province: null, codes: ['ĐCSVN'] },
	{ name: 'ANTV', province: null, codes: ['ANTV'] },
	{ name: 'TTXVN', province: null, codes: ['TTXVN'] },
	{ name: 'VOV', province: null, codes: ['VOV'] },
	{ name: 'VTV', province: null, codes: ['VTV'] },
	// Left out, as codes that several outlets print or that could not be checked: "BTV" (Bình
	// Dương's and Bình Thuận's stations), "PTV" (Phú Thọ's, Phú Yên's), "TTV", "ĐN" (Đà Nẵng or
	// Đồng Nai), "LĐ" (Lâm Đồng or the national Lao Động), "ĐT", "CT", "LA", "BNO", and the
	// papers of the other provinces, which sign with their web address ("(Baonghean.vn) -") or a
	// code not checked here: those are read by the rules instead.
];
