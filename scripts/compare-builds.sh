#!/usr/bin/env bash
# Builds a git revision and the working tree from the same articles and compares the two dist/
# folders file by file, for refactors that must not change the output.
#
#   scripts/compare-builds.sh [REV] [ARTICLE_DIR...]
#
# REV defaults to HEAD; COMPARE_BASE sets the base path of both builds ("/" by default). The
# articles are copied into one temporary folder: the given folders, or by default
# content/articles and ../shared/corpus/real/*.txt (the samples and the twelve real articles).
# Both builds get the same SITE, BASE, settings (no .env file is read), a fresh cache and their
# own output folder under tmp/compare-builds/. Both are built from copies side by side (the
# revision from `git archive`, the working tree's tracked and untracked files but the ignored
# ones), so that the articles' paths in the build report are the same, with this tree's
# node_modules linked in: both use the installed dependencies.
#
# Exit status 0 when every file is byte-identical, 1 when a file differs or exists on one side
# only (each is listed, HTML and text files with a diff), 2 when a build fails.
#
# Two builds of the same revision are byte-identical, Pagefind's index included (src/search-index.ts
# sends pages to Pagefind in id order). A revision from before that change numbers its index pages
# in a different order on each build: against such a revision, only pagefind/index/*,
# pagefind/filter/*, the .pf_meta file and pagefind-entry.json may differ. Against a revision from
# before the index was cut into shards, every file under pagefind/ moved to pagefind/<k>/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REV="${1:-HEAD}"
shift || true

WORK="$ROOT/tmp/compare-builds"
rm -rf "$WORK"
mkdir -p "$WORK/articles" "$WORK/env"

if [ "$#" -gt 0 ]; then
	for dir in "$@"; do cp "$dir"/* "$WORK/articles/"; done
else
	cp "$ROOT"/content/articles/* "$WORK/articles/"
	cp "$ROOT"/../shared/corpus/real/*.txt "$WORK/articles/"
fi
echo "articles: $(find "$WORK/articles" -type f | wc -l) files"

# Everything that could differ between two machines or shells is fixed here.
build() { # build SOURCE_DIR OUT_NAME
	local src="$1" name="$2"
	echo "building $name…"
	if ! (cd "$src" && env -u NODE_OPTIONS \
		SITE=https://briefings.example.org BASE="${COMPARE_BASE:-/}" ENV_DIR="$WORK/env" \
		ARTICLES_DIR="$WORK/articles" OUT_DIR="$WORK/$name" ASTRO_CACHE_DIR="$WORK/cache-$name" \
		ASTRO_TELEMETRY_DISABLED=1 STRICT= TZ=UTC \
		npm run --silent build >"$WORK/$name.log" 2>&1); then
		echo "build of $name failed: see $WORK/$name.log" >&2
		tail -20 "$WORK/$name.log" >&2
		exit 2
	fi
}

SHA="$(git -C "$ROOT" rev-parse --verify "$REV^{commit}")"
mkdir -p "$WORK/rev-src"
git -C "$ROOT" archive "$SHA" | tar -x -C "$WORK/rev-src"
ln -s "$ROOT/node_modules" "$WORK/rev-src/node_modules"

mkdir -p "$WORK/tree-src"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$WORK/tree-src" 2>/dev/null || true)
ln -s "$ROOT/node_modules" "$WORK/tree-src/node_modules"

build "$WORK/rev-src" "rev"
build "$WORK/tree-src" "tree"

cd "$WORK"
same=0
differ=0
only=0
(cd rev && find . -type f | sort) >rev.files
(cd tree && find . -type f | sort) >tree.files
while IFS= read -r f; do
	if [ ! -f "tree/$f" ]; then
		echo "only in $REV: $f"
		only=$((only + 1))
	elif cmp -s "rev/$f" "tree/$f"; then
		same=$((same + 1))
	else
		echo "differs: $f"
		case "$f" in
		*.html | *.xml | *.json | *.csv | *.txt | *.css | *.js) diff <(sed 's/></>\n</g' "rev/$f") <(sed 's/></>\n</g' "tree/$f") | head -20 || true ;;
		esac
		differ=$((differ + 1))
	fi
done <rev.files
while IFS= read -r f; do
	[ -f "rev/$f" ] || {
		echo "only in the working tree: $f"
		only=$((only + 1))
	}
done <tree.files

echo "$REV ($SHA) vs working tree: $same identical, $differ different, $only on one side only"
[ "$differ" -eq 0 ] && [ "$only" -eq 0 ]
