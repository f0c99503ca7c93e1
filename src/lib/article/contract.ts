/**
 * The extraction contract's JSON object for one article (see the README's `extract` command):
 * a stable public shape that outside checks read.
 */
import type { Facts } from '../../schemas/briefing.ts';
import type { ArticleMessage } from '../../schemas/message.ts';
import { formatMessage } from './messages.ts';
import type { ProcessedArticle } from './process-article.ts';

/** A message as the build report gives it: the file is the object's own. */
export type ContractMessage = Omit<ArticleMessage, 'file'>;

export type ContractObject = { file: string; id: string } & Facts & {
		/** Warnings: the article is published, but an editor should look. */
		warnings: ContractMessage[];
		/** Errors: why the article cannot be published; empty when it can. */
		errors: ContractMessage[];
		/** Present when the article cannot be published: its errors, one line each. */
		error?: string;
	};

/** The contract object of a processed article. */
export function toContract(article: ProcessedArticle): ContractObject {
	const of = (severity: ArticleMessage['severity']) =>
		article.messages.filter((m) => m.severity === severity).map(({ file: _file, ...m }) => m);
	const errors = article.messages.filter((m) => m.severity === 'error');
	return {
		file: article.file,
		id: article.id,
		...article.facts,
		warnings: of('warning'),
		errors: of('error'),
		...(errors.length > 0 ? { error: errors.map(formatMessage).join('\n') } : {}),
	};
}
