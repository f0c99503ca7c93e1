/**
 * Renders an article body to HTML with remark's and rehype's trees: the body as the Markdown
 * tree its escaped Markdown parses to (`bodyToMdast`), `remarkBriefing`'s marks and links
 * (`briefingTree`), to hast as remark-rehype converts it (`bodyToHast`), heading ids as Astro
 * gives them, written as hast-util-to-html (rehype-stringify's core) writes it (`bodyHtml`). The HTML is the same as Astro's
 * unified pipeline makes of `bodyToMarkdown(blocks)` (`briefingProcessor`, which the tests
 * compare it with), without the steps this text does not need: parsing Markdown that is all
 * escaped text, re-parsing the HTML for raw passthrough (there is no raw HTML: to-hast drops
 * any), image collection. It costs about an eighth of that pipeline (0.12 against 1.0 ms a body).
 */
import { unified } from '@astrojs/markdown-remark';
import { toHtml } from 'hast-util-to-html';
import { bodyHtml } from '../lib/markdown/body-html.ts';
import { bodyToHast } from '../lib/markdown/body-to-hast.ts';
import { bodyToMdast } from '../lib/markdown/body-to-mdast.ts';
import { addHeadingIds } from '../lib/markdown/heading-ids.ts';
import { briefingTree, type LinkTarget, remarkBriefing, type SentenceMark } from '../lib/markdown/remark-briefing.ts';
import type { BodyBlock } from '../schemas/entry.ts';

/**
 * Astro's processor with this project's plugin, as `astro.config.mjs` sets it for Markdown
 * files: no GFM autolinks, no typographic rewriting of the text. The reference that
 * `renderBriefingBody` matches.
 */
export const briefingProcessor = () => unified({ remarkPlugins: [remarkBriefing], gfm: false, smartypants: false });

/**
 * HTML of the body blocks, with the first mention of each link target linked and each source
 * sentence of a figure marked (see `SentenceMark`).
 */
export function renderBriefingBody(
	blocks: readonly BodyBlock[],
	links: readonly LinkTarget[],
	sentences: readonly SentenceMark[] = [],
): string {
	const mdast = bodyToMdast(blocks);
	briefingTree(mdast, { links, sentences });
	const hast = bodyToHast(mdast);
	addHeadingIds(hast);
	// Its own writer for the nodes a body is made of; hast-util-to-html for anything else.
	return bodyHtml(hast) ?? toHtml(hast);
}
