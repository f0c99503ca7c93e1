/**
 * remark plugin for briefing texts: marks the sentences figures were read from (an id each, the
 * figures' words highlighted), links the first mention of each official and place to its
 * page, turns blockquotes (how captions are written, see `bodyToMarkdown`) into figure captions
 * with their credit set apart, and makes any raw HTML plain text.
 */
import type { Blockquote, Emphasis, Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { CAPTION_ELEMENT, captionParagraphElement } from './captions.ts';

export interface LinkTarget {
	/** The words as the text writes them ("Vừ A Bằng", "Nậm Pồ"). */
	readonly text: string;
	readonly href: string;
	/** Tooltip: what the link leads to ("Trang quan chức"). */
	readonly title?: string;
}

/** A sentence of the text that figures were read from, to be marked where it first appears. */
export interface SentenceMark {
	/** The element id the facts table links to ("cau-1"). */
	readonly id: string;
	/** The sentence as the body writes it, white space collapsed to single spaces. */
	readonly text: string;
	/** Offsets [start, end) in `text` of the figures' words, in order and not overlapping. */
	readonly marks: readonly (readonly [number, number])[];
}

export interface RemarkBriefingOptions {
	readonly links?: readonly LinkTarget[];
	readonly sentences?: readonly SentenceMark[];
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

interface FileWithFrontmatter {
	data: {
		astro?: {
			frontmatter?: { briefingLinks?: readonly LinkTarget[]; briefingSentences?: readonly SentenceMark[] };
		};
	};
}

/**
 * The plugin. Link targets and sentences come from `options`, or per document from the
 * frontmatter keys `briefingLinks` and `briefingSentences` (how one renderer serves every
 * article).
 */
export function remarkBriefing(options: RemarkBriefingOptions = {}) {
	return (tree: Root, file: FileWithFrontmatter): void => {
		const frontmatter = file.data.astro?.frontmatter;
		briefingTree(tree, {
			sentences: options.sentences ?? frontmatter?.briefingSentences ?? [],
			links: options.links ?? frontmatter?.briefingLinks ?? [],
		});
	};
}

/**
 * What the plugin does, on a tree in place (for a renderer that calls it without a unified
 * processor). Sentences are marked first, so that links land inside them.
 */
export function briefingTree(tree: Root, { sentences = [], links = [] }: RemarkBriefingOptions): void {
	if (sentences.length > 0) markSentences(tree, sentences, new Set<string>());
	// Longest first, so that "Điện Biên Đông" is linked before "Điện Biên" could claim it.
	const targets = links.filter((t) => t.text.length > 1).sort((a, b) => b.text.length - a.text.length);
	visit(tree, targets, new Set<string>());
}

function visit(node: Parent, targets: readonly LinkTarget[], done: Set<string>): void {
	for (let i = 0; i < node.children.length; i++) {
		const child = node.children[i] as RootContent;
		if (child.type === 'html') {
			// Article text is untrusted: raw HTML is shown as the characters it is made of.
			node.children[i] = { type: 'text', value: child.value } as Text;
			continue;
		}
		if (child.type === 'blockquote') caption(child);
		if (child.type === 'text') {
			const replaced = linkText(child, targets, done);
			if (replaced.length !== 1 || replaced[0] !== child) {
				node.children.splice(i, 1, ...(replaced as RootContent[]));
				i += replaced.length - 1;
			}
			continue;
		}
		if (child.type === 'link' || child.type === 'linkReference' || child.type === 'heading') continue;
		if ('children' in child) visit(child as Parent, targets, done);
	}
}

/** A caption blockquote becomes <figure class="caption"><figcaption>…</figcaption></figure>, its credit <small class="credit"> (see captions.ts). */
function caption(node: Blockquote): void {
	node.data = { ...node.data, hName: CAPTION_ELEMENT, hProperties: { className: ['caption'] } };
	node.children.forEach((p, i) => {
		if (p.type !== 'paragraph') return;
		const element = captionParagraphElement(i, node.children.length);
		p.data = { ...p.data, hName: element, hProperties: element === 'small' ? { className: ['credit'] } : {} };
	});
}

function linkText(node: Text, targets: readonly LinkTarget[], done: Set<string>): PhrasingContent[] {
	const value = node.value;
	let best: { at: number; target: LinkTarget } | null = null;
	for (const target of targets) {
		if (done.has(target.href)) continue;
		let from = 0;
		for (;;) {
			const at = value.indexOf(target.text, from);
			if (at < 0) break;
			const before = value.charAt(at - 1);
			const after = value.charAt(at + target.text.length);
			// A capitalised word right after makes the match part of a longer name ("Điện Biên TV").
			const longer = /^ [\p{Lu}]/u.test(value.slice(at + target.text.length, at + target.text.length + 2));
			if ((!before || !LETTER.test(before)) && (!after || !LETTER.test(after)) && !longer) {
				if (!best || at < best.at) best = { at, target };
				break;
			}
			from = at + 1;
		}
	}
	if (!best) return [node];
	const { at, target } = best;
	done.add(target.href);
	const link: Link = {
		type: 'link',
		url: target.href,
		...(target.title ? { title: target.title } : {}),
		children: [{ type: 'text', value: target.text }],
	};
	const rest = linkText({ type: 'text', value: value.slice(at + target.text.length) }, targets, done);
	const head: PhrasingContent[] = at > 0 ? [{ type: 'text', value: value.slice(0, at) }] : [];
	return [...head, link, ...rest.filter((n) => n.type !== 'text' || (n as Text).value !== '')];
}

/**
 * Wraps the first appearance of each sentence in a text node in `<span class="source-sentence"
 * id>`, its figures' words in `<mark class="source-figure">`. Only text nodes are read and made,
 * so whatever the article holds stays text. Raw HTML nodes are left to `visit`.
 */
function markSentences(node: Parent, sentences: readonly SentenceMark[], done: Set<string>): void {
	for (let i = 0; i < node.children.length; i++) {
		const child = node.children[i] as RootContent;
		if (child.type === 'text') {
			const replaced = splitSentences(child.value, sentences, done);
			if (replaced !== null) {
				node.children.splice(i, 1, ...(replaced as RootContent[]));
				i += replaced.length - 1;
			}
			continue;
		}
		if (child.type === 'link' || child.type === 'linkReference' || child.type === 'html') continue;
		if ('children' in child) markSentences(child as Parent, sentences, done);
	}
}

/** The text split around the sentences it holds (each once in the document), or null when it holds none. */
function splitSentences(
	value: string,
	sentences: readonly SentenceMark[],
	done: Set<string>,
): PhrasingContent[] | null {
	let best: { at: number; s: SentenceMark } | null = null;
	for (const s of sentences) {
		if (done.has(s.id) || s.text.length === 0) continue;
		const at = value.indexOf(s.text);
		if (at >= 0 && (best === null || at < best.at)) best = { at, s };
	}
	if (best === null) return null;
	const { at, s } = best;
	done.add(s.id);
	const head: PhrasingContent[] = at > 0 ? [{ type: 'text', value: value.slice(0, at) }] : [];
	const tail = value.slice(at + s.text.length);
	const rest = tail === '' ? [] : (splitSentences(tail, sentences, done) ?? [{ type: 'text', value: tail }]);
	return [...head, sentenceNode(s), ...rest];
}

function sentenceNode(s: SentenceMark): Emphasis {
	const children: PhrasingContent[] = [];
	let from = 0;
	for (const [start, end] of s.marks) {
		if (start < from || end <= start || end > s.text.length) continue;
		if (start > from) children.push({ type: 'text', value: s.text.slice(from, start) });
		children.push({
			type: 'emphasis',
			data: { hName: 'mark', hProperties: { className: ['source-figure'] } },
			children: [{ type: 'text', value: s.text.slice(start, end) }],
		});
		from = end;
	}
	if (from < s.text.length) children.push({ type: 'text', value: s.text.slice(from) });
	return {
		type: 'emphasis',
		data: { hName: 'span', hProperties: { id: s.id, className: ['source-sentence'] } },
		children,
	};
}
