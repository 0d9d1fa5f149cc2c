import type { EvalQuery } from './metrics';
import { pick, seededRandom, type Random } from './seeded-random';

/** Seed of the spoken set printed by `npm run eval:search`; changing it makes a new set. */
export const SPOKEN_SEED = 20_261_212;

/**
 * How callers open a call before they name the concern. Fillers, greetings and a few harmless
 * content words ("Nachbar", "Internet", a name), as agents hear them; deliberately no word that
 * points to a service of the catalogue, which would help or hurt one query unfairly.
 */
export const SPOKEN_OPENINGS: readonly string[] = [
  'Guten Tag, ich wollte fragen,',
  'Hallo, ich rufe an wegen',
  'Ja, grüß Gott, es geht um',
  'Guten Morgen, ich hätte eine Frage zu',
  'Hallo, man hat mir gesagt, ich soll mal anrufen wegen',
  'Entschuldigung, bin ich bei Ihnen richtig für',
  'Ja hallo, ich brauche Hilfe bei',
  'Servus, ich hab da ein Anliegen:',
  'Guten Tag, ich bin zu Ihnen durchgestellt worden, wegen',
  'Hallo, ich weiß nicht genau, wer zuständig ist, also',
  'Guten Tag, mein Name ist Huber, es geht um',
  'Hallo, kurze Frage:',
  'Ja, guten Tag, ich bräuchte Informationen über',
  'Grüß Gott, ich möchte gern wissen, wie das geht mit',
  'Hallo, mein Nachbar meinte, Sie können mir helfen bei',
  'Guten Tag, ich versuche schon länger, jemanden zu erreichen, wegen',
  'Hallo, ich rufe für meinen Vater an, es geht um',
  'Guten Tag, ich habe im Internet nichts gefunden zu',
  'Moin, ich hätte da mal eine Frage,',
  'Guten Tag, ich wollte mich erkundigen wegen',
  'Ja, hallo, also es ist so,',
  'Hallo, entschuldigen Sie die Störung, ich hab ein Problem:',
];

/** How callers end the question: what to bring, cost, time, place, channel. */
export const SPOKEN_CLOSINGS: readonly string[] = [
  ', was muss ich da mitbringen?',
  ', was kostet das?',
  ', wie lange dauert das?',
  ', brauche ich dafür einen Termin?',
  ', geht das auch online?',
  ', wo muss ich da hin?',
  ', können Sie mir da weiterhelfen?',
  ', welche Unterlagen brauche ich?',
  ', wer ist dafür zuständig?',
  ', und wie läuft das ab?',
  ', muss ich da persönlich vorbeikommen?',
  ', haben Sie heute noch offen?',
  '. Danke schon mal.',
  ', was muss ich da machen?',
  ', kann das auch jemand anderes für mich erledigen?',
  ', bis wann muss ich das machen?',
  ', gibt es dafür ein Formular?',
  ', was brauche ich da alles?',
  ', kann ich da einfach so vorbeikommen?',
  ', wie mache ich das am besten?',
  ', das eilt leider ein bisschen.',
  ', könnten Sie mir das kurz erklären?',
];

/** The query as said on the phone: a random opening, the words, a random closing. */
export function spokenQuery(q: string, random: Random): string {
  return `${pick(random, SPOKEN_OPENINGS)} ${q}${pick(random, SPOKEN_CLOSINGS)}`;
}

/** The spoken variant of a query set: same relevant answers, reproducible by seed. */
export function spokenVariant(queries: readonly EvalQuery[], seed = SPOKEN_SEED): EvalQuery[] {
  const random = seededRandom(seed);
  return queries.map((query) => ({ q: spokenQuery(query.q, random), relevant: [...query.relevant] }));
}
