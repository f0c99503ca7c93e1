/**
 * `npm run --silent new -- [--dir DIR] FILE|-`: imports a pasted article (a file, or stdin with
 * "-") in any encoding the build reads, into the articles folder as UTF-8 under a stable name
 * (day, district, title, hash of the text: the same text always gets the same name). It writes
 * nothing when the folder already holds the same text (a duplicate, whatever its file name) or
 * a different file of that name, and prints the extracted facts for review, as `npm run extract`
 * does, with the frontmatter that would fix each warning.
 *
 * Exit status: 0 written; 1 nothing written (duplicate, name taken, not an article); 2 usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeArticle } from '../src/lib/article/facts-text.ts';
import { listArticleFiles, readArticleFile } from '../src/lib/article/files.ts';
import { articleFileName, frontmatterBlock, frontmatterFixes, prepareImport } from '../src/lib/article/import.ts';
import { MAX_ARTICLE_BYTES, processArticle } from '../src/lib/article/process-article.ts';

const USAGE = 'Cách dùng: npm run --silent new -- [--dir THƯ_MỤC] TỆP|-   (- để đọc bài từ đầu vào chuẩn)';
const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Where the command was run from (npm runs scripts in the project root and says where it was called in INIT_CWD). */
const CWD = process.env.INIT_CWD ?? process.cwd();

interface Args {
	readonly input: string;
	readonly dir: string;
}

function parseArgs(argv: readonly string[]): Args | string {
	let dir: string | undefined;
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] as string;
		if (a === '--dir') {
			dir = argv[++i];
			if (!dir) return '--dir cần tên một thư mục';
		} else if (a.startsWith('--dir=')) dir = a.slice(6);
		else if (a === '-h' || a === '--help') return '';
		else if (a.startsWith('--')) return `không có tùy chọn ${a}`;
		else rest.push(a);
	}
	if (rest.length !== 1)
		return rest.length === 0 ? 'hãy cho tệp bài viết, hoặc - để đọc từ đầu vào chuẩn' : 'mỗi lần một bài';
	return {
		input: rest[0] as string,
		dir: dir ? resolve(CWD, dir) : resolve(ROOT, process.env.ARTICLES_DIR || 'content/articles'),
	};
}

/** How a path is named in messages: relative to the project when inside it, as the build names files. */
function shown(path: string): string {
	const r = relative(ROOT, path);
	return r.startsWith('..') || isAbsolute(r) ? path : r.split('\\').join('/');
}

function readInput(input: string): Uint8Array {
	return input === '-' ? readFileSync(0) : readFileSync(resolve(CWD, input));
}

async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv);
	if (typeof args === 'string') {
		process.stderr.write(`${args ? `${args}\n` : ''}${USAGE}\n`);
		return args ? 2 : 0;
	}
	let input: Uint8Array;
	try {
		input = readInput(args.input);
	} catch (e) {
		process.stderr.write(`${args.input}: không đọc được (${(e as NodeJS.ErrnoException).code ?? e})\n`);
		return 1;
	}
	const prepared = prepareImport(input);
	// First as it would be read under any name: the facts make the name.
	const draft = processArticle(join(shown(args.dir), 'new.txt'), prepared.bytes);
	if (prepared.binary || draft.messages.some((m) => m.code === 'empty-file' || m.code === 'binary-file')) {
		process.stderr.write(
			`${args.input}: không phải bài viết (${prepared.binary ? 'dữ liệu nhị phân' : 'không có chữ'}); không ghi gì\n`,
		);
		return 1;
	}
	const name = articleFileName(draft);
	const target = join(args.dir, name);
	const article = processArticle(shown(target), prepared.bytes);

	await mkdir(args.dir, { recursive: true });
	const files = await listArticleFiles(args.dir);
	// The same text already there, under this name or another: report it, write nothing.
	for (const file of files) {
		const path = join(args.dir, file);
		let read: { bytes: Uint8Array; size: number };
		try {
			read = await readArticleFile(path, MAX_ARTICLE_BYTES);
		} catch {
			continue;
		}
		const fingerprint = processArticle(shown(path), read.bytes, read.size).fingerprint;
		if (Buffer.from(read.bytes).equals(prepared.bytes) || (fingerprint !== '' && fingerprint === article.fingerprint)) {
			process.stdout.write(`Trùng lặp: ${shown(path)} đã có bài này (cùng nội dung); không ghi tệp mới.\n`);
			return 1;
		}
	}
	if (files.some((f) => join(args.dir, f) === target)) {
		process.stderr.write(`${shown(target)} đã có, với nội dung khác; không ghi gì\n`);
		return 1;
	}
	try {
		await mkdir(dirname(target), { recursive: true });
		// "wx": never replace a file, even one written since the check above.
		writeFileSync(target, prepared.bytes, { flag: 'wx' });
	} catch (e) {
		process.stderr.write(`${shown(target)}: không ghi được (${(e as NodeJS.ErrnoException).code ?? e})\n`);
		return 1;
	}

	// What the saved file no longer shows: the build reads it as clean UTF-8.
	const changes = [
		prepared.repaired ? 'lỗi mã hóa đã sửa' : '',
		prepared.encoding === 'utf-8' ? '' : `chuyển từ ${prepared.encoding.toUpperCase()} sang UTF-8`,
		prepared.dropped > 0 ? `đã bỏ ${prepared.dropped} chuỗi byte không đúng UTF-8, hãy kiểm tra chữ quanh đó` : '',
	].filter(Boolean);
	const converted = changes.length > 0 ? ` (${changes.join(', ')})` : '';
	process.stdout.write(`Đã lưu: ${shown(target)}${converted}\n\n${describeArticle(article)}`);
	const fixes = frontmatterFixes(article);
	if (fixes.length > 0) {
		process.stdout.write(
			`\nĐể sửa, thêm vào đầu tệp (hoặc vào phần khai báo đã có) rồi chạy lại npm run extract:\n${frontmatterBlock(fixes)}\n`,
		);
	}
	if (article.status === 'quarantined') {
		process.stdout.write('\nBài sẽ bị giữ lại khi dựng trang cho đến khi sửa các LỖI trên.\n');
	}
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
