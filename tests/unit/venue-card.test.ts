/** The venue card model and its HTML: what a list shows of a venue, every text escaped. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, venueCardHtml, venueCardModel, type CardInput, type CardLever } from '../../src/lib/catalogue/venue-card.ts';

const LEVERS: CardLever[] = [
  { id: 'equipement', label: 'Ordinateur et internet', picto: '/pictogrammes/equipement.svg' },
  { id: 'demarches', label: 'Démarches en ligne', picto: '/pictogrammes/demarches.svg' },
  { id: 'competences', label: 'Apprendre le numérique', picto: '/pictogrammes/competences.svg' },
  { id: 'services', label: 'Service tout de suite', picto: '/pictogrammes/services.svg' },
];

const VENUE: CardInput = {
  id: 'mediatheque-de-riom',
  nom: 'Médiathèque de Riom',
  commune: 'Riom',
  code_postal: '63200',
  itinerant: false,
  leviers: ['equipement', 'services'],
  frais: ['Gratuit'],
  acces: ['Se présenter'],
  rdv_en_ligne: false,
};

describe('venueCardModel', () => {
  it('says where, what help, cost and appointment, levers in their order', () => {
    expect(venueCardModel(VENUE, LEVERS, '2 rue de la Poste')).toEqual({
      href: '/lieux/mediatheque-de-riom/',
      name: 'Médiathèque de Riom',
      place: '2 rue de la Poste, 63200 Riom',
      levers: [LEVERS[0], LEVERS[3]],
      meta: ['Gratuit', 'Sans rendez-vous'],
    });
  });

  it('marks an itinerant venue and shows the commune alone without an address', () => {
    const card = venueCardModel({ ...VENUE, itinerant: true, acces: [], rdv_en_ligne: true, frais: ['Payant'] }, LEVERS);
    expect(card.place).toBe('63200 Riom — lieu itinérant');
    expect(card.meta).toEqual(['Payant', 'Sur rendez-vous en ligne']);
  });
});

describe('an itinerant venue\'s card says where else it goes', () => {
  const bus = { ...VENUE, itinerant: true };
  const stops = (...communes: string[]) => communes.map((commune) => ({ commune }));
  it('names its stops\' other communes, each once, not its own', () => {
    expect(venueCardModel({ ...bus, arrets: stops('Volvic', 'Riom', 'Mozac', 'volvic') }, LEVERS).stops).toBe('Passe aussi à Volvic et Mozac');
    expect(venueCardModel({ ...bus, commune: 'Saint-Étienne', arrets: stops('Saint Etienne', 'Mozac') }, LEVERS).stops).toBe('Passe aussi à Mozac');
    expect(venueCardModel({ ...bus, arrets: stops('Volvic') }, LEVERS).stops).toBe('Passe aussi à Volvic');
    expect(venueCardModel({ ...bus, arrets: stops('A', 'B', 'C', 'D', 'E') }, LEVERS).stops).toBe('Passe aussi à A, B, C, D et E');
  });
  it('counts the communes beyond the first four', () => {
    expect(venueCardModel({ ...bus, arrets: stops('A', 'B', 'C', 'D', 'E', 'F') }, LEVERS).stops).toBe('Passe aussi à A, B, C, D et 2 autres communes');
  });
  it('says nothing for a fixed venue, stops only in its own commune, or none', () => {
    expect(venueCardModel({ ...VENUE, arrets: stops('Volvic') }, LEVERS)).not.toHaveProperty('stops');
    expect(venueCardModel({ ...bus, arrets: stops('Riom') }, LEVERS)).not.toHaveProperty('stops');
    expect(venueCardModel(bus, LEVERS)).not.toHaveProperty('stops');
  });
  it('is a line of the card, escaped', () => {
    const html = venueCardHtml(venueCardModel({ ...bus, arrets: stops('<b>Volvic</b>') }, LEVERS));
    expect(html).toContain('<p class="card-stops">Passe aussi à &lt;b&gt;Volvic&lt;/b&gt;</p>');
  });
});

describe('venueCardHtml', () => {
  it('escapes every text a contributor wrote', () => {
    const html = venueCardHtml(venueCardModel({ ...VENUE, nom: '<script>alert(1)</script> & "Cie"' }, LEVERS, `1 rue d'<img src=x onerror=alert(1)>`));
    expect(html).not.toMatch(/<script|<img src=x/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Cie&quot;');
    expect(html).toContain('1 rue d&#39;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('gives the name the heading level asked for, and one tag per lever', () => {
    const html = venueCardHtml(venueCardModel(VENUE, LEVERS), 4);
    expect(html).toMatch(/^<li class="venue-card"><h4><a href="\/lieux\/mediatheque-de-riom\/">Médiathèque de Riom<\/a><\/h4>/);
    expect(html.match(/<img /g)).toHaveLength(2);
    expect(html).toContain('alt=""');
  });

  it('escapeHtml covers the five markup characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
