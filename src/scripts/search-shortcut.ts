/**
 * "/" focuses the page's search box (the first `[data-search-shortcut]` input), as on GOV.UK
 * and GitHub; not while the reader types in a field, nor with a modifier key held, so "/" can
 * still be typed anywhere it means itself.
 */

/** Whether the keyboard is in something that takes text (where "/" must stay a character). */
function typingIn(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
	if (typingIn(event.target)) return;
	const box = document.querySelector<HTMLInputElement>('input[data-search-shortcut]');
	if (!box) return;
	event.preventDefault();
	box.focus();
	box.select();
});
