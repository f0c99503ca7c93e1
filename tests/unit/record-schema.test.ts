import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { briefingRecords } from '../../src/lib/site/outputs/briefings-json.ts';
import {
	BriefingRecordSchema,
	briefingsJsonSchema,
	fieldDocs,
	IndicatorRecordSchema,
} from '../../src/schemas/record.ts';
import { item } from '../support/entries.ts';

const url = (path: string) => `https://example.org${path}`;
const schema = briefingsJsonSchema('https://example.org/data/briefing.schema.json', 'Bản tin huyện');
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

const site = buildSite([
	item('a', {
		date: '2024-11-19',
		period: { year: 2024, months: 12 },
		officials: [{ name: 'Vừ A Bằng', title: 'Phó Chủ tịch UBND tỉnh', sentence: 'Câu.' }],
		indicators: [{ key: 'budget-revenue', label: 'thu ngân sách', value: 78, unit: 'tỷ đồng', planPercent: 105 }],
		source: { outlet: 'Điện Biên TV', url: 'https://dienbientv.vn/a.htm', author: 'Chí Công' },
	}),
	item('b', { date: null, province: null, district: null, districts: [] }),
]);
const records = briefingRecords(site.briefings, url);

describe('the JSON Schema of briefings.json', () => {
	it('is an array of briefing records, the record under $defs', () => {
		assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
		assert.equal(schema.type, 'array');
		assert.deepEqual(schema.items, { $ref: '#/$defs/briefing' });
		const record = (schema.$defs as Record<string, { required: string[]; additionalProperties: boolean }>).briefing;
		assert.deepEqual([...(record?.required ?? [])].sort(), [
			'date',
			'district',
			'districts',
			'id',
			'indicators',
			'kind',
			'officials',
			'period',
			'province',
			'source',
			'title',
			'url',
		]);
		assert.equal(record?.additionalProperties, false);
	});

	it('accepts what briefingRecords writes, and the zod schema does too', () => {
		assert.ok(validate(records), JSON.stringify(validate.errors));
		for (const r of records) BriefingRecordSchema.parse(r);
	});

	it('refuses a record with a field too many, one missing, or a wrong kind', () => {
		const first = records[0];
		assert.ok(first);
		assert.equal(validate([{ ...first, extra: 1 }]), false);
		const { title: _title, ...untitled } = first;
		assert.equal(validate([untitled]), false);
		assert.equal(validate([{ ...first, kind: 'visit' }]), false);
		assert.equal(validate([{ ...first, indicators: [{ key: 'budget-revenue', label: 'x', value: '78' }] }]), false);
	});

	it('describes every field, for the data page', () => {
		for (const f of [...fieldDocs(BriefingRecordSchema), ...fieldDocs(IndicatorRecordSchema)]) {
			assert.ok(f.description.length > 10, `${f.name} has no description`);
		}
		assert.deepEqual(
			fieldDocs(IndicatorRecordSchema).map((f) => f.name),
			[
				'key',
				'label',
				'value',
				'unit',
				'planPercent',
				'planBasis',
				'yoyPercent',
				'change',
				'changeUnit',
				'of',
				'qualifier',
				'hedges',
				'target',
				'district',
				'sentence',
			],
		);
	});
});
