/**
 * `fs.promises.rename` that also moves across file systems: where the system refuses the rename
 * because the two paths are on different devices (EXDEV), the file or folder is copied to its new
 * path and the old one removed. `astro build` moves its stylesheets and scripts from the folder it
 * bundles them in (`.astro/` in the project when the output folder is outside it) into the output
 * by renames: with `OUT_DIR` on another disk, a tmpfs or a mounted volume, every build failed
 * there. Any other error is the original's. Returns the function that puts the original back.
 */
import fs from 'node:fs';

type Rename = typeof fs.promises.rename;

// `cp` takes no Buffer for a path, as `rename` does.
const pathOf = (path: fs.PathLike) => (Buffer.isBuffer(path) ? path.toString() : path);

/** `rename`, with a copy and a removal where it fails with EXDEV. */
export function renameAcrossDevices(rename: Rename): Rename {
	return async (from, to) => {
		try {
			await rename(from, to);
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
			await fs.promises.cp(pathOf(from), pathOf(to), { recursive: true, force: true });
			await fs.promises.rm(from, { recursive: true, force: true });
		}
	};
}

/** Makes `fs.promises.rename` move across file systems; returns the function that puts it back. */
export function crossDeviceRenames(): () => void {
	const promises = fs.promises;
	const { rename } = promises;
	promises.rename = renameAcrossDevices(rename.bind(promises));
	return () => {
		promises.rename = rename;
	};
}
