/**
 * `npm run dev`: Astro's development server, in the foreground, on any OS. Extra arguments go to
 * `astro dev` (`npm run dev -- --port 4000`).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// Astro 7 detaches the server into the background when it guesses that an AI agent started it;
// ASTRO_DEV_BACKGROUND keeps it attached. Set here, not as `VAR=1 astro dev`, which Windows shells reject.
const env = { ...process.env, ASTRO_DEV_BACKGROUND: process.env.ASTRO_DEV_BACKGROUND ?? '0' };
const server = spawn(process.execPath, [astro, 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
	process.exitCode = code ?? (signal ? 1 : 0);
});
