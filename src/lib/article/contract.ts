/**
 * The extraction contract's JSON object for one article (see the README's `extract` command):
 * a stable public shape that outside checks read.
 */
import type { Facts } from '../../schemas/briefing.ts';
import { formatMessage } from './messages.ts';
import type { ProcessedArticle } from './process-article.ts';

export type ContractObject = { file: string; id: string } & Facts & {
		/** Warnings, one line each. */
		warnings: string[];
		/** Present when the article cannot be published: what is wrong, one line per problem. */
		error?: string;
	};

/** The contract object of a processed article. */
export function toContract(article: ProcessedArticle): ContractObject {
	const errors = article.messages.filter((m) => m.severity === 'error').map(formatMessage);
	return {
		file: article.file,
		id: article.id,
		...article.facts,
		warnings: article.messages.filter((m) => m.severity === 'warning').map(formatMessage),
		...(errors.length > 0 ? { error: errors.join('\n') } : {}),
	};
}
