/**
 * pa11y with both runners (HTML_CodeSniffer and axe-core), WCAG 2 AA, on every page template:
 * no error accepted. One Chromium for the whole run.
 */
import { describe, expect, it } from 'vitest';
import { usePa11y } from '../helpers/pa11y.ts';
import { templateUrls } from '../helpers/pages.ts';

/** pa11y errors of a page of the built site (tests/helpers/pa11y.ts), in the file's one Chromium. */
const errorsOf = usePa11y();

describe('pa11y (htmlcs + axe, WCAG2AA) on every page template', () => {
  it.each(templateUrls())('$template: $path', async ({ path }) => {
    // /carte/ opens its map at once: checked once the map has settled (here, without GPU, on its message), not while
    // it loads and the list beside it is laid out only where it is seen (content-visibility, which axe misreads).
    const actions = path === '/carte/' ? ['wait for element .finder-map[data-state] to be added'] : [];
    expect(await errorsOf(path, actions)).toEqual([]);
  });
});

describe('pa11y with the search and filters in use', () => {
  it.each([
    '/lieux/?q=mediatheque&levier=demarches&gratuit=oui',
    '/lieux/?pres=Riom+%2863200%29&lat=45.8936&lon=3.1126&rayon=20&ouvert=mardi&moment=matin',
    '/territoires/haute-savoie/?q=zzzzzzzz',
  ])('%s', async (path) => {
    expect(await errorsOf(path, ['wait for element [data-role="status"] to be visible', 'wait for element .finder-results to be visible'])).toEqual([]);
  });

  // A need and a place typed in the search box: « Compris : … » and its undo buttons under the box.
  it('/lieux/?q=impots+lyon+3 (« Compris » and its buttons)', async () => {
    const actions = ['wait for element .finder-results to be visible', 'wait for element [data-role="understood"] button to be visible'];
    expect(await errorsOf('/lieux/?q=impots+lyon+3', actions)).toEqual([]);
  });
});

describe('pa11y with « Signaler une erreur » open', () => {
  const pages = templateUrls().filter((entry) => entry.template === 'lieu' || entry.template === 'structure');
  it.each(pages)('$template: $path', async ({ path }) => {
    const actions = ['click element details.report > summary', 'wait for element .report-form textarea to be visible'];
    expect(await errorsOf(path, actions)).toEqual([]);
  });
});
