#!/usr/bin/env bash
# Browser tests: Debian's Chromium driven by playwright-core (CI calls this from .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)
npm run test:e2e
