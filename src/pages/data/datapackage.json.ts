/** /data/datapackage.json: publisher, licence and contents of /data/briefings.json and /data/indicators.csv. */
import type { APIRoute } from 'astro';
import { dataPackageResponse } from '../../downloads.ts';
import { paths } from '../../lib/site/paths.ts';

export const GET: APIRoute = (context) =>
	dataPackageResponse({ name: null, page: paths.data(), folder: '/data/' }, context.site);
