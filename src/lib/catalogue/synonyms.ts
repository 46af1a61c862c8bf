/**
 * The words people actually type when looking for help (« caf », « imprimer », « wifi », « cv »…) and what each
 * stands for in the venue data: services of the standard, practical services, démarches and levers.
 * Data only (plus its compiled lookup form); query matching (query-match.ts) decides how much a synonym match weighs.
 *
 * A venue meets a condition when it has ANY of the listed values, with two rules for lists where empty means
 * « all »: a venue offering « Aide aux démarches administratives » without saying which démarches (empty
 * `demarches`) is taken to help with all of them, and a venue addressing no public specifically (empty
 * `publics`) welcomes every public — both weaker matches than a venue that lists the wanted value.
 *
 * Phrases are written in their natural French form; they are normalised like queries (lower case, no accents,
 * stop words removed: « carte d'identité » → « carte identite », « rendez-vous » → « rendez »). Matching is
 * insensitive to a final plural s/x (see `stem`).
 */
import type { Demarche, Lever, ServicePratique } from '../schema/reperes.ts';
import type { Dispositif, Frais, ModaliteAcces, PriseEnCharge, Public, Service } from '../schema/standard.ts';
import { contentWords, stem, tokenize } from '../text.ts';

export interface SynonymCondition {
  services?: readonly Service[];
  services_pratiques?: readonly ServicePratique[];
  demarches?: readonly Demarche[];
  leviers?: readonly Lever[];
  publics?: readonly Public[];
  prises_en_charge?: readonly PriseEnCharge[];
  /** Cost (« gratuit »): the venue lists one of these. */
  frais?: readonly Frais[];
  /** How to come (« sans rendez-vous »): the venue lists one of these. */
  acces?: readonly ModaliteAcces[];
  /** A national programme (« MFS » → France Services): the venue belongs to one of these. */
  dispositifs?: readonly Dispositif[];
}

/** The fields of a condition, in a fixed order. */
export const CONDITION_FIELDS = ['services', 'services_pratiques', 'demarches', 'leviers', 'publics', 'prises_en_charge', 'frais', 'acces', 'dispositifs'] as const;

export interface Synonym {
  /** What people type (one or more words). */
  words: readonly string[];
  /** What it stands for. */
  means: SynonymCondition;
  /** A broader condition, matched with a lower score when `means` is not met (« CV » → everyday digital skills). */
  broader?: SynonymCondition;
}

const ADMIN = 'Aide aux démarches administratives' satisfies Service;
const ACCESS = 'Accès internet et matériel informatique' satisfies Service;
const HARDWARE = 'Acquisition de matériel informatique à prix solidaire' satisfies Service;
const DAILY = 'Maîtrise des outils numériques du quotidien' satisfies Service;
const JOB = 'Insertion professionnelle via le numérique' satisfies Service;
const SAFE = 'Utilisation sécurisée du numérique' satisfies Service;
const PARENTS = 'Parentalité et éducation avec le numérique' satisfies Service;
const LEISURE = 'Loisirs et créations numériques' satisfies Service;
const UNDERSTAND = 'Compréhension du monde numérique' satisfies Service;

