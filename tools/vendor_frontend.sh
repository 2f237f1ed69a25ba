#!/usr/bin/env bash
# Vendor the web app's front-end libraries from the npm registry as built files.
#
#   tools/vendor_frontend.sh            # (re)writes src/armswatch/web/static/vendor/
#
# Installs the pinned packages into a temporary folder (no lifecycle scripts), copies their
# built files (UMD bundles, CSS, the world-atlas TopoJSON) and writes VERSIONS.txt with each
# package's version, licence and npm integrity hash. The web app loads only these copies: no
# CDN, nothing fetched at run time. Run it by hand when a version changes, then commit the
# result; `make install` does not run it (the vendored files are part of the source tree).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/src/armswatch/web/static/vendor"

# name@exact-version: what the app uses and why.
PACKAGES=(
  "cytoscape@3.34.4"        # network graph (canvas)
  "d3-array@3.2.5"          # d3-geo's one dependency (UMD global d3)
  "d3-geo@3.1.2"            # projections, paths and centroids for the offline world map
  "topojson-client@3.1.0"   # TopoJSON -> GeoJSON
  "world-atlas@2.0.2"       # Natural Earth 1:110m countries as TopoJSON
)
# Not vendored: vis-timeline@8. Its standalone build injects ~40 <style> elements when it
# loads, which a Content-Security-Policy of style-src 'self' blocks (console errors), and its
# peer build needs eight peer bundles. The case timeline is drawn by static/js/case.js (SVG).

command -v npm >/dev/null || { echo "error: npm is needed (apt-get install npm)" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
printf '{"name":"armswatch-vendor","private":true}\n' > package.json
npm install --silent --no-audit --no-fund --ignore-scripts --save-exact \
  "${PACKAGES[@]}" >&2

rm -rf "$DEST"
mkdir -p "$DEST"
NM="$WORK/node_modules"
cp "$NM/cytoscape/dist/cytoscape.min.js" "$DEST/"
cp "$NM/d3-array/dist/d3-array.min.js" "$DEST/"
cp "$NM/d3-geo/dist/d3-geo.min.js" "$DEST/"
cp "$NM/topojson-client/dist/topojson-client.min.js" "$DEST/"
cp "$NM/world-atlas/countries-110m.json" "$DEST/"

# Licence texts, one per package.
mkdir -p "$DEST/licenses"
for spec in "${PACKAGES[@]}"; do
  name="${spec%@*}"
  for f in LICENSE LICENSE.md LICENSE.txt LICENSE-MIT LICENSE-MIT.txt license; do
    if [ -f "$NM/$name/$f" ]; then cp "$NM/$name/$f" "$DEST/licenses/$name.txt"; break; fi
  done
done

# VERSIONS.txt: version, licence and integrity of what was copied.
node - "$NM" "$WORK/package-lock.json" "${PACKAGES[@]}" > "$DEST/VERSIONS.txt" <<'EOF'
const fs = require("fs");
const [nm, lockPath, ...specs] = process.argv.slice(2);
const lock = JSON.parse(fs.readFileSync(lockPath, "utf8")).packages || {};
console.log("# Front-end files vendored by tools/vendor_frontend.sh from the npm registry.");
console.log("# package@version  licence  integrity");
for (const spec of specs) {
  const name = spec.slice(0, spec.lastIndexOf("@"));
  const pkg = JSON.parse(fs.readFileSync(`${nm}/${name}/package.json`, "utf8"));
  const entry = lock[`node_modules/${name}`] || {};
  console.log(`${name}@${pkg.version}  ${pkg.license}  ${entry.integrity || "?"}`);
}
console.log("# world-atlas data: Natural Earth (public domain).");
EOF

echo "vendored into $DEST:" >&2
ls -l "$DEST" >&2
