/** /tinh/{province}/{district}/datapackage.json: publisher, licence and contents of the district's data files. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { dataPackageResponse } from '../../../../downloads.ts';
import { districtRoutes } from '../../../../routes.ts';

export const getStaticPaths = districtRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site: origin }) =>
	dataPackageResponse({ name: page.ref.fullName, page: page.ref.path, folder: page.ref.path }, origin);