export const SYNONYMS = [
  // ——— Help of any kind: every venue gives some (« aide caf » must not shrink to the venues named « Aide… »)
  {
    words: ['aide', 'aider', 'accompagnement', 'accompagner', 'assistance', 'soutien', 'numérique', 'médiation numérique', 'inclusion numérique', 'digital', 'en ligne'],
    means: { leviers: ['equipement', 'demarches', 'competences', 'services'] },
  },
  // ——— Démarches (online procedures)
  {
    words: ['démarche', 'démarches', 'administratif', 'administrative', 'administration', 'formulaire', 'dossier', 'service public', 'FranceConnect', 'France Connect', 'Aidants Connect', 'papiers administratifs', 'forms', 'paperwork'],
    means: { services: [ADMIN] },
  },
  // What people do online, in their words (« inscription france travail », « remplir un formulaire »): a procedure or a practical service.
  {
    words: ['inscription', 'inscrire', 'demande', 'demander', 'remplir', 'déclarer', 'déclaration', 'courrier', 'lettre', 'écrivain public', 'compte', 'créer un compte'],
    means: { leviers: ['demarches', 'services'] },
  },
  { words: ['CAF', 'allocations familiales', 'allocation', 'allocations', 'prime d’activité', 'RSA', 'revenu de solidarité active', 'AAH'], means: { demarches: ['social-sante', 'famille'] } },
  // Housing allowances are paid by the CAF (or the MSA): a CAF procedure as much as a housing one.
  { words: ['APL', 'aide au logement', 'allocation logement'], means: { demarches: ['logement', 'social-sante'] } },
  { words: ['logement', 'HLM', 'logement social', 'demande de logement', 'demande de logement social', 'loyer', 'chèque énergie', 'MaPrimeRénov', 'travaux', 'rénovation', 'rénovation énergétique', 'housing', 'rent'], means: { demarches: ['logement'] } },
  // No fixed address: social rights, a postal address (domiciliation, often at the CCAS), housing.
  { words: ['SDF', 'sans domicile', 'sans domicile fixe', 'sans abri', 'sans-abri', 'domiciliation', 'hébergement d’urgence', '115'], means: { demarches: ['social-sante', 'logement'] } },
  // A change of address is told to several bodies at once (service-public.fr): any procedure.
  { words: ['changement d’adresse', 'changer d’adresse', 'déménagement', 'déménager'], means: { services: [ADMIN] } },
  {
    words: ['Ameli', 'CPAM', 'sécu', 'sécurité sociale', 'assurance maladie', 'carte vitale', 'Mon Espace Santé', 'santé', 'mutuelle', 'complémentaire santé',
      'complémentaire santé solidaire', 'CMU', 'CMU-C', 'aide médicale d’État', 'health', 'health insurance'],
    means: { demarches: ['social-sante'] },
  },
  { words: ['retraite', 'retraites', 'CARSAT', 'MSA', 'pension', 'info retraite', 'Agirc-Arrco', 'Agirc', 'Arrco', 'réversion', 'pension de réversion'], means: { demarches: ['social-sante'] } },
  // Social rights in general (« mes droits », the « mes droits sociaux » simulator) and old age (the APA is a department's allowance).
  {
    words: ['droits', 'mes droits', 'droits sociaux', 'mesdroitssociaux', 'aides sociales', 'prestations', 'APA', 'perte d’autonomie', 'EHPAD', 'maison de retraite', 'aide à domicile', 'CESU', 'chèque emploi service'],
    means: { demarches: ['social-sante'] },
  },
  // A death is declared at the town hall (civil status) and opens social rights (survivor's pension).
  { words: ['décès', 'décédé', 'décédée', 'deuil', 'veuf', 'veuve', 'veuvage', 'succession', 'héritage', 'obsèques'], means: { demarches: ['papiers', 'social-sante'] } },
  { words: ['divorce', 'séparation', 'pension alimentaire'], means: { demarches: ['justice', 'famille'] } },
  { words: ['crèche', 'garde d’enfant', 'garde d’enfants', 'mode de garde', 'assistante maternelle', 'nounou'], means: { demarches: ['famille'] } },
  // Self-employment: declared to the URSSAF, on the single business formalities site.
  { words: ['URSSAF', 'auto-entrepreneur', 'micro-entreprise', 'micro-entrepreneur', 'créer son entreprise', 'créer une entreprise', 'entreprise', 'SIRET', 'Kbis', 'extrait Kbis'], means: { demarches: ['travail', 'argent-impots'] } },
  { words: ['impôts', 'impôt', 'impots.gouv', 'déclaration de revenus', 'déclaration d’impôts', 'revenus', 'revenu', 'déclarer ses revenus', 'taxe', 'fisc', 'finances publiques', 'tax', 'taxes'], means: { demarches: ['argent-impots'] } },
  { words: ['banque', 'compte bancaire', 'virement', 'paiement en ligne', 'budget'], means: { demarches: ['argent-impots'] } },
  {
    words: ['France Travail', 'Pôle emploi', 'chômage', 'demandeur d’emploi', 'actualisation', 'inscription au chômage'],
    means: { demarches: ['travail'], services: [JOB] },
  },
  {
    words: ['carte d’identité', 'CNI', 'passeport', 'papiers', 'état civil', 'acte de naissance', 'ANTS', 'élections', 'vote', 'photo d’identité', 'e-photo',
      'identité numérique', 'signature électronique'],
    means: { demarches: ['papiers'] },
  },
  { words: ['permis', 'permis de conduire'], means: { demarches: ['papiers', 'transports'] } },
  { words: ['carte grise', 'certificat d’immatriculation', 'immatriculation', 'transport', 'transports'], means: { demarches: ['transports'] } },
  // A train ticket is bought online (or printed): a transport procedure, else everyday digital skills.
  { words: ['SNCF', 'SNCF Connect', 'billet de train', 'billets de train', 'train', 'TER', 'Ouigo', 'covoiturage', 'BlaBlaCar'], means: { demarches: ['transports'] }, broader: { services: [DAILY] } },
  { words: ['titre de séjour', 'séjour', 'naturalisation', 'préfecture', 'OFII', 'ANEF', 'visa', 'étranger', 'étrangers', 'réfugié', 'residence permit', 'refugee'], means: { demarches: ['etranger'] } },
  { words: ['justice', 'tribunal', 'avocat', 'casier judiciaire', 'amende'], means: { demarches: ['justice'] } },
  { words: ['Pass Culture', 'sport', 'vacances', 'inscription activités'], means: { demarches: ['loisirs'] } },
  { words: ['école', 'scolarité', 'Pronote', 'cantine', 'inscription scolaire', 'bourse scolaire', 'ENT', 'Parcoursup', 'collège', 'lycée'], means: { demarches: ['famille'], services: [PARENTS] } },

  // ——— Practical services
  {
    words: ['imprimer', 'impression', 'imprimante', 'photocopie', 'photocopies', 'photocopier', 'photocopieuse', 'copie', 'scanner', 'scan', 'numériser', 'numérisation', 'print', 'printing', 'printer', 'fax', 'télécopie'],
    means: { services_pratiques: ['impression'], services: [ACCESS] },
  },
  {
    words: ['mail', 'e-mail', 'email', 'mél', 'courriel', 'adresse mail', 'adresse e-mail', 'boîte mail', 'messagerie', 'Gmail'],
    means: { services_pratiques: ['adresse-email'], services: [DAILY] },
  },
  {
    words: ['CV', 'curriculum', 'curriculum vitae', 'petite annonce', 'annonce', 'lettre de motivation'],
    means: { services_pratiques: ['cv-annonce'], services: [JOB] },
    broader: { services: [DAILY] },
  },
  { words: ['MOOC', 'formation en ligne', 'cours en ligne'], means: { services_pratiques: ['mooc'] }, broader: { services: [DAILY] } },
  // An appointment is often one with a public body (« rdv caf », « rdv préfecture »): those who help with procedures too.
  { words: ['rendez-vous', 'RDV', 'rendez-vous en ligne', 'prise de rendez-vous', 'Doctolib'], means: { services_pratiques: ['rdv-en-ligne'] }, broader: { services: [DAILY, ADMIN] } },
  {
    words: ['coffre-fort', 'coffre-fort numérique', 'coffre', 'Digiposte', 'ranger ses documents', 'cloud'],
    means: { services_pratiques: ['coffre-fort'] },
    broader: { services: [DAILY] },
  },
  {
    words: ['réparation', 'réparer', 'dépannage', 'dépanner', 'panne', 'reconditionné', 'reconditionnement', 'Repair Café'],
    means: { services_pratiques: ['reparation'], services: [HARDWARE] },
  },

  // ——— Equipment
  { words: ['wifi', 'wi-fi', 'internet', 'connexion', 'accès internet', 'réseau', 'box'], means: { services: [ACCESS] } },
  { words: ['ordinateur', 'ordinateurs', 'ordi', 'PC', 'informatique', 'clavier', 'souris', 'computer', 'computers', 'laptop'], means: { services: [ACCESS, DAILY, HARDWARE] } },
  // A phone line people cannot afford or do not know how to get (solidarity SIM cards and top-ups, as Emmaüs Connect gives).
  { words: ['carte SIM', 'SIM', 'forfait', 'forfait solidaire', 'recharge', 'recharges', 'recharge solidaire', 'crédit téléphone'], means: { services: [ACCESS, HARDWARE], leviers: ['equipement'] } },
  { words: ['acheter', 'achat', 'pas cher', 'prix solidaire', 'matériel', 'don', 'équipement', 'équiper'], means: { services: [HARDWARE, ACCESS], leviers: ['equipement'] } },

  // ——— Skills
  {
    words: ['portable', 'smartphone', 'téléphone', 'tél', 'tel', 'mobile', 'tablette', 'iPad', 'iPhone', 'Android', 'appli', 'application', 'applications', 'SMS', 'phone', 'mobile phone'],
    means: { services: [DAILY] },
  },
  // Office software and files: everyday digital skills.
  {
    words: ['bureautique', 'traitement de texte', 'tableur', 'Word', 'Excel', 'PowerPoint', 'LibreOffice', 'Windows', 'clé USB', 'USB', 'fichier', 'fichiers', 'sauvegarde', 'sauvegarder', 'taper'],
    means: { services: [DAILY] },
  },
  // Buying and selling online (« vendre sur leboncoin », « commander sur internet »), not buying a computer.
  {
    words: ['acheter en ligne', 'acheter sur internet', 'achat en ligne', 'achats en ligne', 'commander en ligne', 'commander sur internet', 'vendre', 'Leboncoin', 'le bon coin', 'Vinted', 'Amazon'],
    means: { services: [DAILY] },
  },
  { words: ['visio', 'visioconférence', 'Zoom', 'WhatsApp', 'Skype', 'Teams', 'photos', 'photo'], means: { services: [DAILY, LEISURE] } },
  {
    words: ['apprendre', 'initiation', 'débutant', 'débutants', 'débuter', 'formation', 'cours', 'bases', 'Pix', 'atelier', 'ateliers', 'atelier collectif', 'stage', 'learn', 'learning', 'lessons', 'training', 'beginner', 'beginners'],
    means: { services: [DAILY], leviers: ['competences'] },
  },
  {
    words: ['arnaque', 'arnaques', 'escroquerie', 'fraude', 'phishing', 'hameçonnage', 'sécurité', 'sécuriser', 'virus', 'piratage', 'piraté', 'mot de passe', 'mots de passe', 'cybersécurité', 'données personnelles', 'scam', 'password',
      'bizarre', 'suspect', 'louche', 'faux message', 'faux SMS', 'faux mail'],
    means: { services: [SAFE] },
    broader: { services: [DAILY] },
  },
  {
    words: ['enfants', 'enfant', 'parent', 'parents', 'parentalité', 'ado', 'ados', 'adolescents', 'contrôle parental', 'écrans', 'famille', 'familles', 'devoirs', 'aide aux devoirs', 'soutien scolaire'],
    means: { services: [PARENTS], publics: ['Familles et/ou enfants'] },
  },
  { words: ['emploi', 'travail', 'job', 'recherche d’emploi', 'candidature', 'LinkedIn', 'insertion', 'métier', 'CPF', 'Mon Compte Formation', 'work', 'jobs', 'job search'], means: { services: [JOB], demarches: ['travail'] } },
  { words: ['jeux vidéo', 'jeu vidéo', 'montage vidéo', 'vidéo', 'musique', 'impression 3D', '3D', 'fablab', 'création', 'créer', 'dessin', 'retouche', 'robotique', 'programmation'], means: { services: [LEISURE] } },
  {
    words: ['intelligence artificielle', 'IA', 'ChatGPT', 'réseaux sociaux', 'Facebook', 'fake news', 'désinformation', 'comprendre', 'culture numérique'],
    means: { services: [UNDERSTAND] },
  },

  // ——— National programmes: France Services, by the names people still use (the MSAP became France Services in 2020).
  {
    words: ['France Services', 'Maison France Services', 'Espace France Services', 'MFS', 'MSAP', 'Maison de services au public', 'Maison des services au public', 'Maison des services'],
    means: { dispositifs: ['France Services'] },
  },

  // The mediators of the national programme (« conseiller numérique France Services », CnFS): the venues in it first,
  // then those that teach or help with procedures.
  {
    words: ['conseiller numérique', 'conseillère numérique', 'conseillers numériques', 'conseillères numériques', 'CnFS', 'médiateur numérique', 'médiatrice numérique', 'médiateurs numériques'],
    means: { dispositifs: ['Conseillers numériques'] },
    broader: { leviers: ['competences', 'demarches'] },
  },

  // ——— Cost and how to come (the catalogue's « Prix et accès » filters, typed as words)
  { words: ['gratuit', 'gratuite', 'gratuitement', 'sans frais', 'free'], means: { frais: ['Gratuit', 'Gratuit sous condition'] } },
  { words: ['sans rendez-vous', 'sans RDV', 'pas de rendez-vous', 'pas de RDV', 'sans prendre rendez-vous', 'sans inscription', 'libre accès', 'accès libre'], means: { acces: ['Se présenter'] } },

  // ——— Publics and specific support
  { words: ['senior', 'seniors', 'personnes âgées', 'personne âgée', 'aînés', 'retraités', 'âgé', 'âgés', 'vieux', 'vieille', 'vieilles', 'personnes vieillissantes', 'troisième âge', '3e âge', 'elderly'], means: { publics: ['Seniors'] } },
  { words: ['jeune', 'jeunes', 'jeunesse', '16-25 ans'], means: { publics: ['Jeunes'] } },
  { words: ['étudiant', 'étudiants', 'étudiante', 'étudiantes', 'Crous'], means: { publics: ['Étudiants'] } },
  { words: ['femme', 'femmes'], means: { publics: ['Femmes'] } },
  { words: ['sourd', 'sourds', 'surdité', 'malentendant', 'malentendants', 'LSF', 'langue des signes'], means: { prises_en_charge: ['Surdité'] } },
  { words: ['aveugle', 'aveugles', 'malvoyant', 'malvoyants', 'déficience visuelle'], means: { prises_en_charge: ['Déficience visuelle'] } },
  { words: ['fauteuil', 'fauteuil roulant', 'handicap moteur', 'PMR'], means: { prises_en_charge: ['Handicaps moteurs'] } },
  { words: ['handicap', 'handicapé', 'handicapés', 'MDPH'], means: { prises_en_charge: ['Handicaps moteurs', 'Handicaps mentaux', 'Surdité', 'Déficience visuelle'], demarches: ['social-sante'] } },
  { words: ['illettrisme', 'illettré', 'analphabète', 'alphabétisation', 'lire', 'écrire', 'lecture'], means: { prises_en_charge: ['Illettrisme'] } },
  // A language: the venues that say they welcome its speakers; for English, also those that welcome other languages,
  // in second place and said so (« au sens large »).
  { words: ['anglais', 'english'], means: { prises_en_charge: ['Langues étrangères (anglais)'] }, broader: { prises_en_charge: ['Langues étrangères (autres)'] } },
  // « help »: every venue helps, those that welcome English speakers first. (Need words in English are with their French ones.)
  { words: ['help'], means: { prises_en_charge: ['Langues étrangères (anglais)'] }, broader: { leviers: ['equipement', 'demarches', 'competences', 'services'] } },
  {
    words: ['arabe', 'espagnol', 'portugais', 'italien', 'allemand', 'turc', 'russe', 'ukrainien', 'roumain', 'polonais', 'albanais', 'serbe',
      'chinois', 'vietnamien', 'tamoul', 'persan', 'farsi', 'dari', 'pachto', 'kurde', 'arménien', 'géorgien', 'tchétchène', 'somali', 'tigrinya',
      'lingala', 'wolof', 'bambara', 'soninké', 'peul', 'berbère', 'kabyle', 'ourdou', 'bengali', 'hindi', 'langue étrangère',
      'parle pas français', 'ne parle pas français', 'pas français'],
    means: { prises_en_charge: ['Langues étrangères (autres)'] },
  },
  // A word written in another script (query-match.ts `queryTokens`: « autre alphabet ») or « help » in a few languages:
  // its writer may need help in their language; the venues that welcome other languages first, then all the others.
  {
    words: ['autre alphabet', 'ayuda', 'ajuda', 'hilfe', 'yardim', 'pomoc', 'ndihme'],
    means: { prises_en_charge: ['Langues étrangères (autres)'] },
    broader: { leviers: ['equipement', 'demarches', 'competences', 'services'] },
  },
  { words: ['FLE', 'français langue étrangère', 'traduction', 'traducteur', 'interprète', 'langues étrangères', 'apprendre le français', 'cours de français', 'parler français', 'atelier sociolinguistique'], means: { prises_en_charge: ['Langues étrangères (anglais)', 'Langues étrangères (autres)'] } },
] as const satisfies readonly Synonym[];

