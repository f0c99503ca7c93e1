import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../src/lib/extract/extract-facts.ts';
import { delegationBody, withBody } from '../../src/lib/extract/officials/delegation.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const body = (text: string) => delegationBody(text.toLowerCase(), text);
const officials = (sentence: string) =>
	extractFacts(normalizeText(`Lãnh đạo tỉnh làm việc với huyện Sìn Hồ\n${sentence}`)).facts.officials.map((o) => [
		o.name,
		o.title,
		o.level,
		o.role,
	]);

describe('a delegation’s body completes its lead’s title', () => {
	it('finds the body of the delegation a person is named to lead', () => {
		assert.equal(body('Ngày 5/1, Đoàn giám sát của HĐND tỉnh do '), 'HĐND tỉnh');
		assert.equal(body('Đoàn công tác của Ban Tuyên giáo Tỉnh ủy do'), 'Ban Tuyên giáo Tỉnh ủy');
		assert.equal(body('Tổ công tác số 2 của UBND tỉnh Lai Châu do '), 'UBND tỉnh Lai Châu');
		assert.equal(body('Đoàn ĐBQH tỉnh do '), 'Đoàn ĐBQH tỉnh');
		// No delegation, or not its lead.
		assert.equal(body('Hội nghị do '), null);
		assert.equal(body('Đoàn giám sát của HĐND tỉnh đã làm việc với '), null);
	});
	it('writes the body’s first word once where the post ends with it', () => {
		assert.equal(withBody('Phó Chủ tịch', 'HĐND tỉnh'), 'Phó Chủ tịch HĐND tỉnh');
		assert.equal(withBody('Giám đốc Sở', 'Sở Tài chính'), 'Giám đốc Sở Tài chính');
		assert.equal(withBody('Phó Trưởng ban', 'Ban Tuyên giáo Tỉnh ủy'), 'Phó Trưởng ban Tuyên giáo Tỉnh ủy');
	});
	it('reads the lead of a delegation whose title leaves its body out', () => {
		assert.deepEqual(
			officials(
				'Ngày 4/10/2024, Đoàn ĐBQH tỉnh do đồng chí Tạ Văn Lợi, Phó Trưởng đoàn chuyên trách làm trưởng đoàn đã tiếp xúc cử tri huyện Sìn Hồ.',
			),
			[['Tạ Văn Lợi', 'Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh', 'province', 'lead']],
		);
		assert.deepEqual(
			officials(
				'Ngày 10/5/2024, Đoàn giám sát của HĐND tỉnh do đồng chí Vũ Xuân Cường, Phó Chủ tịch làm trưởng đoàn đã làm việc với UBND huyện Sìn Hồ.',
			),
			[['Vũ Xuân Cường', 'Phó Chủ tịch HĐND tỉnh', 'province', 'lead']],
		);
		assert.deepEqual(
			officials(
				'Ngày 10/5/2024, Đoàn kiểm tra của Sở Tài chính do đồng chí Lò Văn Bình, Giám đốc Sở làm trưởng đoàn làm việc với huyện Sìn Hồ.',
			),
			[['Lò Văn Bình', 'Giám đốc Sở Tài chính', 'province', 'lead']],
		);
		// A title that is whole stays as written.
		assert.deepEqual(
			officials(
				'Ngày 10/5/2024, Tổ công tác của UBND tỉnh do đồng chí Vừ A Bằng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn làm việc với huyện Sìn Hồ.',
			),
			[['Vừ A Bằng', 'Phó Chủ tịch UBND tỉnh', 'province', 'lead']],
		);
	});
});
