/**
 * pa11y drives Chromium through puppeteer. Never let puppeteer download its own
 * browser: use the system Chromium (Debian's `chromium` package) or CHROME_PATH.
 * @type {import('puppeteer').Configuration}
 */
module.exports = {
  skipDownload: true,
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
};
