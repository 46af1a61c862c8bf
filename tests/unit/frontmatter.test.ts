/**
 * The one front-matter reader: YAML only, never evaluated, custom tags, aliases and size bounded,
 * French problems with a line. Hostile inputs written the way an attacker would.
 */
import { describe, expect, it } from 'vitest';
import { bodyForRenderer, MAX_VALUES, MAX_FILE_BYTES, readFrontMatter, readYaml } from '../../src/lib/frontmatter.ts';

function problems(text: string) {
  const result = readFrontMatter(text);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.data)}`);
  return result.problems;
}

/** A fence that gray-matter would hand to an engine that evaluates code. */
const EVALUATING_FENCES = ['---js', '---javascript', '---coffee', '---coffeescript', '--- js', '---yaml', '---toml', '+++'];

describe('readFrontMatter', () => {
  it('reads a YAML front matter and the body, keeping YAML 1.2 scalars as they are written', () => {
    const result = readFrontMatter('---\nnom: Médiathèque\ncode_postal: "01000"\ndate_maj: 2026-01-05\nhoraires: Mo 09:00-12:00\nactif: yes\n---\n\nUn texte.\n');
    expect(result).toMatchObject({
      ok: true,
      data: { nom: 'Médiathèque', code_postal: '01000', date_maj: '2026-01-05', horaires: 'Mo 09:00-12:00', actif: 'yes' },
      body: 'Un texte.',
      bodyLine: 9,
      lines: { nom: 2, code_postal: 3, date_maj: 4 },
    });
  });

  it('reads « __proto__ » and « constructor » as plain keys: nothing is polluted, every key has its line', () => {
    const result = readFrontMatter('---\n__proto__:\n  polluted: oui\nnom: X\nconstructor: 1\n---\n');
    expect(result.ok && Object.keys(result.data)).toEqual(['__proto__', 'nom', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.entries(result.lines)).toEqual([['__proto__', 2], ['nom', 4], ['constructor', 5]]);
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    expect(readFrontMatter('\uFEFF---\r\nnom: X\r\n---\r\nCorps\r\n')).toMatchObject({ ok: true, data: { nom: 'X' }, body: 'Corps' });
  });

  it.each(EVALUATING_FENCES)('refuses the fence « %s » without evaluating anything', (fence) => {
    const marker = `reperes-pwned-${Math.random()}`;
    const text = `${fence}\n{ nom: (globalThis['${marker}'] = 1, 'X') }\n---\n`;
    const [problem] = problems(text);
    expect(problem).toMatchObject({ line: 1 });
    expect(problem!.message).toMatch(/seul un en-tête YAML/);
    expect(problem!.message).toContain(fence.trim().slice(0, 5));
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it.each([
    ['a JavaScript function tag', 'x: !!js/function "function () { return 1 }"', '!!js/function'],
    ['a regular expression tag', 'x: !!js/regexp /a/', '!!js/regexp'],
    ['an undefined tag', 'x: !!js/undefined ""', '!!js/undefined'],
    ['a local tag', 'x: !danger valeur', '!danger'],
    ['a binary tag', 'x: !!binary aGVsbG8=', '!!binary'],
    ['a tag on a list', 'x: !!set [a, b]', '!!set'],
  ])('refuses %s, naming it', (_name, line, tag) => {
    const found = problems(`---\nnom: X\n${line}\n---\n`);
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ line: 3, message: expect.stringContaining(`« ${tag} »`) })]));
  });

  it('refuses an alias that contains itself', () => {
    expect(problems('---\nboucle: &a [1, *a]\n---\n')[0]!.message).toMatch(/se contient elle-même/);
  });

  it('keeps digits with a leading zero as typed (a postcode, a phone, an INSEE code), other numbers as numbers', () => {
    const result = readFrontMatter('---\ncode_postal: 01000\ntelephone: 0473123456\ncode_insee: 01053\nlatitude: 45.77\nlongitude: -0.5\nzero: 0\nhex: 0x1F\n---\n');
    expect(result).toMatchObject({
      ok: true,
      data: { code_postal: '01000', telephone: '0473123456', code_insee: '01053', latitude: 45.77, longitude: -0.5, zero: 0, hex: 31 },
    });
  });

  it('accepts the core tags (a postcode forced to text)', () => {
    expect(readFrontMatter('---\ncode_postal: !!str 01000\n---\n')).toMatchObject({ ok: true, data: { code_postal: '01000' } });
  });

  it('limits alias expansion (« billion laughs »)', () => {
    const lines = ['---', 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    let previous = 'a';
    for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      lines.push(`${name}: &${name} [*${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}]`);
      previous = name;
    }
    lines.push('---');
    const [problem] = problems(lines.join('\n'));
    expect(problem!.message).toMatch(/références \(alias « \* »\) dépliées/);
    expect(problem!.message).toContain(MAX_VALUES.toLocaleString('fr-FR'));
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = `---\nnom: X\n---\n${'a'.repeat(MAX_FILE_BYTES)}`;
    expect(problems(text)[0]!.message).toMatch(/trop gros/);
  });

  it('refuses duplicate keys, naming the line', () => {
    expect(problems('---\nnom: A\nadresse: 1 rue\nnom: B\n---\n')).toEqual([expect.objectContaining({ line: 4, message: expect.stringMatching(/deux fois/) })]);
  });

  it('says where YAML syntax is broken', () => {
    const [problem] = problems('---\nnom: X\nservices: [Accès\n---\n');
    expect(problem!.line).toBeGreaterThanOrEqual(3);
    expect(problem!.message).toMatch(/^l'en-tête YAML .* est mal formé/);
  });

  it('refuses a file with no front matter, an unclosed one, and one that is not a set of fields', () => {
    expect(problems('Juste du texte')[0]!.message).toMatch(/doit commencer par une ligne « --- »/);
    expect(problems('---\nnom: X\n')[0]!.message).toMatch(/n'est pas fermé/);
    expect(problems('---\n- a\n- b\n---\n')[0]!.message).toMatch(/suite de champs/);
    expect(problems('---\njuste une phrase\n---\n')[0]!.message).toMatch(/suite de champs/);
  });

  it('reads an empty front matter as no field', () => {
    expect(readFrontMatter('---\n---\nTexte')).toMatchObject({ ok: true, data: {}, body: 'Texte' });
  });

  it('keeps a body that starts with its own « --- » block as body, and hands it to the renderer so it stays body', () => {
    const result = readFrontMatter('---\nnom: X\n---\n\n---\nevil: 1\n---\nTexte');
    expect(result).toMatchObject({ ok: true, data: { nom: 'X' }, body: '---\nevil: 1\n---\nTexte' });
    const body = result.ok ? bodyForRenderer(result.body) : '';
    // Astro's renderer takes `---` (or `+++`) at the very start, or after blank lines, as a front matter.
    expect(body).not.toMatch(/^(\s*\n)?(---|\+\+\+)/);
    expect(body.trimStart()).toBe(result.ok ? result.body : '');
    expect(bodyForRenderer('+++\ntitle = 1\n+++')).toMatch(/^ \+\+\+/);
    expect(bodyForRenderer('Texte\n---')).toBe('Texte\n---');
  });
});

describe('readYaml', () => {
  it('reads a YAML file safely, with the same rules', () => {
    expect(readYaml('nom: X\nliste: [1, 2]\n')).toMatchObject({ ok: true, data: { nom: 'X', liste: [1, 2] } });
    expect(readYaml('nom: !!js/function "x"\n')).toMatchObject({ ok: false });
    expect(readYaml('a: 1\na: 2\n')).toMatchObject({ ok: false, problems: [expect.objectContaining({ line: 2 })] });
  });
});
