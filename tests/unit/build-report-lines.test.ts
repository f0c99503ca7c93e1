import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BuildReport, reportLines, WARNINGS_LISTED } from '../../src/lib/site/outputs/build-report.ts';

const message = (code: 'no-headline' | 'no-date' | 'no-district', severity: 'error' | 'warning') => ({
	code,
	severity,
	message: `${code} here`,
	hint: `Fix ${code}.`,
	vi: { message: 'x', hint: 'y' },
});

function report(): BuildReport {
	const files: BuildReport['files'][number][] = [];
	for (let i = 0; i < 50; i++) {
		files.push({
			file: `a/${String(i).padStart(2, '0')}.txt`,
			id: `a-${i}`,
			status: 'warning',
			messages: [message('no-headline', 'warning')],
		});
	}
	files.push({ file: 'a/undated.txt', id: 'undated', status: 'warning', messages: [message('no-date', 'warning')] });
	files.push({
		file: 'a/nowhere.txt',
		id: 'nowhere',
		status: 'quarantined',
		messages: [message('no-district', 'error')],
	});
	return { summary: { files: 52, published: 0, warning: 51, quarantined: 1, duplicate: 0 }, files };
}

describe('the lines printed after a build', () => {
	it('lists each held file with its messages, and counts a warning shared by many files on one line', () => {
		const lines = reportLines(report());
		assert.deepEqual(lines, [
			'52 article files: 0 published, 51 published with warnings, 1 quarantined, 0 duplicates',
			'  QUARANTINED a/nowhere.txt',
			'    error: no-district here — Fix no-district. [no-district]',
			`  WARNING [no-headline] 50 files (a/00.txt, a/01.txt, a/02.txt, …): Fix no-headline. See data/build-report.json or /bien-tap/.`,
			'  WARNING a/undated.txt',
			'    warning: no-date here — Fix no-date. [no-date]',
		]);
		assert.equal(WARNINGS_LISTED, 3);
	});

	it('stays short whatever the number of warned files', () => {
		const big = report();
		const files = [...big.files];
		for (let i = 0; i < 5000; i++)
			files.push({ ...files[0], file: `b/${i}.txt`, id: `b-${i}` } as BuildReport['files'][number]);
		assert.equal(reportLines({ ...big, files }).length, 6);
	});
});
