/**
 * The Content-Security-Policy of the site's pages: everything from the site itself, no inline
 * script or style, no plugins, no framing of forms elsewhere. Article text is untrusted: even if
 * markup slipped through, the browser would not run it.
 */

export interface CspOptions {
	/** Allow WebAssembly compilation (the search page's index runs in WebAssembly). */
	readonly wasm?: boolean;
}

/** The policy, for a `<meta http-equiv="Content-Security-Policy">` tag. */
export function contentSecurityPolicy(options: CspOptions = {}): string {
	return [
		"default-src 'self'",
		`script-src 'self'${options.wasm ? " 'wasm-unsafe-eval'" : ''}`,
		"style-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
	].join('; ');
}
