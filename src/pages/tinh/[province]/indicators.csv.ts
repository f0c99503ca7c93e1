/** /tinh/{province}/indicators.csv: the figures of the briefings placed in the province. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { csvResponse } from '../../../downloads.ts';
import { site } from '../../../site.ts';

export const getStaticPaths = (() =>
	site.provinces.map((page) => ({ params: { province: page.ref.slug }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site: origin }) =>
	csvResponse(page.briefings, origin);
