import type { Measure } from '../domain/types.ts';
import { fold } from './text.ts';

/**
 * Words that name each measure, most specific first: "martyrs identified by name" is `identified`,
 * not `killed`; "medical facilities damaged" is `damaged`.
 */
const MEASURE_WORDS: Array<[Measure, RegExp]> = [
  ['identified', /\b(identif\w*|named|by name|names of)\b/],
  // (Towns are counted in the plural, "how many cities"; "the crowd at the City Hall", "in the town of X" count none.
  // "Toll by province" asks the count broken down place by place; "killed in Idleb province", "tués dans la province
  // d'Alep" name where, and count the dead.)
  ['cities', /\b(cities|towns|provinces|localities|locations|villes|localites)\b|\b(?:how many|number of|combien de)\s+(?:city|town|province|villes?)\b|\b(?:by|per|each|par)\s+province\b/],
  ['damaged', /\b(damag\w*|destroy\w*|hit|struck|facilities|hospitals?|buildings?|schools?)\b/],
  ['executed', /\b(execut\w*|hang(?:s|ed|ings?)?|gallows|put to death)\b/],
  ['missing', /\b(missing|disappear\w*|unaccounted)\b/],
  ['displaced', /\b(displac\w*|refugees?|fled|evacuat\w*|homeless|deplace\w*|refugies?)\b/],
  ['arrested', /\b(arrest\w*|detain\w*|detention\w*|detainees?|jail\w*|imprison\w*|prisoners?|custody|rounded up|locked up|held)\b/],
  ['injured', /\b(injur\w*|wound\w*|hurt|blesse\w*)\b/],
  [
    'killed',
    /\b(kill\w*|dead|deaths?|died|die|martyr\w*|death toll|toll|casualt\w*|fatalit\w*|lives|murder\w*|slain|perish\w*|shot dead|massacr\w*|victims?|tues?|tuees?|tuant|morts|peri|decede\w*)\b/,
  ],
  ['attendance', /\b(crowd size|size of the|attend\w*|turn ?out|turned out|participa\w*|showed up|came|crowd|gathered|joined|took part|marched|rallied|protesters|demonstrators|how big|size)\b/],
];

/** A death or a deed a gathering marks, in folded text ("anniversary of mahsa amini s death"). */
const OCCASION = /\b(?:anniversary|anniversaries|memory|commemoration|commemorating|commemorate|marking|mark|honou?ring|honou?r)\s+of\s+(?:the\s+)?(?:[a-z0-9-]+\s+){0,4}?(?:death|deaths|killing|killings|murder|execution|executions|arrest|massacre|martyrdom)\b/g;

/**
 * The time since a death a gathering marks ("to mark a year since Amini's death", "two years after the massacre"),
 * read only when the question asks of a crowd.
 */
const SINCE_OCCASION = /\b(?:since|after)\s+(?:the\s+)?(?:[a-z0-9-]+\s+){0,4}?(?:death|deaths|killing|killings|murder|execution|executions|arrest|massacre|martyrdom)\b/g;
const CROWD_ASKED = /\b(?:turn ?out|turned out|showed up|attend\w*|gathered|marched|rallied|crowd|participa\w*|took part)\b/;

/** What a gathering is against, in folded text: "the anti execution demo", "a protest against the executions". */
const ANTI = /\banti\s+[a-z]+\b/g;
const AGAINST = /\b(?:against|denouncing|condemning)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:executions?|killings?|arrests?|death penalty|hangings?)\b/g;
const GATHERING = /\b(?:rally|rallies|demo|demos|demonstrations?|protests?|march|marches|vigils?|gatherings?)\b/;

