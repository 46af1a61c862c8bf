/**
 * « Faire le point » (content/orientation/auto-evaluation.yaml): answers to « Je sais… » statements, summed up per
 * skill — never one score — and the skills to work on next, easiest first. Pure and browser-safe; computed in the
 * browser, never sent.
 */
import type { OrientationContent } from '../schema/orientation.ts';

export type SelfCheck = OrientationContent['selfCheck'];
export type SkillLevel = 'acquis' | 'en-cours' | 'a-apprendre' | 'sans-reponse';

export interface SkillResult {
  id: string;
  titre: string;
  level: SkillLevel;
  /** Statements answered « yes, alone » / in all. */
  alone: number;
  total: number;
}

/**
 * Per skill: « acquis » when every statement is done alone (the first answer of the scale), « à apprendre » when
 * at least one is « not yet » (the last answer), « en cours » otherwise; « sans réponse » when none is answered.
 */
export function skillResults(check: SelfCheck, answers: Readonly<Record<string, string>>): SkillResult[] {
  const first = check.echelle[0]!.id;
  const last = check.echelle.at(-1)!.id;
  return check.competences.map((skill) => {
    const statements = check.affirmations.filter((statement) => statement.competence === skill.id);
    const given = statements.map((statement) => answers[statement.id]).filter((answer): answer is string => answer !== undefined);
    const alone = given.filter((answer) => answer === first).length;
    const level: SkillLevel = given.length === 0 ? 'sans-reponse' : given.includes(last) ? 'a-apprendre' : alone === statements.length ? 'acquis' : 'en-cours';
    return { id: skill.id, titre: skill.titre, level, alone, total: statements.length };
  });
}

/** The skills to work on, easiest first (the file's order), at most `limit`. */
export function nextSkills(check: SelfCheck, results: readonly SkillResult[], limit = 3): SelfCheck['competences'] {
  const order = (level: SkillLevel) => (level === 'a-apprendre' ? 0 : level === 'en-cours' ? 1 : 2);
  return results
    .map((result, index) => ({ result, index }))
    .filter(({ result }) => result.level === 'a-apprendre' || result.level === 'en-cours')
    .sort((a, b) => order(a.result.level) - order(b.result.level) || a.index - b.index)
    .slice(0, limit)
    .map(({ result }) => check.competences.find((skill) => skill.id === result.id)!);
}
