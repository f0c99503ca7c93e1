/**
 * Headless Chromium for the browser tests (Debian's /usr/bin/chromium, driven by playwright-core;
 * `SKIP` says why when it is not installed), a page that records what went wrong in it, and
 * axe-core run in a page with every rule of WCAG 2.0–2.2 A and AA and axe's best practices.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestContext } from 'node:test';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
export const SKIP = existsSync(CHROMIUM)
	? null
	: `${CHROMIUM} is not installed (apt-get install chromium): browser tests skipped`;
/** Longest wait for any one thing in the page. */
export const WAIT_MS = 10_000;

let browser: Browser | undefined;

export async function launch(): Promise<Browser> {
	browser ??= await chromium.launch({
		executablePath: CHROMIUM,
		timeout: 30_000,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	return browser;
}

export async function closeBrowser(): Promise<void> {
	await browser?.close();
	browser = undefined;
}

/** What went wrong in a page: policy violations, script errors, failed requests. */
export interface Problems {
	readonly csp: string[];
	readonly errors: string[];
	readonly failed: string[];
}

export interface PageOptions {
	readonly width?: number;
	readonly javaScript?: boolean;
	/** Let axe-core be injected: the pages' policy allows no script but the site's own. */
	readonly bypassCSP?: boolean;
}

/** A fresh page that records every problem (see `Problems`); close its context when done. */
export async function openPage(
	options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: Problems }> {
	const context = await (await launch()).newContext({
		viewport: { width: options.width ?? 1280, height: 900 },
		javaScriptEnabled: options.javaScript ?? true,
		bypassCSP: options.bypassCSP ?? false,
		serviceWorkers: 'block',
	});
	context.setDefaultTimeout(WAIT_MS);
	const problems: Problems = { csp: [], errors: [], failed: [] };
	const page = await context.newPage();
	await page.exposeFunction('__cspViolation', (s: string) => problems.csp.push(s));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __cspViolation(s: string): void }).__cspViolation(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`,
			);
		});
	});
	page.on('console', (m) => {
		if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) problems.csp.push(m.text());
		else if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.errors.push(m.text());
	});
	page.on('pageerror', (e) => problems.errors.push(e.message));
	page.on('response', (r) => {
		if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.failed.push(`${r.status()} ${r.url()}`);
	});
	// A request cut short by leaving the page (an icon still loading when a form is sent) is no fault.
	page.on('requestfailed', (r) => {
		if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.failed.push(`${r.failure()?.errorText} ${r.url()}`);
	});
	return { context, page, problems };
}

/** Runs `body` in a fresh page (skipping the test without Chromium), closing it afterwards. */
export async function withPage(
	t: TestContext,
	options: PageOptions,
	body: (page: Page, problems: Problems) => Promise<void>,
): Promise<void> {
	if (SKIP) {
		t.skip(SKIP);
		return;
	}
	const { context, page, problems } = await openPage(options);
	try {
		await body(page, problems);
	} finally {
		await context.close();
	}
}

export function assertNoProblems(problems: Problems): void {
	assert.deepEqual(problems.csp, [], 'Content-Security-Policy violations');
	assert.deepEqual(problems.errors, [], 'script errors');
	assert.deepEqual(problems.failed, [], 'failed requests');
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets axe runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's violations in the page as "rule (impact): selectors" lines (none when it is clean). */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
		const result = (await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		})) as {
			violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
		};
		return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}, AXE_TAGS);
	return violations;
}
