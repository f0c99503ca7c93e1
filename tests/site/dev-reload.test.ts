/**
 * `npm run dev` shows a new or changed article within seconds: the dev server on a copy of the
 * samples, an article added, then changed, then removed, each seen on its page; ids given as the
 * build gives them; links never followed.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../support/build-site.ts';

/** How long the server may take to start, and a change to show. */
const START_MS = 90_000;
const CHANGE_MS = 60_000;

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
			);
		});
	});
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function get(url: string): Promise<{ status: number; text: string }> {
	try {
		const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
		return { status: res.status, text: await res.text() };
	} catch {
		return { status: 0, text: '' };
	}
}

/** Polls `url` until `ok` holds, at most `ms`; the last answer either way. */
async function until(url: string, ok: (r: { status: number; text: string }) => boolean, ms: number) {
	const end = Date.now() + ms;
	let last = await get(url);
	while (!ok(last) && Date.now() < end) {
		await sleep(250);
		last = await get(url);
	}
	return { ...last, ok: ok(last) };
}

const SECRET = 'NOI-DUNG-NGOAI-THU-MUC-BAI-VIET';

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';

const article = (headline: string, day: number) =>
	`${headline}\n\nNgày ${day}/11/2024, đoàn công tác của UBND tỉnh Điện Biên đã làm việc với huyện Mường Chà về tình hình kinh tế - xã hội năm 2024.\n\nĐiện Biên TV\n`;

