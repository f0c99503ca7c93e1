/**
 * The site's settings (name, organisation, contact, data licence, language): one typed object
 * that pages, feeds, metadata and data files read. They come from environment variables, which
 * astro.config.mjs fills from `.env` files first (see `SettingsEnvSchema` and .env.example).
 */
import { SettingsEnvSchema, type SiteSettings, settingsFromEnv } from '../schemas/settings.ts';

export type { SiteSettings };

/**
 * The settings of `env`. A variable set to nothing counts as unset; a wrong value throws one
 * message naming each variable and what is wrong with it, so the build stops before any page.
 */
export function readSettings(env: Readonly<Record<string, string | undefined>>): SiteSettings {
	const given = Object.fromEntries(
		Object.keys(SettingsEnvSchema.shape).map((key) => [key, env[key]?.trim() || undefined]),
	);
	const parsed = SettingsEnvSchema.safeParse(given);
	if (parsed.success) return settingsFromEnv(parsed.data);
	const problems = parsed.error.issues.map(
		(i) => `${i.path.join('.')}=${JSON.stringify(given[String(i.path[0])])}: ${i.message}`,
	);
	throw new Error(`Wrong site settings (environment or .env): ${problems.join('; ')}`);
}

/** The settings of this build. */
export const settings: SiteSettings = readSettings(process.env);

/** Open Graph's locale of a language tag: "vi" → "vi_VN", "en-GB" → "en_GB", "fr" → "fr". */
export function ogLocale(language: string): string {
	const [lang, region] = language.split('-');
	if (region) return `${lang}_${region}`;
	return lang === 'vi' ? 'vi_VN' : (lang ?? language);
}
