// Generates N French meeting reports from varied templates (not copies of the seed), for the
// start-up and scale figures of the benchmark. Deterministic: the same N gives the same files.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const PEOPLE = [
  ['ministre', 'marocain', 'Karim Alaoui'], ['ministre', 'tunisienne', 'Leïla Ben Amor'], ['ministre', 'sénégalais', 'Ousmane Diop'],
  ['ambassadrice', 'canadienne', 'Claire Tremblay'], ['vice-ministre', 'chinois', 'Wang Jun'], ['ministre', 'iranien', 'Reza Karimi'],
  ['présidente', 'suisse', 'Anna Keller'], ['ministre', 'belge', 'Pierre Dumont'], ['secrétaire d’État', 'français', 'Julien Moreau'],
  ['ministre', 'vietnamienne', 'Nguyen Thi Lan'], ['ministre', 'algérien', 'Samir Haddad'], ['ambassadeur', 'japonais', 'Kenji Sato'],
];
const PORTFOLIOS = ['de l’Économie', 'de la Santé', 'du Numérique', 'de l’Éducation', 'des Transports', 'de l’Énergie', 'de la Culture'];
const TOPICS = [
  'la sécurité alimentaire', 'la transition énergétique', 'la formation professionnelle', 'le commerce bilatéral', 'la cybersécurité',
  'la recherche scientifique', 'le tourisme', 'la gestion de l’eau', 'les infrastructures portuaires', 'la santé publique',
];
const AGENDA = ['Une visite du port,', 'Une rencontre avec des étudiants,', 'Un dîner officiel,', 'Une conférence de presse,', 'Et la signature d’un accord.'];
const CITIES = ['Rabat', 'Tunis', 'Dakar', 'Ottawa', 'Pékin', 'Téhéran', 'Berne', 'Bruxelles', 'Paris', 'Hanoï', 'Alger', 'Tokyo'];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function report(i) {
  const r = random(i + 1);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const [roleA, natA, nameA] = pick(PEOPLE);
  let [roleB, natB, nameB] = pick(PEOPLE);
  if (nameB === nameA) [roleB, natB, nameB] = PEOPLE[(PEOPLE.findIndex((p) => p[2] === nameA) + 1) % PEOPLE.length];
  const topics = [...TOPICS].sort(() => r() - 0.5).slice(0, 3 + Math.floor(r() * 3));
  const list = `${topics.slice(0, -1).join(', ')} et ${topics.at(-1)}`;
  const paragraphs = [
    `${pick(CITIES)}, ${1 + Math.floor(r() * 28)} mai – Le ${roleA} ${natA} ${pick(PORTFOLIOS)}, ${nameA}, a reçu ${['lundi', 'mardi', 'jeudi'][i % 3]} son homologue ${natB}, ${nameB}.`,
    r() < 0.5 ? `Les deux parties ont évoqué ${list}.` : `Les entretiens ont porté sur ${list}.`,
    `M. ${nameA.split(' ').at(-1)} a souligné « la qualité des relations » entre les deux pays.`,
  ];
  if (r() < 0.5) paragraphs.push(`Selon lui, la coopération pourrait s’étendre à ${pick(TOPICS)}.`);
  if (r() < 0.6) paragraphs.push(`À l’issue de l’entretien, ${nameA} a invité son homologue à participer au forum de ${pick(CITIES)}.`);
  if (r() < 0.6) paragraphs.push('Au programme de la visite :', ...AGENDA.slice(Math.floor(r() * 2)));
  else paragraphs.push(`La délégation visitera ${pick(CITIES)} et rencontrera des chefs d’entreprise.`);
  return `${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` reports into `dir` as `rapport-0001.txt`… */
export function generateRecords(dir, count) {
  for (let i = 0; i < count; i += 1) writeFileSync(path.join(dir, `rapport-${String(i + 1).padStart(4, '0')}.txt`), report(i));
}
