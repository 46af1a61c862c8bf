/**
 * Text safety of contributed content: characters that change how a text reads, sizes, and the link
 * allow-list of Markdown bodies (src/lib/schema/fields.ts, src/lib/markdown/links.ts, body-check.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/markdown/body-check.ts';
import { isAllowedUrl, urlScheme } from '../../src/lib/markdown/links.ts';
import { checkedToProblems, formatProblem } from '../../src/lib/schema/errors.ts';
import { quote, TEXT_LIMITS, unsafeCharacterMessage } from '../../src/lib/schema/fields.ts';
import { checkOperator } from '../../src/lib/schema/operator.ts';
import { checkVenue } from '../../src/lib/schema/venue.ts';
import { TODAY, VALID_VENUE } from '../fixtures/venues.ts';

const lines = (input: Record<string, unknown>) => checkedToProblems('lieux/x.md', checkVenue(input, { today: TODAY }), input).map(formatProblem);

describe('characters that change how a text reads', () => {
  it('names the character, its code and its position', () => {
    expect(unsafeCharacterMessage('Café\u200b du lien')).toBe(
      'contient un caractère invisible (U+200B, espace sans chasse) en position 5 ; retirez-le (il peut tromper la lecture de ce champ)',
    );
    expect(unsafeCharacterMessage('abc\u202Egpj.exe')).toMatch(/sens d'écriture \(U\+202E, forçage droite-à-gauche\) en position 4/);
    expect(unsafeCharacterMessage('a\u0000b')).toMatch(/caractère de contrôle \(U\+0000, caractère nul\) en position 2/);
    expect(unsafeCharacterMessage('a\nb')).toMatch(/retour à la ligne/);
    expect(unsafeCharacterMessage('a\nb', true)).toBeUndefined();
    expect(unsafeCharacterMessage('Médiathèque « Œuvre » — l’accueil')).toBeUndefined();
  });

  it('are refused in every text field of a venue and of an operator, and shown as ⟨U+…⟩ in the line', () => {
    const venue = {
      ...VALID_VENUE,
      nom: 'Mairie\u202E',
      adresse: '2\u200b rue',
      commune: 'Riom\u0007',
      autres_formations_labels: ['Label\u2066'],
      arrets: [{ nom: 'Place\u200d', commune: 'Riom' }],
      itinerance: ['Fixe', 'Itinérant'],
      annonces: [{ type: 'fermeture', titre: 'Fermé\ufeff', debut: '2026-01-01' }],
    };
    const found = lines(venue);
    for (const field of ['nom', 'adresse', 'commune', 'autres_formations_labels', 'arrets (n° 1) › nom', 'annonces (n° 1) › titre']) {
      expect(found.some((line) => line.startsWith(`lieux/x.md: ${field}: `) && /U\+/.test(line)), field).toBe(true);
    }
    expect(found.join('\n')).toContain('« Mairie⟨U+202E⟩ »');
    expect(found.join('\n')).not.toMatch(/[\u202e\u200b\u200d\u2066\ufeff\u0007]/);
    const operator = checkOperator({ nom: 'Asso\u200b', communes_intervention: ['Riom\u202e'], date_maj: '2026-01-01' }, { today: TODAY });
    expect(operator.issues.map((issue) => issue.path.join('.'))).toEqual(['nom', 'communes_intervention.0']);
  });

  it('lets a free text span several lines, not a name', () => {
    expect(lines({ ...VALID_VENUE, presentation_resume: 'Un.\nDeux.' })).toEqual([]);
    expect(lines({ ...VALID_VENUE, nom: 'Un\nDeux' })).toEqual([expect.stringMatching(/^lieux\/x\.md: nom: .*retour à la ligne/)]);
  });

  it('quote() never prints such a character', () => {
    expect(quote('a\u202eb')).toBe('« a⟨U+202E⟩b »');
  });
});

describe('sizes', () => {
  it('bound texts and lists with the size in the message', () => {
    const found = lines({
      ...VALID_VENUE,
      nom: 'N'.repeat(TEXT_LIMITS.name + 1),
      adresse: 'A'.repeat(1_000_000),
      autres_formations_labels: Array.from({ length: 60 }, (_, index) => `Label ${index}`),
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/nom: .* est trop long \(151 caractères\) ; attendu : 150 caractères au plus$/),
        expect.stringMatching(/adresse: .* est trop long \(1\s000\s000 caractères\) ; attendu : 200 caractères au plus$/),
        expect.stringMatching(/autres_formations_labels: a trop d'éléments \(60\) ; attendu : 50 au plus$/),
      ]),
    );
  });
});

describe('link allow-list', () => {
  it('reads the scheme as a browser does', () => {
    expect(urlScheme('JaVa&#x53;cript&colon;alert(1)')).toBe('javascript:');
    expect(urlScheme('java\tscript:x')).toBe('javascript:');
    expect(urlScheme('javascript\\:x')).toBe('javascript:');
    expect(urlScheme('&#106;avascript:x')).toBe('javascript:');
    expect(urlScheme('/lieux/')).toBe('');
    expect(urlScheme('&Jopf;avascript:x')).toBeUndefined();
    for (const ok of ['https://a.fr', 'http://a.fr', 'mailto:a@b.fr', 'tel:+33412345678', '/lieux/', '#plan', 'page/']) expect(isAllowedUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', ' javascript:x', 'jav&#x09;ascript:x', '&Jopf;avascript:x']) expect(isAllowedUrl(bad), bad).toBe(false);
  });

  it('a body with a link or image outside it is refused at its line', () => {
    const body = ['Bienvenue.', '', '[clic](javascript:alert(1))', '![i](data:image/png;base64,AA)', '<javascript:alert(1)>', '[r]: jav&#x61;script:x', '[ok](https://a.fr) <mailto:a@b.fr>'].join('\n');
    const problems = checkBody(body, 8);
    expect(problems.map((problem) => problem.line)).toEqual([10, 11, 12, 13]);
    expect(problems[0]!.message).toBe(
      "ligne 10 : le lien ou l'image vers « javascript:alert(1) » n'est pas accepté ; seules les adresses http:, https:, mailto:, tel: (ou une adresse du site) le sont ; retirez ce lien",
    );
  });

  it('a body with an image is refused at its line, wherever the image points (a tracker, or nothing hosted here)', () => {
    const body = ['Bienvenue.', 'Voir ![photo du lieu](https://evil.example/pixel.png).', '', '![plan][p]', '', '[p]: /plan.png', '![](data:image/png;base64,AA)', '[ok](https://a.fr)'].join('\n');
    const problems = checkBody(body, 3);
    expect(problems.map((problem) => problem.line)).toEqual([4, 6, 9]);
    expect(problems[0]!.message).toBe(
      "ligne 4 : l'image « photo du lieu » n'est pas acceptée : une image venue d'un autre site lui dirait qui lit la fiche, et le site n'en héberge aucune ; retirez-la, ou dites en mots ce qu'elle montre",
    );
    // One line per image, not a second one for its address.
    expect(problems[2]!.message).toMatch(/^ligne 9 : l'image « !\[\] »/);
  });

  it('a body is bounded and refuses direction and invisible characters, not line breaks', () => {
    expect(checkBody('Un.\n\nDeux.\tTrois.')).toEqual([]);
    expect(checkBody('Un.\nDe\u202Eux.', 5)).toEqual([{ line: 6, message: expect.stringMatching(/^ligne 6 : contient un caractère qui change le sens d'écriture \(U\+202E/) }]);
    expect(checkBody('x'.repeat(TEXT_LIMITS.body + 1))).toEqual([{ line: 1, message: expect.stringMatching(/est trop long \(20\s001 caractères\)/) }]);
  });
});
