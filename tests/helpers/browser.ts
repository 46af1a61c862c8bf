/** Chromium for the browser tests: the system one (CHROME_PATH or /usr/bin/chromium), never a download. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/lib/chromium.ts';

export async function launchChromium(args: readonly string[] = CHROMIUM_ARGS): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  return chromium.launch({ executablePath, args: [...args], headless: true });
}

export { findChromium, CHROMIUM_ARGS };
