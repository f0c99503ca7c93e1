/**
 * `astro build` with its output on another file system than the project (src/lib/cross-device-rename.ts):
 * from the build's start to its end, a rename Astro makes that the system refuses across devices is
 * a copy and a removal.
 */
import type { AstroIntegration } from 'astro';
import { crossDeviceRenames } from '../lib/cross-device-rename.ts';

export function crossDeviceMovesIntegration(): AstroIntegration {
	let restore: (() => void) | null = null;
	return {
		name: 'cross-device-moves',
		hooks: {
			'astro:build:start': () => {
				restore ??= crossDeviceRenames();
			},
			'astro:build:done': () => {
				restore?.();
				restore = null;
			},
		},
	};
}
