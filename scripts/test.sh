#!/usr/bin/env bash
# Installs dependencies, builds the release preset and runs every test
# (unit, golden, knowledge, integration, browser), then the sanitizer sweep
# (scripts/sanitize.sh). Tests that need ../shared skip, saying so, when it
# is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
cmake --preset release
cmake --build --preset release -j"$(nproc)"
# playwright-core and the dashboard's libraries for the browser tests.
npm ci --no-audit --no-fund
ctest --preset release -j"$(nproc)"
# The sanitizer sweep: the same code under AddressSanitizer and
# UndefinedBehaviorSanitizer over real and odd input (docs/decisions/0018).
bash scripts/sanitize.sh
