import { existsSync } from 'node:fs';

/** Flags every headless Chromium of this project starts with (no network chatter, no sandbox as root). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The system Chromium: `CHROME_PATH`, else Debian's `/usr/bin/chromium`; `undefined` when neither exists. */
export function findChromium(candidates: readonly (string | undefined)[] = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']): string | undefined {
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}

export const NO_CHROMIUM_MESSAGE =
  'Chromium introuvable : installez-le (Debian/Ubuntu : « sudo apt-get install chromium ») ou indiquez son chemin dans CHROME_PATH.';
