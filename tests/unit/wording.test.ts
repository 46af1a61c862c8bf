import { describe, expect, it } from 'vitest';
import { reportLinks } from '../../src/lib/contribute.ts';
import { describeAppointment, describeCost } from '../../src/lib/wording.ts';
import type { Frais, ModaliteAcces } from '../../src/lib/schema/standard.ts';
import type { Territory } from '../../src/lib/schema/territory.ts';

describe('wording of cost and appointment', () => {
  it.each<[Frais[], string]>([
    [[], 'Coût non précisé'],
    [['Gratuit'], 'Gratuit'],
    [['Gratuit', 'Gratuit sous condition'], 'Gratuit (parfois sous conditions)'],
    [['Gratuit sous condition'], 'Gratuit sous conditions'],
    [['Payant'], 'Payant'],
    [['Gratuit', 'Payant'], 'Gratuit ou payant selon le service'],
    [['Gratuit sous condition', 'Payant'], 'Gratuit ou payant selon le service'],
  ])('cost %j: « %s »', (frais, text) => {
    expect(describeCost({ frais_a_charge: frais })).toBe(text);
  });

  it.each<[ModaliteAcces[], string | undefined, string]>([
    [[], undefined, 'Rendez-vous : non précisé, appelez avant'],
    [['Se présenter'], undefined, 'Sans rendez-vous'],
    [['Se présenter', 'Téléphoner'], undefined, 'Sans rendez-vous, rendez-vous par téléphone'],
    [['Se présenter', 'Prendre un RDV en ligne', 'Téléphoner'], undefined, 'Sans rendez-vous, rendez-vous en ligne, rendez-vous par téléphone'],
    [['Prendre un RDV en ligne', 'Téléphoner'], undefined, 'Sur rendez-vous en ligne ou par téléphone'],
    [['Téléphoner'], 'https://rdv.example.org', 'Sur rendez-vous en ligne ou par téléphone'],
    [['Téléphoner', 'Contacter par mail'], undefined, 'Sur rendez-vous par téléphone, contact par e-mail'],
    [['Envoyer un mail avec une fiche de prescription'], undefined, 'Sur contact par e-mail'],
    [["Ce lieu n'accueille pas de public", 'Se présenter'], undefined, "N'accueille pas de public sur place"],
  ])('access %j (booking link %s): « %s »', (access, booking, text) => {
    expect(describeAppointment({ modalites_acces: access, prise_rdv: booking })).toBe(text);
  });
});

describe('« Signaler une erreur »', () => {
  it('prepares an e-mail naming the listing and its file', () => {
    const territory = { contributions: { courriel: 'contact@example.org' } } as Territory;
    const { mail, edit } = reportLinks(territory, { kind: 'lieux', id: 'epn-riom', name: 'EPN de Riom', url: 'https://example.org/lieux/epn-riom/' });
    const url = new URL(mail);
    expect(url.pathname).toBe('contact@example.org');
    expect(url.searchParams.get('subject')).toBe('Erreur sur la fiche « EPN de Riom »');
    expect(url.searchParams.get('body')).toBe(
      'Fiche : https://example.org/lieux/epn-riom/\nFichier : content/lieux/epn-riom.md\n\nCe qui est faux :\n\nLa bonne information :\n',
    );
    expect(edit).toBeUndefined();
  });
});
