/** /tinh/{province}/{district}/indicators.csv: the figures of the briefings about the district. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { csvResponse } from '../../../../downloads.ts';
import { site } from '../../../../site.ts';

export const getStaticPaths = (() =>
	site.districts.map((page) => ({
		params: { province: page.ref.province.slug, district: page.ref.slug },
		props: { page },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site: origin }) =>
	csvResponse(page.briefings, origin);
