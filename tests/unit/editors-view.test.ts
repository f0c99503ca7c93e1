import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportRow } from '../../src/lib/site/model/types.ts';
import { buildReport } from '../../src/lib/site/outputs/build-report.ts';
import { editorsView } from '../../src/lib/site/outputs/editors-view.ts';
import { item } from '../support/entries.ts';

const message = (file: string, code: 'no-headline' | 'no-district' | 'no-date', severity: 'error' | 'warning') => ({
	file,
	code,
	severity,
	message: `${code} here`,
	hint: `Fix ${code}.`,
	vi: { message: `Lỗi ${code}`, hint: `Sửa ${code}` },
});

function row(
	id: string,
	status: ReportRow['status'],
	spec: Parameters<typeof item>[1],
	duplicateOf: string | null = null,
): ReportRow {
	return { id, entry: item(id, spec).data, status, duplicateOf };
}

const rows: ReportRow[] = [
	row('ok', 'published', { title: 'Làm việc với huyện Nậm Pồ' }),
	row('untitled', 'warning', {
		title: 'Chủ tịch UBND tỉnh làm việc với huyện Mường Tè',
		messages: [message('content/articles/untitled.txt', 'no-headline', 'warning')],
	}),
	row('nowhere', 'quarantined', {
		title: 'Hội nghị tổng kết',
		district: null,
		province: 'Lai Châu',
		messages: [message('content/articles/nowhere.txt', 'no-district', 'error')],
	}),
	row('copy', 'duplicate', { title: 'Làm việc với huyện Nậm Pồ' }, 'ok'),
];
const view = editorsView(buildReport(rows), rows);
const file = (id: string) => {
	const f = [...view.held, ...view.warned].find((x) => x.id === id);
	assert.ok(f, id);
	return f;
};

describe('editorsView', () => {
	it('gives each file its headline and the page it is at, or leads to, or none while held', () => {
		assert.equal(file('untitled').title, 'Chủ tịch UBND tỉnh làm việc với huyện Mường Tè');
		assert.equal(file('untitled').path, '/bai-viet/untitled/');
		assert.equal(file('copy').path, '/bai-viet/ok/', 'a copy leads to the published original');
		assert.equal(file('nowhere').path, null);
		assert.deepEqual(
			view.held.map((f) => f.id),
			['nowhere', 'copy'],
		);
	});

	it('explains each problem in Vietnamese', () => {
		const [p] = file('nowhere').problems;
		assert.equal(p?.detail, 'Lỗi no-district');
		assert.equal(p?.fix, 'Sửa no-district');
		assert.equal(p?.severity, 'error');
	});

	it('gives the frontmatter to paste, commented in Vietnamese, with what is known filled in', () => {
		assert.equal(
			file('untitled').snippet,
			'---\n# tiêu đề bài (tiêu đề đang hiện được ghép từ các thông tin trích ra)\ntitle: Chủ tịch UBND tỉnh làm việc với huyện Mường Tè\n---',
		);
		assert.equal(
			file('nowhere').snippet,
			'---\n# huyện bài viết nói đến, theo danh mục 2023–2024\ndistrict: TÊN HUYỆN\n# tỉnh của huyện đó\nprovince: Lai Châu\n---',
		);
		assert.equal(file('copy').snippet, null, 'no frontmatter makes a copy publishable');
	});
});
