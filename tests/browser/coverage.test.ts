/**
 * pa11y with both runners (HTML_CodeSniffer and axe-core), WCAG 2 AA, on the coverage page and on a
 * sub-territory page with its coverage section: no error accepted. The gaps' lists are opened first, so that
 * their tables are checked too.
 */
import { describe, expect, it } from 'vitest';
import { usePa11y } from '../helpers/pa11y.ts';

/** pa11y errors of a page of the built site (tests/helpers/pa11y.ts), in the file's one Chromium. */
const errorsOf = usePa11y();

describe('pa11y (htmlcs + axe, WCAG2AA) on the coverage figures', () => {
  it('/donnees/couverture/, with a list of communes without help opened', async () => {
    expect(await errorsOf('/donnees/couverture/', ['click element details.coverage-gaps > summary', 'wait for element details.coverage-gaps table to be visible'])).toEqual([]);
  });

  it('/territoires/ain/ (its coverage section)', async () => {
    expect(await errorsOf('/territoires/ain/')).toEqual([]);
  });
});
