/** /tinh/{province}/indicators.csv: the figures of the briefings placed in the province. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { csvResponse } from '../../../downloads.ts';
import { provinceRoutes } from '../../../routes.ts';

export const getStaticPaths = provinceRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site: origin }) =>
	csvResponse(page.briefings, origin);
