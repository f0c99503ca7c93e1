/**
 * The inside of a table cell the articles give no figure for: a dash to see, "không nêu" to hear.
 * A fixed text, nothing of an article in it, written into its cell with `set:html`
 * (`<td set:html={NOT_GIVEN_HTML} />`) rather than as a component: a district's table prints it
 * dozens of times a page, and Astro renders each component on its own.
 */
export const NOT_GIVEN_HTML = '<span aria-hidden="true">–</span><span class="sr-only">không nêu</span>';
