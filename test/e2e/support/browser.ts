import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

// Debian's Chromium: Playwright's own browser download can't run on these machines. The flags keep
// Chromium off the (closed) network and let it run as root in CI.
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(
      `Chromium not found at ${EXECUTABLE}: run test/e2e/run.sh or apt-get install -y chromium`,
    );
  }
  return chromium.launch({ executablePath: EXECUTABLE, args: ARGS });
}
