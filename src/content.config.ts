import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles.ts';

/**
 * Every file under the articles folder, extracted; pages show the published ones. ARTICLES_DIR
 * (relative to the project root) points the build at another folder, as the tests do.
 */
const articles = defineCollection({
	loader: articlesLoader({ base: process.env.ARTICLES_DIR || 'content/articles' }),
});

export const collections = { articles };
