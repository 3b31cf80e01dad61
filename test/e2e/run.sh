#!/usr/bin/env bash
# Browser tests: Debian's Chromium driven by playwright-core (CI calls this from .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)
# A CJK font, so that pages (and the workspace screenshots) render Chinese rather than boxes.
fc-list :lang=zh | grep -q . || apt-get install -y fonts-wqy-microhei || (apt-get update && apt-get install -y fonts-wqy-microhei)
npm run test:e2e
