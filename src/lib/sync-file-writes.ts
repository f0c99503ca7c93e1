/**
 * `fs.promises.mkdir` and `fs.promises.writeFile` done at once, on the calling thread, for a
 * path and data in memory: what `astro build` calls for each page it writes (a folder and the
 * file, in its output and again in its cache: astro/dist/core/build/generate.js, incremental.js),
 * each otherwise a round trip through libuv's threads. Their promises settle as the originals'
 * would, with the result or the error; any other call (a `FileHandle`, a stream of data) goes to
 * the original. Returns the function that puts the originals back.
 */
import fs from 'node:fs';

type Promises = typeof fs.promises;

/** A path given as such, not an open `FileHandle`. */
function isPath(path: unknown): path is fs.PathLike {
	return typeof path === 'string' || path instanceof URL || Buffer.isBuffer(path);
}

export function syncFileWrites(): () => void {
	const promises = fs.promises;
	const { mkdir, writeFile } = promises;
	const settled = <T>(run: () => T): Promise<T> => {
		try {
			return Promise.resolve(run());
		} catch (e) {
			return Promise.reject(e);
		}
	};
	promises.mkdir = ((path: unknown, options?: fs.MakeDirectoryOptions | fs.Mode | null) =>
		isPath(path)
			? settled(() => fs.mkdirSync(path, options))
			: mkdir.call(promises, path as fs.PathLike, options)) as Promises['mkdir'];
	promises.writeFile = ((file: unknown, data: unknown, options?: fs.WriteFileOptions) =>
		isPath(file) && (typeof data === 'string' || ArrayBuffer.isView(data))
			? settled(() => fs.writeFileSync(file, data as string | NodeJS.ArrayBufferView, options))
			: writeFile.call(promises, file as fs.PathLike, data as string, options)) as Promises['writeFile'];
	return () => {
		promises.mkdir = mkdir;
		promises.writeFile = writeFile;
	};
}
