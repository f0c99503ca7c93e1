/**
 * The editors' two lists (held back, to check) cut into pages of {@link EDITOR_PAGE_SIZE} files,
 * in the report's order: the first page of each is on the editors' page, the others at
 * `paths.editorList`. The page grows no more with the archive: at 10,000 generated articles, a
 * fifth of them warned, the one page listing every file was 2.78 MB.
 */
import type { EditorList } from '../paths.ts';
import type { EditorFile, EditorsView } from './editors-view.ts';

/** Files on one page of a list. */
export const EDITOR_PAGE_SIZE = 100;

/**
 * The page size a build uses: `EDITOR_PAGE_FILES` of its environment when it is a whole number
 * above 0 (the tests cut a small site's lists into several pages with it), else {@link EDITOR_PAGE_SIZE}.
 */
export function editorPageSetting(env: Readonly<Record<string, string | undefined>>): number {
	const n = Number(env.EDITOR_PAGE_FILES);
	return Number.isInteger(n) && n > 0 ? n : EDITOR_PAGE_SIZE;
}

/** Each list's heading, what it holds, and what it says when it is empty. */
export const EDITOR_LIST_TEXT: Readonly<Record<EditorList, { title: string; note: string; none: string }>> = {
	held: {
		title: 'Bị giữ lại',
		note: 'Những bài này chưa có trên trang cho đến khi được sửa.',
		none: 'Không có bài nào bị giữ lại.',
	},
	warned: {
		title: 'Cần xem lại',
		note: 'Những bài này đã đăng; các điểm dưới đây nên được kiểm tra.',
		none: 'Không có cảnh báo.',
	},
};

/** One page of a list. */
export interface EditorListPage {
	readonly list: EditorList;
	/** From 1. */
	readonly page: number;
	/** How many pages the list has (1 when it is empty). */
	readonly pages: number;
	/** How many files the list has. */
	readonly total: number;
	/** The place in the list of this page's first file, from 1. */
	readonly from: number;
	readonly files: readonly EditorFile[];
}

/** The pages of each list, the first always there (with no files when the list is empty). */
export type EditorLists = Readonly<Record<EditorList, readonly EditorListPage[]>>;

/** The pages of the view's two lists. */
export function editorLists(view: EditorsView, size = EDITOR_PAGE_SIZE): EditorLists {
	return { held: listPages('held', view.held, size), warned: listPages('warned', view.warned, size) };
}

function listPages(list: EditorList, files: readonly EditorFile[], size: number): EditorListPage[] {
	const pages = Math.max(1, Math.ceil(files.length / size));
	return Array.from({ length: pages }, (_, i) => ({
		list,
		page: i + 1,
		pages,
		total: files.length,
		from: i * size + 1,
		files: files.slice(i * size, (i + 1) * size),
	}));
}
