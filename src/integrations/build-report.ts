/**
 * Prints the build report's summary at the end of `astro build`, and in strict mode (STRICT=1,
 * for the CI of a content repository) fails the build, with its message and no stack trace, when
 * any article is quarantined.
 */
import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { type BuildReport, reportLines } from '../lib/site/outputs/build-report.ts';

export function buildReportIntegration(options: { strict: boolean }): AstroIntegration {
	return {
		name: 'briefings-build-report',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				let report: BuildReport;
				try {
					report = JSON.parse(await readFile(new URL('data/build-report.json', dir), 'utf8')) as BuildReport;
				} catch (e) {
					logger.error(`no build report was written: ${(e as Error).message}`);
					if (options.strict) throw withoutStack(`strict mode: ${(e as Error).message}`);
					return;
				}
				const [summary, ...details] = reportLines(report);
				logger.info(summary ?? '');
				for (const line of details) logger.warn(line);
				const held = report.summary.quarantined + report.summary.duplicate;
				if (options.strict && report.summary.quarantined > 0) {
					throw withoutStack(
						`strict mode: ${report.summary.quarantined} article(s) quarantined (see above and data/build-report.json)`,
					);
				}
				if (held > 0) logger.info(`report: data/build-report.json; editors' page: /bien-tap/`);
			},
		},
	};
}

/** An error Astro prints as its message alone: the build is fine, the content is not. */
function withoutStack(message: string): Error {
	const error = new Error(message);
	error.stack = '';
	return error;
}