/** The measure a question asks about ("whats the death toll" → killed), or undefined. */
export function measureOf(question: string): Measure | undefined {
  // "the march on the second anniversary of Amini's death", "a vigil in memory of the executed": the occasion a
  // gathering marks names no count asked.
  // "the anti-execution demo", "a rally against the death penalty": what a gathering opposes names no count asked.
  const folded = fold(question);
  const occasion = (CROWD_ASKED.test(folded) ? folded.replace(SINCE_OCCASION, ' ') : folded).replace(OCCASION, ' ').replace(ANTI, ' ');
  const q = GATHERING.test(occasion) ? occasion.replace(AGAINST, ' ') : occasion;
  // "Of all the people it recorded as detained, how many had been released?": the released are asked, and no measure
  // counts them (the detained are who they were counted among).
  if (RELEASED_ASKED.test(q)) return undefined;
  // "took part" with cities/towns is the number of cities, not attendance.
  const found: Array<{ measure: Measure; at: number; end: number }> = [];
  for (const [measure, re] of MEASURE_WORDS) {
    if (measure === 'damaged' && /\b(hit|struck)\b/.test(q) && !/\b(facilit|hospital|building|school|damag|destroy)/.test(q)) continue;
    if (measure === 'arrested' && /\bheld\b/.test(q) && !/\b(prison|jail|custody|detain|arrest)/.test(q)) continue;
    // "how many detainees died in custody", "… died in the streets and detention centres": asked of deaths, the custody
    // and the detainees say where and who died, not that arrests are counted.
    if (measure === 'arrested' && DEATH_ASKED.test(q) && !re.test(q.replace(PLACE_OF_DEATH, ' '))) continue;
    // "how many were tried for abuses at the Orla detention centre": a place of detention says where the deed asked was
    // done, not that arrests are counted.
    if (measure === 'arrested' && !re.test(q.replace(DETENTION_PLACE, ' '))) continue;
    const m = re.exec(q);
    if (m) found.push({ measure, at: m.index, end: m.index + m[0].length });
  }
  // "detained or disappeared", "killed or injured": two measures asked as one count are counted by reports under the
  // first word ("900 its files list as detained or forcibly disappeared"), as the extraction reads them.
  const pair = found.find((x) => found.some((y) => y.at > x.at && PAIRED.test(q.slice(x.end, y.at))));
  return (pair ?? found[0])?.measure;
}

/** A death asked of the people counted ("how many prisoners were massacred", "… perished"). */
const DEATH_ASKED = /\b(?:died|die|dying|dead|deaths?|killed|lost their lives|massacred|murdered|slain|martyred|perished|shot dead)\b/;

/** Where or as whom people died, in words of detention: "in police custody", "detention centres", "detainees". */
const PLACE_OF_DEATH = /\b(?:in\s+(?:police\s+|state\s+|the\s+)?(?:custody|detention|prisons?|jails?)|detention\s+(?:centres?|centers?|facilities|facility)|prison\s+cells?|detainees?|prisoners?)\b/g;

/** A place of detention named as where: "at the X detention centre", "in Evin prison". */
const DETENTION_PLACE = /\b(?:detention\s+(?:centres?|centers?|facilit(?:y|ies)|camps?)|(?:at|in|inside|outside|from|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:prisons?|jails?))\b/g;

/** "how many had been released", "how many were freed": a count of the released is asked. */
const RELEASED_ASKED = /\bhow many\b(?:\s+[a-z]+){0,4}?\s+(?:were|was|had been|have been|has been|got|been|are)\s+(?:[a-z]+ly\s+)?(?:released|freed|set free|pardoned)\b/;

/** What joins two measure words asked as one count: "or", "and/or", with an adverb ("or forcibly disappeared"). */
const PAIRED = /^\s+(?:or|and\s*\/\s*or)\s+(?:[a-z]+ly\s+)?$/;

/** Words of a question that only name the measure (left out of the figure's scope matching). */
export function isMeasureWord(w: string): boolean {
  for (const [, re] of MEASURE_WORDS) if (re.test(w)) return true;
  return false;
}

/** How a measure reads after a number: "were killed", "were arrested or detained". */
export function measurePhrase(m: Measure): string {
  switch (m) {
    case 'killed':
      return 'were killed';
    case 'injured':
      return 'were injured';
    case 'arrested':
      return 'were arrested or detained';
    case 'executed':
      return 'were executed';
    case 'missing':
      return 'are missing';
    case 'displaced':
      return 'were displaced';
    case 'damaged':
      return 'were damaged';
    case 'identified':
      return 'have been identified by name';
    case 'cities':
      return 'took part';
    case 'attendance':
      return 'took part';
    default:
      return '';
  }
}

/** A noun for the measure, for messages: "killed" → "deaths". */
export function measureNoun(m: Measure): string {
  const nouns: Record<Measure, string> = {
    killed: 'deaths',
    injured: 'injuries',
    arrested: 'arrests',
    executed: 'executions',
    missing: 'missing people',
    cities: 'cities involved',
    attendance: 'attendance',
    identified: 'victims identified by name',
    damaged: 'damage',
    displaced: 'displaced people',
    other: 'figures',
  };
  return nouns[m];
}