/** Lookup key of a phrase: its words normalised, without stop words, plural-folded, joined by spaces. */
export function phraseKey(words: readonly string[]): string {
  return words.map(stem).join(' ');
}

export interface CompiledSynonym {
  means: SynonymCondition;
  broader?: SynonymCondition;
}

export interface CompiledSynonyms {
  /** Phrase key → merged conditions (a phrase listed in several entries means the union of their conditions). */
  byKey: Map<string, CompiledSynonym>;
  /** Phrase key → the phrase as typed in SYNONYMS (first spelling), to explain a match. */
  labels: Map<string, string>;
  /** Longest phrase, in words. */
  maxWords: number;
  /** Sorted single-word keys, for prefix lookups of the word being typed. */
  singleWords: string[];
}

function union<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined {
  if (!a) return b ? [...b] : undefined;
  if (!b) return [...a];
  return [...new Set([...a, ...b])];
}

/** The union of conditions (a venue meeting any of them meets the union). */
export function mergeConditions(conditions: ReadonlyArray<SynonymCondition | undefined>): SynonymCondition | undefined {
  let merged: SynonymCondition | undefined;
  for (const condition of conditions) {
    if (!condition) continue;
    if (!merged) {
      merged = condition;
      continue;
    }
    const next: Record<string, readonly string[]> = {};
    for (const field of CONDITION_FIELDS) {
      const values = union<string>(merged[field], condition[field]);
      if (values) next[field] = values;
    }
    merged = next as SynonymCondition;
  }
  return merged;
}

