/**
 * The lines `npm run eval` prints: one per record, then the rules that misfire most (when the
 * API names rules), then the summary, last. The record and summary lines are worded as
 * ../shared/checks/eval-split.mjs words them, so the two outputs can be compared line by line.
 */
import { summarise, type RecordScore, type Summary, type WrongParagraph } from './score.js';

/** `3:context≠agenda|participants`: the paragraph, the kind it was given, the kinds accepted. */
const wrongOne = (w: WrongParagraph): string => `${w.n}:${w.given ?? 'missing'}≠${w.accepted.join('|')}`;

/**
 * One record's line; after the fields the reference prints, the rule behind each wrong paragraph when known.
 * @example recordLine(score) → 'x: para 2/3 people 2/2 (+0 extra) agenda 1/3 (1/2 right) topics 0/4 (0/0 right) invite ok  wrong: 3:context≠agenda  rules: 3:framing'
 */
export function recordLine(score: RecordScore): string {
  if (!score.scored) return `${score.name}: no record for it`;
  const { paragraphs: p, people, agenda: a, topics: t } = score;
  const wrong = p.wrong.length > 0 ? `  wrong: ${p.wrong.map(wrongOne).join(' ')}` : '';
  const ruled = p.wrong.filter((w) => w.rule !== null);
  const rules = ruled.length > 0 ? `  rules: ${ruled.map((w) => `${w.n}:${w.rule}`).join(' ')}` : '';
  return (
    `${score.name}: para ${p.right}/${p.total} people ${people.found}/${people.gold} (+${people.extra} extra) ` +
    `agenda ${a.found}/${a.gold} (${a.right}/${a.predicted} right) topics ${t.found}/${t.gold} (${t.right}/${t.predicted} right) ` +
    `invite ${score.invitation ? 'ok' : 'wrong'}${wrong}${rules}`
  );
}

/**
 * How many wrong paragraphs each rule decided, most first (ties by name); empty when the API names no rule.
 * @example misfires(scores) → [['framing', 4], ['speaker-said', 2]]
 */
export function misfires(scores: readonly RecordScore[]): [rule: string, count: number][] {
  const counts = new Map<string, number>();
  for (const w of scores.flatMap((s) => s.paragraphs.wrong)) if (w.rule !== null) counts.set(w.rule, (counts.get(w.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The summary line, in exactly the reference's format. */
export function summaryLine(s: Summary): string {
  const f = (x: number): string => x.toFixed(3);
  return (
    `para=${f(s.para)} (pooled ${f(s.paraPooled)}) people_f1=${f(s.peopleF1)} agenda_f1=${f(s.agendaF1)} (recall ${f(s.agendaRecall)}) ` +
    `topics_f1=${f(s.topicsF1)} (recall ${f(s.topicsRecall)}) invite=${f(s.invite)}`
  );
}

/** Every line of the report, in order: scored records, records with nothing to score, misfiring rules, summary. */
export function reportLines(scores: readonly RecordScore[]): string[] {
  const rules = misfires(scores);
  return [
    ...scores.filter((s) => s.scored).map(recordLine),
    ...scores.filter((s) => !s.scored).map(recordLine),
    ...(rules.length > 0 ? [`rules that misfire most: ${rules.map(([rule, n]) => `${rule} ${n}`).join(', ')}`] : []),
    summaryLine(summarise(scores)),
  ];
}
