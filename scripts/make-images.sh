#!/usr/bin/env bash
# Draws the site's icons and its default Open Graph picture into public/ (run by hand after
# changing a drawing; the results are committed). Needs rsvg-convert and ImageMagick's convert
# (Debian: apt-get install librsvg2-bin imagemagick). Text-free on purpose: the site's name is a
# setting (SITE_NAME), and a picture does not follow it.
set -euo pipefail
cd "$(dirname "$0")/../public"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The mark: three bars of a chart, the tallest one picked out, on the site's accent blue.
bars='<rect x="7" y="16" width="4.5" height="9" rx="1" fill="#fff"/>
  <rect x="13.75" y="10" width="4.5" height="15" rx="1" fill="#fff"/>
  <rect x="20.5" y="6" width="4.5" height="19" rx="1" fill="#ffbf47"/>'

cat > favicon.svg <<SVG
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <title>Biểu tượng trang</title>
  <rect width="32" height="32" rx="6" fill="#0b5a8a"/>
  $bars
</svg>
SVG

# iOS rounds the corners itself and shows transparency as black: a full square.
cat > "$tmp/touch.svg" <<SVG
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" fill="#0b5a8a"/>
  $bars
</svg>
SVG

# A briefing sheet: headline, text and the bar chart, on the accent blue (1200×630, the size
# Open Graph and Twitter's large card expect).
cat > "$tmp/og.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0b5a8a"/>
  <rect x="330" y="85" width="540" height="460" rx="24" fill="#fff"/>
  <rect x="390" y="140" width="420" height="26" rx="8" fill="#16181d"/>
  <rect x="390" y="184" width="300" height="26" rx="8" fill="#16181d"/>
  <rect x="390" y="240" width="420" height="12" rx="6" fill="#dcd9d0"/>
  <rect x="390" y="266" width="380" height="12" rx="6" fill="#dcd9d0"/>
  <rect x="390" y="410" width="70" height="80" fill="#b8cfe0"/>
  <rect x="490" y="360" width="70" height="130" fill="#2d6f9e"/>
  <rect x="590" y="380" width="70" height="110" fill="#2d6f9e"/>
  <rect x="690" y="310" width="70" height="180" fill="#ffbf47"/>
  <rect x="390" y="490" width="420" height="4" fill="#22262d"/>
</svg>
SVG

for size in 16 32 48; do rsvg-convert -w "$size" -h "$size" favicon.svg -o "$tmp/icon-$size.png"; done
/usr/bin/convert "$tmp/icon-16.png" "$tmp/icon-32.png" "$tmp/icon-48.png" favicon.ico
rsvg-convert -w 180 -h 180 "$tmp/touch.svg" -o "$tmp/touch.png"
rsvg-convert -w 1200 -h 630 "$tmp/og.svg" -o "$tmp/og.png"
# Without metadata (dates), so that drawing again gives the same bytes.
/usr/bin/convert "$tmp/touch.png" -strip apple-touch-icon.png
/usr/bin/convert "$tmp/og.png" -strip og-image.png
