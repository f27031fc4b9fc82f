#!/usr/bin/env bash
# Installs what statecraft needs on Debian 12 (bookworm): the build toolchain,
# the libraries it links, the language data it reads at start-up (WordNet,
# the festival part-of-speech lexicon, iso-codes) and, with --test, what the
# test suite uses. Idempotent; uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libfmt-dev nlohmann-json3-dev libcli11-dev libssl-dev
  libsqlite3-dev libxml2-dev libgumbo-dev libcld2-dev
  libutf8proc-dev libmarisa-dev
  wordnet-base festlex-poslex iso-codes
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(libgtest-dev googletest sqlite3 time)
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
