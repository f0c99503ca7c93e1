/**
 * The editors' lists cut into pages (src/lib/site/outputs/editor-pages.ts), the addresses of those
 * pages, and the kinds of problem the editors' page counts (src/lib/site/outputs/editors-view.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportRow } from '../../src/lib/site/model/types.ts';
import { buildReport } from '../../src/lib/site/outputs/build-report.ts';
import { EDITOR_PAGE_SIZE, editorLists, editorPageSetting } from '../../src/lib/site/outputs/editor-pages.ts';
import { editorsView } from '../../src/lib/site/outputs/editors-view.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { item } from '../support/entries.ts';

type Code = 'no-headline' | 'no-district' | 'no-date' | 'unknown-district';
const message = (id: string, code: Code, severity: 'error' | 'warning') => ({
	file: `content/articles/${id}.txt`,
	code,
	severity,
	message: `${code} here`,
	hint: `Fix ${code}.`,
	vi: { message: `Lỗi ${code}`, hint: `Sửa ${code}` },
});

const row = (
	id: string,
	status: ReportRow['status'],
	codes: readonly (readonly [Code, 'error' | 'warning'])[],
): ReportRow => ({
	id,
	entry: item(id, { messages: codes.map(([code, severity]) => message(id, code, severity)) }).data,
	status,
	duplicateOf: null,
});

/** `warned` files warned of a missing headline (every third also of a missing date), and two held. */
function view(warned: number) {
	const rows: ReportRow[] = [
		row('ok', 'published', []),
		row('held-1', 'quarantined', [['no-district', 'error']]),
		row('held-2', 'quarantined', [
			['unknown-district', 'error'],
			['no-district', 'error'],
		]),
	];
	for (let i = 0; i < warned; i++) {
		const id = `w-${String(i).padStart(3, '0')}`;
		rows.push(
			row(id, 'warning', [
				['no-headline', 'warning'],
				...(i % 3 === 0 ? ([['no-date', 'warning']] as const) : []),
				// The same kind twice in one file counts the file once.
				...(i === 1 ? ([['no-headline', 'warning']] as const) : []),
			]),
		);
	}
	return editorsView(buildReport(rows), rows);
}

describe('editorLists', () => {
	it('cuts each list into pages of the size, in the list’s order, each file once', () => {
		const v = view(7);
		const lists = editorLists(v, 3);
		assert.deepEqual(
			lists.warned.map((p) => [p.page, p.pages, p.from, p.total, p.files.map((f) => f.id)]),
			[
				[1, 3, 1, 7, ['w-000', 'w-001', 'w-002']],
				[2, 3, 4, 7, ['w-003', 'w-004', 'w-005']],
				[3, 3, 7, 7, ['w-006']],
			],
		);
		assert.deepEqual(
			lists.warned.flatMap((p) => p.files),
			v.warned,
		);
		assert.deepEqual(
			lists.held.map((p) => [p.list, p.page, p.pages, p.files.map((f) => f.id)]),
			[['held', 1, 1, ['held-1', 'held-2']]],
		);
	});

	it('always gives a list its first page, with no files when it is empty', () => {
		const lists = editorLists(view(0));
		assert.deepEqual(
			lists.warned.map((p) => [p.page, p.pages, p.total, p.files.length]),
			[[1, 1, 0, 0]],
		);
	});

	it('puts a hundred files on a page unless the environment says otherwise', () => {
		const lists = editorLists(view(EDITOR_PAGE_SIZE + 1));
		assert.deepEqual(
			lists.warned.map((p) => p.files.length),
			[EDITOR_PAGE_SIZE, 1],
		);
		assert.equal(editorPageSetting({}), EDITOR_PAGE_SIZE);
		assert.equal(editorPageSetting({ EDITOR_PAGE_FILES: '5' }), 5);
		for (const wrong of ['0', '-2', '2.5', 'ten', '']) {
			assert.equal(editorPageSetting({ EDITOR_PAGE_FILES: wrong }), EDITOR_PAGE_SIZE, wrong);
		}
	});
});

describe('paths.editorList', () => {
	it('is the list’s section of the editors’ page for the first page, a page of its own after', () => {
		assert.equal(paths.editorList('held', 1), '/bien-tap/#held');
		assert.equal(paths.editorList('warned', 1), '/bien-tap/#warned');
		assert.equal(paths.editorList('held', 2), '/bien-tap/giu-lai/2/');
		assert.equal(paths.editorList('warned', 12), '/bien-tap/can-xem-lai/12/');
	});
});

describe('editorsView kinds', () => {
	it('counts the files of each kind of problem, errors first, then the commonest', () => {
		assert.deepEqual(
			view(7).kinds.map((k) => [k.code, k.severity, k.files]),
			[
				['no-district', 'error', 2],
				['unknown-district', 'error', 1],
				['no-headline', 'warning', 7],
				['no-date', 'warning', 3],
			],
		);
	});

	it('gives each kind its Vietnamese name and general fix from the catalog, not one file’s', () => {
		const kind = view(1).kinds.find((k) => k.code === 'no-headline');
		assert.equal(kind?.title, 'Bài không có dòng tít');
		assert.equal(kind?.fix, 'Khai title trong phần khai báo hoặc đặt tít ở dòng đầu.');
	});
});
