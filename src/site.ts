/**
 * The site model, built once per build from the articles collection. Pages import `site` and
 * never query the collection themselves.
 */
import { getCollection } from 'astro:content';
import { buildSite } from './lib/site/model.ts';

export const site = buildSite(await getCollection('articles'));
