/**
 * What the browser knows of a venue only from its page: the street address and the phone, read from the page's
 * schema.org data (src/lib/jsonld.ts), and what to bring (the page's « À apporter » list, `data-a-apporter`, as plain
 * text), fetched when a person selects the venue (the map's card, the orientation's results). The search index stays
 * small; nothing is fetched before a choice.
 */

/** The street address, phone and « À apporter » list of a venue, read from its page; undefined when unavailable. */
export async function venueContact(href: string): Promise<{ street?: string; phone?: string; bring: string[] } | undefined> {
  try {
    const response = await fetch(href);
    if (!response.ok) return undefined;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const data = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
      address?: { streetAddress?: string };
      telephone?: string;
    };
    const bring = [...page.querySelectorAll('ul[data-a-apporter] > li')].map((item) => item.textContent?.trim() ?? '').filter(Boolean);
    return { street: data.address?.streetAddress || undefined, phone: data.telephone, bring };
  } catch {
    return undefined;
  }
}
