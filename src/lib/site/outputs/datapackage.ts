/**
 * datapackage.json: the metadata of the data files of the site, of a province or of a district,
 * as a Frictionless Data Package (v2, datapackage.org): who publishes them, under which licence,
 * and what each file holds (the CSV's columns as a Table Schema). It sits beside the files it
 * describes and names them by relative path, so a downloaded folder stays a valid package.
 * briefings.json and indicators.csv themselves keep their plain shapes (an array; RFC 4180),
 * which is why their licence is stated here and on the data page rather than inside them.
 */
import type { SiteSettings } from '../../settings.ts';
import { paths } from '../paths.ts';
import { INDICATOR_COLUMNS, type IndicatorColumn } from './indicators-csv.ts';

/** The files a package describes. */
export interface DataScope {
	/** "Tỉnh Điện Biên"; null for the whole site. */
	readonly name: string | null;
	/** The page the files belong to (the package's homepage). */
	readonly page: string;
	/** The folder holding briefings.json, indicators.csv and datapackage.json. */
	readonly folder: string;
}

/** Table Schema types of the CSV's columns; the others are strings. */
const COLUMN_TYPES: Partial<Record<IndicatorColumn, Readonly<Record<string, string>>>> = {
	date: { type: 'date' },
	value: { type: 'number' },
	briefing_url: { type: 'string', format: 'uri' },
};

/** The descriptor, for `jsonForWeb`; `url` turns a site path into an absolute URL. */
export function dataPackage(
	scope: DataScope,
	settings: SiteSettings,
	url: (path: string) => string,
): Record<string, unknown> {
	const title = scope.name ? `${settings.name}: ${scope.name}` : settings.name;
	const { organisation, contact, dataLicence } = settings;
	return {
		$schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
		id: url(paths.dataPackage(scope.folder)),
		title,
		description: `Các bài viết${scope.name ? ` về ${scope.name}` : ''} (briefings.json) và số liệu kinh tế – xã hội trích từ đó (indicators.csv). Số liệu được trích tự động từ văn bản bài báo: hãy đối chiếu với bài gốc. Câu trích và tiêu đề bài viết thuộc bản quyền của cơ quan báo chí đã đăng.`,
		homepage: url(scope.page),
		licenses: [{ name: dataLicence.id, title: dataLicence.name, path: dataLicence.url }],
		contributors: [
			{
				title: organisation.name,
				...(organisation.url ? { path: organisation.url } : contact.url ? { path: contact.url } : {}),
				...(contact.email ? { email: contact.email } : {}),
				roles: ['publisher'],
			},
		],
		keywords: ['Việt Nam', 'huyện', 'kinh tế – xã hội', 'bản tin'],
		resources: [
			{
				name: 'briefings',
				path: 'briefings.json',
				title: 'Bài viết',
				description: `Mảng JSON, mỗi phần tử một bài viết; cấu trúc theo JSON Schema ${url(paths.briefingSchema())}.`,
				format: 'json',
				mediatype: 'application/json',
				encoding: 'utf-8',
			},
			{
				name: 'indicators',
				path: 'indicators.csv',
				title: 'Số liệu',
				description: 'Mỗi dòng một con số: một bài viết, một chỉ tiêu, một đại lượng. RFC 4180, UTF-8 có BOM.',
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				type: 'table',
				dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
				schema: {
					fields: INDICATOR_COLUMNS.map((c) => ({
						name: c.name,
						...(COLUMN_TYPES[c.name] ?? { type: 'string' }),
						description: c.description,
					})),
					missingValues: [''],
				},
			},
		],
	};
}
