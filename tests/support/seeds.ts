/**
 * The five sample articles and the facts each must yield (copied from the extraction contract's
 * seeds-expected.json so that the suite stands on its own).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface ExpectedSeed {
	file: string;
	title: string | null;
	date: string;
	province: string;
	district: string;
	kind: string;
	period: { year: number; months: number } | null;
	officials: { name: string; title: string; level: string; role: string }[];
	facts: [string, string, number, string?][];
	source: { outlet: string | null; author: string | null; url?: string };
	districts: string[];
}

export const expectedSeeds: ExpectedSeed[] = JSON.parse(readFileSync(`${FIXTURES}seeds-expected.json`, 'utf8'));

/** Raw bytes of a sample article. */
export function seedBytes(file: string): Uint8Array {
	return readFileSync(`${FIXTURES}seeds/${file}`);
}

/** Text of a sample article as stored (UTF-8). */
export function seedText(file: string): string {
	return readFileSync(`${FIXTURES}seeds/${file}`, 'utf8');
}

/** A sample with `mark` added to its headline, so that it is another article, not a copy of the sample. */
export function seedVariant(file: string, mark: string): string {
	const text = seedText(file);
	const end = text.indexOf('\n');
	return `${text.slice(0, end)} (${mark})${text.slice(end)}`;
}

/** Frontmatter YAML with more aliases than the reader allows (an alias bomb). */
export const ALIAS_BOMB = [
	'a: &a [x, x, x, x, x, x, x, x, x, x]',
	...Array.from({ length: 60 }, (_, i) => `k${i}: *a`),
].join('\n');
