/** /tinh/{province}/datapackage.json: publisher, licence and contents of the province's data files. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { dataPackageResponse } from '../../../downloads.ts';
import { provinceRoutes } from '../../../routes.ts';

export const getStaticPaths = provinceRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site: origin }) =>
	dataPackageResponse({ name: page.ref.fullName, page: page.ref.path, folder: page.ref.path }, origin);
