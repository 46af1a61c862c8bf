import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyPair, type PairVenue, type PairVerdict } from '../../src/lib/content-check.ts';

/**
 * 140 Hinaura (2021) / France Services (2024) pairs within 200 m, from the real data, each labelled by reading
 * both records (name, address, phone, kind of place; docs/import.md, « Paires étiquetées »).
 */
const fixture = JSON.parse(readFileSync(new URL('../fixtures/doublons-etiquetes.json', import.meta.url), 'utf8')) as {
  pairs: { label: 'meme' | 'different'; a: PairVenue & { id: string }; b: PairVenue & { id: string } }[];
};

function score(predicted: (verdict: PairVerdict) => boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const pair of fixture.pairs) {
    const guess = predicted(classifyPair(pair.a, pair.b).verdict);
    const same = pair.label === 'meme';
    if (guess && same) tp++;
    else if (guess) fp++;
    else if (same) fn++;
  }
  return { tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

describe('duplicates across sources: the rules on the labelled pairs', () => {
  it('has at least 40 labelled pairs, both labels present', () => {
    expect(fixture.pairs.length).toBeGreaterThanOrEqual(40);
    expect(fixture.pairs.some((pair) => pair.label === 'meme')).toBe(true);
    expect(fixture.pairs.some((pair) => pair.label === 'different')).toBe(true);
  });

  it('merges without asking only pairs that are one place (precision), and finds most of them (recall)', () => {
    const sure = score((verdict) => verdict === 'meme');
    const flagged = score((verdict) => verdict !== 'different');
    console.log(
      `doublons, ${fixture.pairs.length} paires étiquetées : fusion sûre précision ${sure.precision.toFixed(3)} rappel ${sure.recall.toFixed(3)} ` +
        `(${sure.tp} vrais, ${sure.fp} faux positifs, ${sure.fn} manqués) ; sûre ou à revoir précision ${flagged.precision.toFixed(3)} rappel ${flagged.recall.toFixed(3)} ` +
        `(${flagged.tp} vrais, ${flagged.fp} faux positifs, ${flagged.fn} manqués)`,
    );
    expect(sure.precision).toBeGreaterThanOrEqual(0.95);
    expect(sure.recall).toBeGreaterThanOrEqual(0.6);
    expect(flagged.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('never merges a bus with the fixed place it stops at', () => {
    const bus = fixture.pairs.filter((pair) => (pair.a.itinerance?.includes('Itinérant') ?? false) !== (pair.b.itinerance?.includes('Itinérant') ?? false));
    expect(bus.length).toBeGreaterThan(0);
    for (const pair of bus) expect(classifyPair(pair.a, pair.b).verdict).toBe('different');
  });

  it('reads each fact: same phone and address merge; same address and unrelated names are only « à revoir »; 201 m is too far', () => {
    const base: PairVenue = { nom: 'France services Thueyts', adresse: '11 Rue Pouget', commune: 'Thueyts', code_postal: '07330', latitude: 44.67, longitude: 4.22, telephone: '+33475397533' };
    expect(classifyPair(base, { ...base, nom: 'Maison de services au public', adresse: '11 rue pouget' }).verdict).toBe('meme');
    expect(classifyPair(base, { ...base, nom: 'Point Information Jeunesse', telephone: '+33475000000' }).verdict).toBe('incertain');
    expect(classifyPair(base, { ...base, latitude: 44.67 + 201 / 111_195 }).verdict).toBe('different');
    expect(classifyPair(base, { ...base, itinerance: ['Itinérant'] }).verdict).toBe('different');
  });
});
