/**
 * A tiny static HTTP server for the browser tests: serves a built site from 127.0.0.1 on a free
 * port, under the site's base path ("/briefings/" → files at /briefings/…), with the content
 * types a browser insists on (application/wasm for WebAssembly, text/javascript for modules).
 * Directory URLs serve their index.html; anything outside the folder or the base path is a 404.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	// Pagefind's index files: the WebAssembly module and gzipped binary chunks.
	'.pagefind': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
	/** "http://127.0.0.1:PORT/briefings/": the site's home page. */
	readonly url: string;
	/** Every path requested, in order (for diagnosing a failing test). */
	readonly requests: readonly string[];
	close(): Promise<void>;
}

/** The content type of a file name (octet-stream when unknown). */
export function contentType(name: string): string {
	return TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** Serves `dir` under `base` ("/" or "/briefings/") until `close()`. */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const root = normalize(dir + sep);
	const requests: string[] = [];
	const server = createServer((req, res) => {
		const notFound = () => {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
		};
		let pathname: string;
		try {
			pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			notFound();
			return;
		}
		requests.push(pathname);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405).end();
			return;
		}
		if (!pathname.startsWith(prefix)) return notFound();
		let file = normalize(join(root, pathname.slice(prefix.length)));
		if (!file.startsWith(root)) return notFound();
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			const st = statSync(file);
			res.writeHead(200, {
				'content-type': contentType(file),
				'content-length': st.size,
				'cache-control': 'no-store',
			});
			if (req.method === 'HEAD') res.end();
			else createReadStream(file).pipe(res);
		} catch {
			notFound();
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		requests,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
