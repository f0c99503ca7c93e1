/**
 * V8 keeps the pages of its heap that a garbage collection frees in a pool, for the heap to grow
 * into again, and gives them back to the system only in a collection meant to reduce memory: a
 * "last resort" one, which a process busy allocating (a build rendering pages) never has. So a
 * process keeps resident the pages of its largest heap so far (and of its worker threads', for a
 * few seconds after they end) unless it asks for one.
 */

/** V8's collector as `--expose-gc` exposes it, with the options this V8 takes. */
type ExposedGc = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * Collects all the garbage, synchronously, and gives back V8's pooled pages, with the collector
 * `gc` (`globalThis.gc` by default, there when the process was started with `--expose-gc`);
 * false, having done nothing, when there is no collector.
 */
export function releasePooledMemory(gc: unknown = (globalThis as { gc?: unknown }).gc): boolean {
	if (typeof gc !== 'function') return false;
	(gc as ExposedGc)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
	return true;
}