let compiled: CompiledSynonyms | undefined;

/** SYNONYMS in lookup form (computed once). */
export function compiledSynonyms(): CompiledSynonyms {
  if (compiled) return compiled;
  const byKey = new Map<string, CompiledSynonym>();
  const labels = new Map<string, string>();
  let maxWords = 1;
  for (const entry of SYNONYMS as readonly Synonym[]) {
    for (const phrase of entry.words) {
      const words = contentWords(phrase);
      if (words.length === 0) continue;
      const key = phraseKey(words);
      maxWords = Math.max(maxWords, words.length);
      const previous = byKey.get(key);
      const means = mergeConditions([previous?.means, entry.means])!;
      const broader = mergeConditions([previous?.broader, entry.broader]);
      byKey.set(key, broader ? { means, broader } : { means });
      if (!labels.has(key)) labels.set(key, phrase);
    }
  }
  // A phrase typed without its spaces (« cartegrise », « motdepasse »): the same, unless it is a phrase's own word.
  for (const entry of SYNONYMS as readonly Synonym[]) {
    for (const phrase of entry.words) {
      const tokens = tokenize(phrase);
      if (tokens.length < 2) continue;
      const glued = phraseKey([tokens.join('')]);
      const key = phraseKey(contentWords(phrase));
      if (!byKey.has(glued)) {
        byKey.set(glued, byKey.get(key)!);
        labels.set(glued, labels.get(key)!);
      }
    }
  }
  const singleWords = [...byKey.keys()].filter((key) => !key.includes(' ')).sort();
  compiled = { byKey, labels, maxWords, singleWords };
  return compiled;
}
