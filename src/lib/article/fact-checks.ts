/**
 * The last stage of reading an article: what its merged facts lack or got wrong, as messages
 * (a district is required to publish; a date and a headline are only missed).
 */
import { type Facts, FactsSchema } from '../../schemas/briefing.ts';
import type { Extraction } from '../extract/extract-facts.ts';
import { type ArticleMessage, articleMessage } from './messages.ts';
import { surelyValid } from './surely-valid.ts';

export interface FactContext {
	/** A date was found or set, then refused as out of range (already reported). */
	readonly dateRefused: boolean;
	/** The editor set the title in frontmatter. */
	readonly titleSet: boolean;
}

// Nearly always valid: zod, which costs a tenth of the pipeline, is asked only for the rest.
const factsValid = surelyValid(FactsSchema);

/** Pushes onto `messages` what is wrong with `facts` or missing from them. */
export function checkFacts(
	file: string,
	facts: Facts,
	extraction: Extraction,
	context: FactContext,
	messages: ArticleMessage[],
): void {
	const valid = factsValid(facts) ? null : FactsSchema.safeParse(facts);
	if (valid !== null && !valid.success) {
		// Extraction produced something the schema refuses: a bug, reported rather than thrown.
		const issue = valid.error.issues[0];
		messages.push(
			articleMessage(
				'internal-error',
				file,
				`extracted facts failed validation at ${issue?.path.join('.')}: ${issue?.message}`,
				{ vi: `Dữ liệu trích xuất không hợp lệ ở ${issue?.path.join('.')}` },
			),
		);
	}
	if (!facts.district && facts.districts.length === 0) {
		messages.push(
			articleMessage('no-district', file, 'no district of the 2023–2024 gazetteer is named in the article', {
				vi: 'Bài không nêu tên huyện nào trong danh mục 2023–2024',
			}),
		);
	}
	for (const name of extraction.places.unresolved) {
		if (facts.district) continue;
		messages.push(
			articleMessage(
				'unresolved-place',
				file,
				`"${name}" is a district name in several provinces and the article does not say which`,
				{ vi: `"${name}" là tên huyện ở nhiều tỉnh và bài không nói rõ tỉnh nào` },
			),
		);
	}
	if (!facts.date && !context.dateRefused) {
		messages.push(
			articleMessage(
				'no-date',
				file,
				extraction.dateWarning?.message ?? 'the article does not say when the event took place',
				{ vi: extraction.dateWarning?.vi ?? 'Bài không nói sự kiện diễn ra ngày nào' },
			),
		);
	}
	if (!extraction.hasHeadline && !context.titleSet) {
		messages.push(
			articleMessage('no-headline', file, `no headline line; the title "${facts.title}" was made from the facts`, {
				vi: `Bài không có dòng tít; tít "${facts.title}" được tạo từ nội dung`,
			}),
		);
	}
}
