/**
 * Renders an article body to HTML through Astro's unified (remark/rehype) Markdown processor,
 * with `remarkBriefing` linking officials and places to their pages.
 */
import { type MarkdownRenderer, unified } from '@astrojs/markdown-remark';
import { bodyToMarkdown } from '../lib/markdown/body-to-markdown.ts';
import { type LinkTarget, remarkBriefing, type SentenceMark } from '../lib/markdown/remark-briefing.ts';
import type { BodyBlock } from '../schemas/entry.ts';

/** The processor this project renders Markdown with: no GFM autolinks, no typographic rewriting of the text. */
export const briefingProcessor = () => unified({ remarkPlugins: [remarkBriefing], gfm: false, smartypants: false });

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * HTML of the body blocks, with the first mention of each link target linked and each source
 * sentence of a figure marked (see `SentenceMark`).
 */
export async function renderBriefingBody(
	blocks: readonly BodyBlock[],
	links: readonly LinkTarget[],
	sentences: readonly SentenceMark[] = [],
): Promise<string> {
	renderer ??= briefingProcessor().createRenderer({ syntaxHighlight: false });
	const { code } = await (await renderer).render(bodyToMarkdown(blocks), {
		frontmatter: { briefingLinks: links, briefingSentences: sentences },
	});
	return code;
}
