/**
 * Checks the Markdown body of a contributed file (a venue's `presentation_detail`, an operator's description)
 * before it is rendered: its size, the characters that change how a text reads (direction controls,
 * invisible and control characters; see src/lib/schema/fields.ts) and the address of every link and image
 * (links.ts: http:, https:, mailto:, tel: or relative). Pure; one problem (t.bodyChecks) per line at fault, with the
 * line of the file.
 *
 * The links are found in the source, more widely than the renderer does: inline links and images `[x](…)`,
 * reference definitions `[x]: …` and autolinks `<scheme:…>`, also inside code (a false alarm there is rare
 * and easy to fix; a missed link is not). Raw HTML is not a link: the renderer shows it as text.
 * An image is refused wherever it points: one from another site would tell that site who reads the page (the
 * pages' policy blocks it, leaving a broken image), and the site hosts none of a contributor's.
 */
import * as t from '../../i18n/index.ts';
import { TEXT_LIMITS, unsafeCharacterMessage, visible } from '../schema/fields.ts';
import { ALLOWED_SCHEMES, isAllowedUrl } from './links.ts';

export interface BodyProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** Link destinations: `](dest`, `](<dest>`, a definition `[x]: dest` (possibly on the next line), an autolink `<scheme:…>`. */
const DESTINATIONS = /\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)|^ {0,3}\[[^\]\n]+\]:[ \t]*\n?[ \t]*(<[^>\n]*>|\S+)|<([a-zA-Z][a-zA-Z0-9+.\-]{1,31}:[^\s<>]*)>/gm;

/** An image, `![text](…)` or `![text][ref]`: its text (the renderer shows that instead). */
const IMAGES = /!\[([^\]\n]*)\](?=[(\[])/g;

const shown = (url: string) => t.fieldChecks.quoted(visible(url.length > 60 ? `${url.slice(0, 57)}…` : url));

/** The problems of a body whose first line is line `firstLine` of its file. */
export function checkBody(body: string, firstLine = 1): BodyProblem[] {
  const problems: BodyProblem[] = [];
  if (body.length > TEXT_LIMITS.body) {
    problems.push({
      line: firstLine,
      message: t.fieldChecks.tooLong(body.length, TEXT_LIMITS.body),
    });
    return problems;
  }
  const lines = body.split('\n');
  lines.forEach((text, index) => {
    const message = unsafeCharacterMessage(text, true);
    if (message) problems.push({ line: firstLine + index, message: t.bodyChecks.atLine(firstLine + index, message) });
  });
  const starts: number[] = [];
  let offset = 0;
  for (const text of lines) {
    starts.push(offset);
    offset += text.length + 1;
  }
  const lineAt = (position: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    return firstLine + low;
  };
  // Images first: none is shown (the renderer writes its text), whatever its address.
  const imageEnds = new Set<number>();
  for (const match of body.matchAll(IMAGES)) {
    imageEnds.add(match.index! + match[0].length - 1);
    const line = lineAt(match.index!);
    problems.push({ line, message: t.bodyChecks.atLine(line, t.bodyChecks.imageRefused(shown(match[1]!.trim() || match[0]))) });
  }
  for (const match of body.matchAll(DESTINATIONS)) {
    if (match[1] !== undefined && imageEnds.has(match.index!)) continue;
    const raw = (match[1] ?? match[2] ?? match[3] ?? '').replace(/^<|>$/g, '');
    if (raw === '' || isAllowedUrl(raw)) continue;
    const line = lineAt(match.index! + match[0].length - 1);
    problems.push({
      line,
      message: t.bodyChecks.atLine(line, t.bodyChecks.linkRefused(shown(raw), ALLOWED_SCHEMES.join(', '))),
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}
