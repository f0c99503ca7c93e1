/**
 * A deployment's settings in a `.env` file (tests/fixtures/settings/.env) reach every page, feed
 * and data file, and a variable of the environment wins over the same one in the file.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { type BuiltSite, buildSite, readBuilt } from '../support/build-site.ts';
import { checkLinks, formatBroken } from '../support/check-links.ts';
import { attributes, htmlFiles, links, textOf } from '../support/html.ts';
import { readFeed } from '../support/rss.ts';

const ENV_DIR = 'tests/fixtures/settings';
/** From the .env file. */
const SITE = 'https://tin.example.vn';
const NAME = 'Tin huyện Tây Bắc';
const ORGANISATION = 'Báo Tây Bắc & Cộng sự';
const LICENCE = { name: 'ODbL-1.0', title: 'ODbL 1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/' };
/** From the environment, over the file's own SITE_TAGLINE. */
const TAGLINE = 'Biến môi trường thắng tệp .env';

let site: BuiltSite;

before(() => {
	site = buildSite('settings', 'tests/fixtures/seeds', {
		base: '/ban-tin/',
		envDir: ENV_DIR,
		env: { SITE_TAGLINE: TAGLINE },
	});
});

/** Content of a <meta name|property="key">. */
function meta(html: string, key: string): string | undefined {
	for (const tag of html.matchAll(/<meta\b[^>]*>/g)) {
		if (attributes(tag[0], 'meta', 'name')[0] === key || attributes(tag[0], 'meta', 'property')[0] === key) {
			return attributes(tag[0], 'meta', 'content')[0];
		}
	}
	return undefined;
}

describe('settings from a .env file', () => {
	it('name every page, its title and its metadata, on the .env’s origin', () => {
		for (const file of htmlFiles(site.dir)) {
			const html = readBuilt(site, file);
			assert.match(textOf(html, /<title>/) ?? '', new RegExp(`${NAME}$`), file);
			assert.equal(meta(html, 'og:site_name'), NAME, file);
			assert.equal(textOf(html, /<span class="brand__name">/), NAME, file);
			assert.equal(meta(html, 'og:image'), `${SITE}/ban-tin/og-image.png`, file);
			if (file !== '/404.html') {
				assert.ok(
					attributes(html, 'link', 'href').some((h) => h.startsWith(`${SITE}/ban-tin/`)),
					file,
				);
			}
		}
		assert.equal(textOf(readBuilt(site, '/index.html'), /<h1\b[^>]*>/), NAME);
	});

	it('let a variable of the environment win over the file', () => {
		const home = readBuilt(site, '/index.html');
		assert.equal(textOf(home, /<span class="brand__tag">/), TAGLINE);
		assert.match(meta(home, 'description') ?? '', new RegExp(`^${TAGLINE}: `));
	});

	it('show the organisation, its contact and the data licence in every footer', () => {
		for (const file of htmlFiles(site.dir)) {
			const footer = readBuilt(site, file).split('<footer')[1] ?? '';
			const hrefs = links(footer);
			assert.ok(
				hrefs.some((l) => l.href === 'https://taybac.example.vn/' && l.text === ORGANISATION),
				file,
			);
			assert.ok(
				hrefs.some((l) => l.href === 'mailto:toasoan@taybac.example.vn'),
				file,
			);
			assert.ok(
				hrefs.some((l) => l.href === LICENCE.path && l.rel === 'license' && l.text === LICENCE.title),
				file,
			);
		}
	});

	it('state the licence and publisher on the data page, and cite them', () => {
		const page = readBuilt(site, '/du-lieu/index.html');
		const licence = page.split('id="licence"')[1]?.split('</section>')[0] ?? '';
		assert.ok(links(licence).some((l) => l.href === LICENCE.path && l.rel === 'license'));
		assert.ok(links(licence).some((l) => l.text === ORGANISATION));
		assert.match(
			textOf(page, /<p class="cite">/) ?? '',
			new RegExp(
				`^${ORGANISATION}\\. ${NAME}: Dữ liệu bài viết \\(briefings\\.json\\)\\. ${SITE}/ban-tin/data/briefings\\.json\\. Giấy phép ${LICENCE.title}\\.`,
			),
		);
	});

	it('title every feed', () => {
		const feed = readFeed(readBuilt(site, '/rss.xml'));
		assert.equal(feed.title, NAME);
		assert.equal(feed.link, `${SITE}/ban-tin/`);
		assert.equal(feed.language, 'vi');
		assert.equal(readFeed(readBuilt(site, '/tinh/dien-bien/rss.xml')).title, `${NAME}: Tỉnh Điện Biên`);
	});

	it('put the licence and publisher in every datapackage.json, and the name in the JSON Schema', () => {
		for (const folder of ['/data/', '/tinh/dien-bien/', '/tinh/dien-bien/nam-po/']) {
			const pkg = JSON.parse(readBuilt(site, `${folder}datapackage.json`));
			assert.equal(pkg.id, `${SITE}/ban-tin${folder}datapackage.json`);
			assert.deepEqual(pkg.licenses, [LICENCE], folder);
			assert.deepEqual(pkg.contributors, [
				{
					title: ORGANISATION,
					path: 'https://taybac.example.vn/',
					email: 'toasoan@taybac.example.vn',
					roles: ['publisher'],
				},
			]);
			for (const r of pkg.resources) assert.ok(existsSync(join(site.dir, folder, r.path)), `${folder}${r.path}`);
		}
		assert.equal(JSON.parse(readBuilt(site, '/data/briefing.schema.json')).title, `${NAME}: briefings.json`);
		const records = JSON.parse(readBuilt(site, '/data/briefings.json')) as { url: string }[];
		for (const r of records) assert.ok(r.url.startsWith(`${SITE}/ban-tin/bai-viet/`), r.url);
	});

	it('leave no broken link', () => {
		const report = checkLinks(site.dir, { site: SITE, base: '/ban-tin/' });
		assert.equal(report.broken.length, 0, formatBroken(report));
		assert.ok(readFileSync(join(site.dir, 'favicon.ico')).length > 0);
	});
});
