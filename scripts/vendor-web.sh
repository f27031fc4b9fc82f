#!/usr/bin/env bash
# Prepares the dashboard's generated files in WEB_DIR/vendor/ (default: web/),
# so that `statecraft serve` serves the dashboard from one folder, offline:
#   cytoscape.min.js, echarts.min.js  copied from node_modules/ (run `npm ci`
#                                     at the repository root first; versions
#                                     are pinned in package.json)
#   cameo.json                        CAMEO code -> name, quad class, Goldstein,
#                                     read from data/cameo/codes.txt
# web/vendor/ is git-ignored. Rerun after `npm ci` or after editing codes.txt.
# Usage: bash scripts/vendor-web.sh [WEB_DIR]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
web="${1:-$repo/web}"
libs=(
  "$repo/node_modules/cytoscape/dist/cytoscape.min.js"
  "$repo/node_modules/echarts/dist/echarts.min.js"
)
for lib in "${libs[@]}"; do
  if [[ ! -f "$lib" ]]; then
    echo "vendor-web: $lib is missing: run 'npm ci' in $repo first" >&2
    exit 1
  fi
done
command -v node >/dev/null || { echo "vendor-web: node is missing (apt-get install nodejs)" >&2; exit 1; }

mkdir -p "$web/vendor"
cp "${libs[@]}" "$web/vendor/"
cp "$repo/node_modules/cytoscape/LICENSE" "$web/vendor/cytoscape.LICENSE.txt"
cp "$repo/node_modules/echarts/LICENSE" "$web/vendor/echarts.LICENSE.txt"

# codes.txt lines: "code | name | goldstein | quad class | PLOVER type | mode | context".
node - "$repo/data/cameo/codes.txt" "$web/vendor/cameo.json" <<'JS'
const fs = require('fs');
const [input, output] = process.argv.slice(2);
const codes = {};
fs.readFileSync(input, 'utf8').split('\n').forEach((line, idx) => {
  line = line.trim();
  if (line === '' || line.startsWith('#')) return;
  const f = line.split('|').map((s) => s.trim());
  if (f.length < 4 || !/^[0-9]{2,4}$/.test(f[0])) {
    console.error(`vendor-web: ${input}:${idx + 1}: not a code line`);
    process.exit(1);
  }
  codes[f[0]] = { name: f[1], goldstein: Number(f[2]), quad: Number(f[3]), plover: f[4] || '' };
});
fs.writeFileSync(output, JSON.stringify(codes) + '\n');
JS
echo "vendor-web: $web/vendor/ has cytoscape $(node -p "require('$repo/node_modules/cytoscape/package.json').version"), echarts $(node -p "require('$repo/node_modules/echarts/package.json').version") and $(node -p "Object.keys(require('$web/vendor/cameo.json')).length") CAMEO codes"
