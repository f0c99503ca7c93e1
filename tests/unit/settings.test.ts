import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ogLocale, readSettings } from '../../src/lib/settings.ts';
import { dataPackage } from '../../src/lib/site/outputs/datapackage.ts';
import { SettingsEnvSchema } from '../../src/schemas/settings.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('readSettings', () => {
	it('has a default for every setting', () => {
		assert.deepEqual(readSettings({}), {
			name: 'Bản tin huyện',
			tagline: 'Các huyện báo cáo gì, lãnh đạo tỉnh yêu cầu gì',
			organisation: { name: 'Nhóm Bản tin huyện', url: null },
			contact: { email: null, url: null },
			language: 'vi',
			dataLicence: { name: 'CC BY 4.0', id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
		});
	});

	it('reads each variable, trimmed', () => {
		const s = readSettings({
			SITE_NAME: ' Tin huyện Điện Biên ',
			SITE_ORGANISATION: 'Báo Điện Biên Phủ',
			SITE_ORGANISATION_URL: 'https://baodienbienphu.example.vn/',
			SITE_CONTACT_EMAIL: 'toasoan@example.vn',
			SITE_LANGUAGE: 'vi-VN',
			DATA_LICENSE_NAME: 'ODbL 1.0',
			DATA_LICENSE_ID: 'ODbL-1.0',
			DATA_LICENSE_URL: 'https://opendatacommons.org/licenses/odbl/1-0/',
		});
		assert.equal(s.name, 'Tin huyện Điện Biên');
		assert.deepEqual(s.organisation, { name: 'Báo Điện Biên Phủ', url: 'https://baodienbienphu.example.vn/' });
		assert.deepEqual(s.contact, { email: 'toasoan@example.vn', url: null });
		assert.equal(s.language, 'vi-VN');
		assert.deepEqual(s.dataLicence, {
			name: 'ODbL 1.0',
			id: 'ODbL-1.0',
			url: 'https://opendatacommons.org/licenses/odbl/1-0/',
		});
	});

	it('takes a variable set to nothing (NAME= in .env) as unset', () => {
		assert.deepEqual(readSettings({ SITE_NAME: '', SITE_CONTACT_EMAIL: '  ' }), readSettings({}));
	});

	it('stops with every wrong variable named', () => {
		assert.throws(
			() =>
				readSettings({
					SITE_CONTACT_EMAIL: 'toasoan',
					DATA_LICENSE_URL: 'javascript:alert(1)',
					SITE_LANGUAGE: 'Tiếng Việt',
				}),
			(e: Error) =>
				/SITE_CONTACT_EMAIL="toasoan"/.test(e.message) &&
				/DATA_LICENSE_URL="javascript:alert\(1\)"/.test(e.message) &&
				/SITE_LANGUAGE="Tiếng Việt"/.test(e.message),
		);
	});
});

describe('ogLocale', () => {
	it('gives Vietnamese its country and keeps a given region', () => {
		assert.equal(ogLocale('vi'), 'vi_VN');
		assert.equal(ogLocale('en-GB'), 'en_GB');
		assert.equal(ogLocale('fr'), 'fr');
	});
});

describe('.env.example', () => {
	const example = read('.env.example');
	const listed = new Set([...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));

	it('lists every setting', () => {
		for (const key of Object.keys(SettingsEnvSchema.shape)) assert.ok(listed.has(key), key);
	});

	it('lists every variable the config reads, except ENV_DIR, which says where .env is', () => {
		const config = read('astro.config.mjs') + read('src/content.config.ts');
		const used = new Set([...config.matchAll(/process\.env\.([A-Z_]+)/g)].map((m) => m[1]));
		used.delete('ENV_DIR');
		used.delete('NODE_ENV');
		assert.ok(used.size >= 5);
		for (const key of used) assert.ok(listed.has(key), key);
	});

	it('holds the defaults, so that copying it to .env changes nothing', () => {
		const values = Object.fromEntries([...example.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
		assert.deepEqual(readSettings(values), readSettings({}));
	});
});

describe('datapackage.json', () => {
	const settings = readSettings({ SITE_CONTACT_EMAIL: 'toasoan@example.vn' });
	const url = (path: string) => `https://example.org/b${path}`;
	const pkg = dataPackage(
		{ name: 'Huyện Nậm Pồ', page: '/tinh/dien-bien/nam-po/', folder: '/tinh/dien-bien/nam-po/' },
		settings,
		url,
	) as {
		id: string;
		title: string;
		homepage: string;
		licenses: unknown[];
		contributors: unknown[];
		resources: { name: string; path: string; schema?: { fields: { name: string; type: string }[] } }[];
	};

	it('names the publisher and the data licence', () => {
		assert.equal(pkg.id, 'https://example.org/b/tinh/dien-bien/nam-po/datapackage.json');
		assert.equal(pkg.title, 'Bản tin huyện: Huyện Nậm Pồ');
		assert.equal(pkg.homepage, 'https://example.org/b/tinh/dien-bien/nam-po/');
		assert.deepEqual(pkg.licenses, [
			{ name: 'CC-BY-4.0', title: 'CC BY 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
		]);
		assert.deepEqual(pkg.contributors, [
			{ title: 'Nhóm Bản tin huyện', email: 'toasoan@example.vn', roles: ['publisher'] },
		]);
	});

	it('describes the two files beside it, the CSV column by column', () => {
		assert.deepEqual(
			pkg.resources.map((r) => r.path),
			['briefings.json', 'indicators.csv'],
		);
		const fields = pkg.resources[1]?.schema?.fields ?? [];
		assert.equal(fields.find((f) => f.name === 'value')?.type, 'number');
		assert.equal(fields.find((f) => f.name === 'date')?.type, 'date');
	});
});