describe('npm run dev', { timeout: START_MS + 7 * CHANGE_MS }, () => {
	let server: ChildProcess | undefined;
	let log = '';
	let base = '';
	let work = '';
	let articles = '';

	before(async () => {
		// Inside tmp/, which the watcher otherwise ignores (astro.config.mjs): it must watch the articles.
		mkdirSync(join(ROOT, 'tmp'), { recursive: true });
		work = mkdtempSync(join(ROOT, 'tmp', 'dev-reload-'));
		articles = join(work, 'articles');
		cpSync(join(ROOT, 'tests/fixtures/seeds'), articles, { recursive: true });
		const port = await freePort();
		base = `http://127.0.0.1:${port}`;
		server = spawn(
			process.execPath,
			[join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
			{
				cwd: ROOT,
				env: {
					...process.env,
					ASTRO_DEV_BACKGROUND: '0',
					ASTRO_TELEMETRY_DISABLED: '1',
					ARTICLES_DIR: relative(ROOT, articles),
					// Each load extracts on a worker thread, whose script Node loads beside Vite's.
					EXTRACTION_WORKERS: '1',
				},
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		server.stdout?.on('data', (d) => {
			log += d;
		});
		server.stderr?.on('data', (d) => {
			log += d;
		});
		const up = await until(`${base}/tinh/`, (r) => r.status === 200, START_MS);
		assert.ok(up.ok, `the dev server did not start:\n${log.slice(-3000)}`);
	});

	after(async () => {
		// Always stop the server (and what it started), even when a test failed.
		if (server && server.exitCode === null) {
			const exited = new Promise((r) => server?.once('exit', r));
			server.kill('SIGTERM');
			await Promise.race([exited, sleep(5000)]);
			if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
		}
		if (work) rmSync(work, { recursive: true, force: true });
	});

	it('serves the samples', async () => {
		const r = await get(`${base}/tinh/dien-bien/nam-po/`);
		assert.equal(r.status, 200);
		assert.match(titleOf(r.text), /Huyện Nậm Pồ/);
	});

	it('serves the downloads, which `npm run build` writes beside Astro, at their addresses', async () => {
		for (const [path, type, text] of [
			['/rss.xml', 'application/rss+xml', '<rss'],
			['/data/indicators.csv', 'text/csv', 'briefing_id'],
			['/tinh/dien-bien/nam-po/briefings.json', 'application/json', 'Nậm Pồ'],
			['/tinh/dien-bien/nam-po/datapackage.json', 'application/json', '"resources"'],
		] as const) {
			const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });
			assert.equal(res.status, 200, path);
			assert.ok(res.headers.get('content-type')?.startsWith(`${type};`), `${path}: ${res.headers.get('content-type')}`);
			assert.ok((await res.text()).includes(text), `${path} has ${text}`);
		}
	});

	it('shows an added article within seconds', async () => {
		assert.equal((await get(`${base}/bai-viet/moi-them/`)).status, 404);
		writeFileSync(join(articles, 'moi-them.txt'), article('Đoàn công tác tỉnh làm việc với huyện Mường Chà', 20));
		const r = await until(`${base}/bai-viet/moi-them/`, (x) => x.status === 200, CHANGE_MS);
		assert.ok(r.ok, `not shown after ${CHANGE_MS / 1000} s (status ${r.status}):\n${log.slice(-2000)}`);
		assert.match(titleOf(r.text), /^Đoàn công tác tỉnh làm việc với huyện Mường Chà/);
		const district = await until(`${base}/tinh/dien-bien/muong-cha/`, (x) => x.status === 200, CHANGE_MS);
		assert.ok(district.ok, 'the district page of the new article');
	});

	it('shows a change to it', async () => {
		writeFileSync(join(articles, 'moi-them.txt'), article('Chủ tịch UBND tỉnh kiểm tra huyện Mường Chà', 21));
		const r = await until(
			`${base}/bai-viet/moi-them/`,
			(x) => x.status === 200 && titleOf(x.text).startsWith('Chủ tịch UBND tỉnh kiểm tra'),
			CHANGE_MS,
		);
		assert.ok(r.ok, `the change was not shown: "${titleOf(r.text)}"\n${log.slice(-2000)}`);
		assert.match(r.text, /21\/11\/2024/);
	});

	it('gives a file asking for a published id an address of its own, as the build does', async () => {
		const original = await get(`${base}/bai-viet/000-bcc1ecf503c2fdd8/`);
		writeFileSync(
			join(articles, 'xin-dia-chi.md'),
			`---\nslug: 000-bcc1ecf503c2fdd8\n---\n${article('Bài mới xin địa chỉ của bài cũ ở Mường Chà', 22)}`,
		);
		writeFileSync(join(articles, 'Moi Them.txt'), article('Bài có tên gập thành moi-them ở Mường Chà', 23));
		const json = await until(
			`${base}/data/briefings.json`,
			(x) => x.text.includes('Bài mới xin địa chỉ') && x.text.includes('Bài có tên gập'),
			CHANGE_MS,
		);
		assert.ok(json.ok, `the new files were not loaded:\n${log.slice(-2000)}`);
		const still = await get(`${base}/bai-viet/000-bcc1ecf503c2fdd8/`);
		assert.equal(titleOf(still.text), titleOf(original.text));
		// "Moi Them.txt" folds to the id of moi-them.txt, added above, and must not take its page.
		assert.match(titleOf((await get(`${base}/bai-viet/moi-them/`)).text), /^Chủ tịch UBND tỉnh kiểm tra/);
	});

	it('never follows a symbolic link out of the folder', async () => {
		const outside = join(work, 'ngoai');
		mkdirSync(outside);
		writeFileSync(join(outside, 'bi-mat.txt'), article(`Bí mật ${SECRET} ở Mường Chà`, 24));
		symlinkSync(join(outside, 'bi-mat.txt'), join(articles, 'lien-ket.txt'));
		symlinkSync(outside, join(articles, 'thu-muc-lien-ket'));
		// A plain file added after the links: once it shows, the links have been seen too.
		writeFileSync(join(articles, 'sau-lien-ket.txt'), article('Bài thêm sau liên kết ở Mường Chà', 25));
		const r = await until(`${base}/bai-viet/sau-lien-ket/`, (x) => x.status === 200, CHANGE_MS);
		assert.ok(r.ok, `the plain file was not loaded:\n${log.slice(-2000)}`);
		const json = await get(`${base}/data/briefings.json`);
		assert.equal(json.status, 200);
		assert.ok(!json.text.includes(SECRET));
		const report = await get(`${base}/data/build-report.json`);
		assert.match(report.text, /lien-ket\.txt[^}]*not-a-file/);
		assert.match(report.text, /thu-muc-lien-ket[^}]*not-a-file/);
	});

	it('drops it when the file is removed', async () => {
		unlinkSync(join(articles, 'moi-them.txt'));
		const r = await until(`${base}/bai-viet/moi-them/`, (x) => x.status === 404, CHANGE_MS);
		assert.ok(r.ok, `still served (status ${r.status})`);
	});
});
