/**
 * zod's Vietnamese wording of validation issues, for editors: pass it as `{ error }` to
 * `safeParse`. Messages a schema sets itself stay as written.
 */
import { z } from 'astro/zod';

export const vietnameseIssues = z.locales.vi().localeError;
