#!/usr/bin/env bash
# Installs dependencies, builds the release preset and runs every test
# (unit, golden, knowledge, integration). Tests that need ../shared skip,
# saying so, when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
cmake --preset release
cmake --build --preset release -j"$(nproc)"
ctest --preset release -j"$(nproc)"
