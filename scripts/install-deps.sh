#!/usr/bin/env bash
# Installs what statecraft needs on Debian 12 (bookworm): the build toolchain,
# the libraries it links, the language data it reads at start-up (WordNet,
# the festival part-of-speech lexicon, iso-codes), node and npm for the
# dashboard's libraries and, with --test, what the test suite uses
# (chromium for the browser tests). Idempotent; uses sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libfmt-dev nlohmann-json3-dev libsimdjson-dev libcli11-dev libssl-dev
  libsqlite3-dev libxml2-dev libgumbo-dev libcld2-dev
  libutf8proc-dev libcpp-httplib-dev libbrotli-dev zlib1g-dev libpqxx-dev
  wordnet-base festlex-poslex iso-codes
)
# node and npm install the dashboard's libraries (package.json, `npm ci`); a
# node from elsewhere that brings its own npm (e.g. NodeSource) is kept.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi
if [[ "${1:-}" == "--test" ]]; then
  # chromium: the browser tests (test/browser/) drive it with playwright-core.
  packages+=(libgtest-dev googletest sqlite3 time chromium)
  # curl: the HTTP integration test; wrk: the HTTP load test (bench/http_load.sh).
  packages+=(curl wrk)
  # postgresql: the server test/integration/postgres_test.sh starts (Debian's 15).
  packages+=(postgresql)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} == 0 )); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
