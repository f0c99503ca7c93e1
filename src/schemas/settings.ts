/**
 * The settings of a deployment, as environment variables: who publishes the site, how to reach
 * them, under which licence the data is offered and in which language. Each key is a variable,
 * read from the environment or from a `.env` file (the environment wins); every one is optional.
 * `.env.example` lists them with these descriptions.
 */
import { z } from 'astro/zod';

/** An unset variable, or one set to nothing (`SITE_CONTACT_EMAIL=` in .env), takes the default. */
const text = (fallback: string) => z.string().trim().min(1).default(fallback);

export const SettingsEnvSchema = z.object({
	SITE_NAME: text('Bản tin huyện').describe('The site’s name: header, page titles, feeds, metadata.'),
	SITE_TAGLINE: text('Các huyện báo cáo gì, lãnh đạo tỉnh yêu cầu gì').describe(
		'What the site is for, under its name and as the default description.',
	),
	SITE_ORGANISATION: text('Nhóm Bản tin huyện').describe(
		'Who publishes the site and its data: footer, data page, datapackage.json.',
	),
	SITE_ORGANISATION_URL: z
		.url({ protocol: /^https?$/ })
		.optional()
		.describe('The organisation’s own web site.'),
	SITE_CONTACT_EMAIL: z.email().optional().describe('Where readers write about errors in the data.'),
	SITE_CONTACT_URL: z
		.url({ protocol: /^https?$/ })
		.optional()
		.describe('A contact page, instead of or besides the e-mail.'),
	SITE_LANGUAGE: z
		.string()
		.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language tag such as "vi" or "vi-VN"')
		.default('vi')
		.describe('Language of the pages and feeds (BCP 47: "vi"), for <html lang>, RSS and Open Graph.'),
	DATA_LICENSE_NAME: text('CC BY 4.0').describe('The licence of the data (JSON, CSV), as readers know it.'),
	DATA_LICENSE_ID: text('CC-BY-4.0').describe('Its SPDX identifier, for datapackage.json.'),
	DATA_LICENSE_URL: z
		.url({ protocol: /^https?$/ })
		.default('https://creativecommons.org/licenses/by/4.0/')
		.describe('The licence’s text.'),
});

export type SettingsEnv = z.input<typeof SettingsEnvSchema>;

/** The settings as pages, feeds and data files read them. */
export interface SiteSettings {
	readonly name: string;
	readonly tagline: string;
	readonly organisation: { readonly name: string; readonly url: string | null };
	/** At least one may be null; both may be. */
	readonly contact: { readonly email: string | null; readonly url: string | null };
	/** BCP 47 tag: "vi". */
	readonly language: string;
	readonly dataLicence: { readonly name: string; readonly id: string; readonly url: string };
}

/** The variables (validated) as settings. */
export function settingsFromEnv(env: z.output<typeof SettingsEnvSchema>): SiteSettings {
	return {
		name: env.SITE_NAME,
		tagline: env.SITE_TAGLINE,
		organisation: { name: env.SITE_ORGANISATION, url: env.SITE_ORGANISATION_URL ?? null },
		contact: { email: env.SITE_CONTACT_EMAIL ?? null, url: env.SITE_CONTACT_URL ?? null },
		language: env.SITE_LANGUAGE,
		dataLicence: { name: env.DATA_LICENSE_NAME, id: env.DATA_LICENSE_ID, url: env.DATA_LICENSE_URL },
	};
}
