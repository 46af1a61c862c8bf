/**
 * Names of languages, in the language of the site. The plain labels of the standard's values are in
 * src/i18n/ (`t.labels`).
 */
import * as t from '../i18n/index.ts';

const LANGUAGE_NAMES = new Intl.DisplayNames([t.locale.intl], { type: 'language' });

/** ISO 639-1 code → name in the site's language: « ar » → « arabe »; a code Intl does not know, or a malformed one, as it is. */
export function languageName(code: string): string {
  let name = names.get(code);
  if (name === undefined) {
    try {
      name = LANGUAGE_NAMES.of(code) ?? code;
    } catch {
      name = code; // RangeError on a malformed tag (« », « x »): a label must never break a page
    }
    names.set(code, name);
  }
  return name;
}

/** Names already looked up (Intl.DisplayNames is slow, and every list page names the same few languages). */
const names = new Map<string, string>();
