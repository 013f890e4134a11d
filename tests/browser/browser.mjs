// Debian's Chromium, headless, driven by playwright-core (no browser
// download): the flags this machine needs (no sandbox as root, no
// background networking on a closed network).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Full-page screenshots at a phone's and a desktop's width.
export const WIDTHS = { phone: 390, desktop: 1280 };

export async function screenshot(page, name) {
  const dir = process.env.DPFEED_SCREENSHOT_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  for (const [label, width] of Object.entries(WIDTHS)) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: WIDTHS.desktop, height: 900 });
}
