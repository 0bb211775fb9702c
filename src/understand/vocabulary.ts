/**
 * The reader's vocabulary: word families of the genre (in English, French and German, since a real archive of a
 * Paris community holds all three), multi-word phrases folded into one word, and the tokens every matching step
 * compares. A token's `key` is its family ("@kill" for killed / dead / death toll / morts / starben) or else its stem,
 * so a question and a report meet whatever inflection, synonym or language each uses.
 * These are closed-class genre words (verbs of killing, arresting, attending; nouns for crowds, children, mayors),
 * never names, places or events taken from any article.
 */
import { fold, stem } from './text.ts';

/** Families: folded word forms that a question and a report may use for one another. */
const FAMILIES: Record<string, string> = {
  kill:
    'kill kills killed killing killings dead death deaths die died dies dying deceased toll tolls slain martyred fatalities fatality ' +
    'massacre massacred massacres murdered murder murders morts mort morte mortes tues tue tuee tuees deces decede decedee decedes decedees meurtre meurtres peri perissent succombe ' +
    'starben tote toten getotet todesopfer',
  injure: 'injure injured injuring injuries injury wound wounded wounding wounds hurt blesses blesse blessee blessees verletzt verletzte verletzten verwundet',
  arrest:
    'arrest arrests arrested arresting detain detains detained detaining detainee detainees detention detentions ' +
    'jailed imprisoned incarcerated rounded arretes arrete arretee arretees interpelles interpelle interpellee interpellees detenus arrestation arrestations verhaftet festgenommen verhaftungen inhaftiert',
  execute: 'execute executes executed executing execution executions executee executees hanged hanging hangings gallows hingerichtet hinrichtungen hinrichtung pendaison pendaisons pendu pendus pendue pendues',
  attend:
    'attend attends attended attending attendance attendees attendee turnout participants participant participated participating ' +
    'participate crowd crowds present reunit reuni reunie reunis reunies teilnehmer teilnehmern teilnehmerin teilnehmerinnen teilnehmende teilnehmenden teilgenommen teilnehmen teil teilnahme teilnahmen join joins joined joining',
  protester:
    'protester protesters protestor protestors demonstrator demonstrators marchers marcher manifestants manifestant demonstranten demonstrant',
  rally:
    'rally rallies rallied rallying demonstration demonstrations demonstrated demonstrate demonstrating demo demos protest protests ' +
    'protested protesting march marches marched marching gathering gatherings gathered gather vigil vigils sitin rassemblement ' +
    'rassemblements rassemble rassemblee rassembles rassemblees manifestation manifestations kundgebung kundgebungen protestdemo demonstrierten demonstriert ' +
    'defile defiles defilee defilees defilaient defilent defiler marche cortege protestzug demonstrationszug versammlung versammlungen ' +
    'versammelten versammelte versammelt demonstrieren demonstrierte protestierten protestierte protestieren marschierten ' +
    'manifeste manifestes manifestee manifestees manifestaient manifestent manifester',
  speak:
    'speak speaks spoke spoken speaking speaker speakers speech speeches address addresses addressed addressing keynote remarks tribune sprachen sprach ' +
    'redner rednerin rede discours intervenants intervenant intervenante intervenantes orateur orateurs oratrice oratrices allocution parole',
  organise:
    'organise organises organised organising organiser organisers organize organizes organized organizing organizer organizers ' +
    'arranged convened convener invitation veranstalter veranstalterin veranstalterinnen veranstalters veranstaltet veranstalteten organisiert organisierte organisierten organise organisee organisateurs organisateur ' +
    'organisatrice organisatrices organisatorin organisatoren organisator',
  say:
    'say says said saying told tell tells stated declared declare declares added noted remarked stressed emphasized ' +
    'emphasised affirmed insisted warned argued claimed claim claims claiming revealed announced estimated estimates ' +
    'reported wrote write writes written declare declara sagte erklarte betonte adding',
  chant: 'chant chants chanted chanting slogan slogans shout shouts shouted shouting scande scandaient scandent sprechchoren sprechchore',
  child: 'child children kid kids minors minor enfants enfant kinder kindern juveniles',
  woman: 'woman women femmes femme frauen',
  people: 'people persons ppl individuals personnes menschen',
  message: 'message messages botschaft botschaften grussbotschaft grussbotschaften',
  // Presiding over a session or a meeting ("chaired by Senator X", "présidée par").
  chair: 'chair chairs chaired chairing preside presides presided presiding',
  mayor: 'mayor mayors maire maires burgermeister burgermeisterin',
  // ("how many policemen died" of a French "10 policiers morts", a German "Polizisten".)
  policeman: 'policeman policemen policewoman policewomen policier policiers policiere policieres polizist polizisten polizistin',
  official: 'official officials elus elu dignitaries',
  lawmaker: 'mp mps parliamentarian parliamentarians lawmaker lawmakers depute deputes abgeordnete abgeordneter mdb landtagsabgeordneter',
  senator: 'senator senators senateur senateurs senatrice',
  // Bringing people before a court ("140 were put on trial", "prosecuted", "indicted"; not "tried", which is also
  // "attempted").
  trial: 'trial trials prosecuted prosecuting prosecution prosecutions indicted indictment indictments',
  release: 'release released releasing freed frees libere liberee liberes freigelassen',
  begin: 'begin begins began begun beginning start starts started starting erupted erupt outbreak launched commenced begann starteten',
  flee: 'flee flees fled fleeing displaced displacement deplaces vertrieben geflohen',
  // Evacuating a town or a camp ("the evacuation of Aleppo", "Evakuierung", "évacuation").
  evacuate: 'evacuate evacuates evacuated evacuating evacuation evacuations evakuierung evakuierungen evakuiert evakuierten evacue evacues evacuee evacuees',
  sign: 'sign signs signed signing signature signatures signatories signe signee signes unterzeichnet',
  elect: 'elect elects elected electing election elections reelected reelection gewahlt wahl',
  // A vote in a chamber ("adopted by 301 votes in favour, 12 against and 40 abstentions", asked "how many abstained").
  vote: 'vote votes voted voting',
  abstain: 'abstain abstains abstained abstaining abstention abstentions',
  blame: 'blame blames blamed blaming accuse accused accuses accusing',
  // Leaving something out of a count ("excluded from the analysis", "omitted", asked "left out").
  exclude: 'exclude excludes excluded excluding exclusion omit omits omitted omitting leftout',
  // Calling someone something ("X called the demonstrators “…”"), in a report in German ("bezeichnete sie als") too.
  call: 'call calls called calling bezeichnete bezeichneten bezeichnet nannte nannten nennt',
  guest: 'guest guests invite invited invites',
  // A change in a count ("executions rose by 43 per cent", "how much did arrests increase?"), either way.
  rise: 'rise rises rose risen rising increase increases increased increasing surge surges surged surging soar soars soared jump jumps jumped climb climbs climbed grow grows grew grown growing',
  fall: 'fall falls fell fallen falling decrease decreases decreased decreasing drop drops dropped declined decline declines',
  // A share asked ("what percentage", "what proportion") and one stated ("43 per cent", "60%": see `sentenceTokens`).
  percent: 'percent percentage percentages proportion share pourcentage prozent',
  // Receiving a crowd or a guest ("X welcomed the protesters", "who greeted people?", "begrüßte", "accueilli").
  welcome: 'welcome welcomes welcomed welcoming greet greets greeted greeting begrusst begrusste begrussten accueilli accueillie accueille accueillis',
  // Leading a delegation or a march ("a delegation led by", "X headed the delegation", "dirigée par", "angeführt
  // von"; the verb only: "head of" and "leader" are roles).
  lead: 'lead leads led leading headed heading dirige dirigee diriges dirigees conduite conduit angefuhrt angefuehrt',
  accompany: 'accompany accompanies accompanied accompanying accompagne accompagnee accompagnes accompagnait begleitet begleitete begleiteten',
  uprising: 'uprising uprisings revolt revolts unrest insurrection soulevement aufstand volksaufstand',
  attack: 'attack attacks attacked raid raids strike strikes struck airstrike airstrikes bombing bombings bombardment bombardments bombed bomb bombs shelling shelled rafle rafles',
  chemical: 'chemical gas',
  conference: 'conference conferences summit seminar colloque konferenz',
  hospital: 'hospital hospitals hopital krankenhaus',
  leader: 'leader leaders chef',
  anniversary: 'anniversary anniversaries anniversaire jahrestag',
  vice: 'vice vize',
  president: 'president presidente presidents prasident',
  // "Iran's rulers" asked of words on "a frightened dictatorship", "the mullahs": the same power named in other words.
  regime: 'regime regimes rulers dictatorship dictatorships mullahs theocracy',
  iranian: 'iranian iranians iraniens iranienne iraniennes iranien iraner iranische',
  syrian: 'syrian syrians syriens syrienne syrie syrischen',
  // Peoples named by a noun as often as by an adjective ("Kurds" / "Kurdish protesters", "les Baloutches").
  kurd: 'kurd kurds kurdish kurde kurdes kurden kurdisch kurdische kurdischen',
  baluch: 'baluch baluchs baluchi baluchis baloch balochs balochi baluche baluches belutschen',
  turk: 'turk turks turkish turc turcs turque turques turkisch turkische turkischen',
  azeri: 'azeri azeris azerbaijani azerbaijanis azeri azerie',
  arab: 'arab arabs arabe arabes araber arabisch arabische arabischen',
  french: 'french francais francaise francaises franco franzosisch franzosische franzosischen franzosischer',
  german: 'german germans deutsch deutsche deutschen',
  // ("years of imprisonment": a term told with another noun for the prison asked.)
  prison: 'prison prisons prisoner prisoners prisonnier prisonniers prisonniere prisonnieres gefangene gefangenen gefangnis gefangnisses gefangnisse imprisonment imprisonments',
  appeal: 'appeal appeals appel appels aufruf',
  victim: 'victim victims victime victimes opfer',
  sing: 'sing sings sang sung singing singer singers song songs performed performing perform performs chante chanta chanson chansons sang lied lieder liedes',
  mujahedin: 'mujahedin mujahedeen mujahideen mujahedeens mojahedin mojahedeen mojahedines moudjahidines moudjahidine modjahedin mudschahedin',
  // Genre nouns a report in German or French writes in its own words ("Künstlers", "Vereinen", "Generalkonsulat",
  // "Ähnliche Demonstrationen"), asked in English.
  similar: 'similar ahnlich ahnliche ahnlichen ahnlicher semblable semblables',
  peace: 'peace frieden paix',
  freedom: 'freedom freiheit liberte',
  artist: 'artist artists kunstler kunstlers kunstlerin kunstlerinnen artiste artistes',
  association: 'association associations verein vereine vereinen vereins',
  committee: 'committee committees komitee komitees comite comites',
  society: 'society societies gesellschaft societe',
  secret: 'secret secretly geheim geheimen heimlich',
  god: 'god gott gottes dieu',
  country: 'country countries lander landern pays',
  school: 'school schools schule schulen ecole ecoles',
  girl: 'girl girls madchen fille filles',
  consulate: 'consulate consulates konsulat konsulats generalkonsulat consulat',
  fire: 'fire fires feuer brand incendie',
  refugee: 'refugee refugees fluchtling fluchtlinge fluchtlingen refugie refugies',
  letter: 'letter letters brief briefe lettre lettres',
  photo: 'photo photos foto fotos',
  spokesman: 'spokesman spokeswoman spokesperson sprecher sprecherin',
  activist: 'activist activists aktivist aktivisten aktivistin aktivistinnen militant militante militants',
  resistance: 'resistance widerstand widerstandes widerstands',
  war: 'war wars guerre guerres krieg',
  truce: 'truce truces ceasefire ceasefires cease-fire cease-fires armistice treve waffenstillstand waffenruhe',
  evening: 'evening evenings soir soiree abend',
  un: 'unitednations onu',
  // The Persian new year as English and French reports spell it.
  nowruz: 'nowruz norouz nowrouz noruz nawruz newroz',
  // Bodies' acronyms as English, French and German reports write them ("NCRI", "CNRI", "NWRI"), and the members of the
  // European Parliament ("MEP", "eurodéputé", "Europaabgeordneter"). (Not "UN" nor "EU": French "un" and "eu" are words.)
  ncri: 'ncri cnri nwri',
  pmoi: 'pmoi ompi',
  irgc: 'irgc cgri',
  ngo: 'ngo ngos ong ongs',
  nato: 'nato otan',
  mep: 'mep meps eurodepute eurodeputes eurodeputee eurodeputees europaabgeordnete europaabgeordneter europaabgeordneten',
  // Places and people whose names differ between English, French and German (exonyms), so a question in
  // English meets a report in French or German.
  munich: 'munich munchen muenchen',
  // German makes an adjective of a place with "-er" ("das Brandenburger Tor"); "Tor" is a gate.
  brandenburg: 'brandenburg brandenburger',
  gate: 'gate gates tor',
  bavaria: 'bavaria bavarian bayern bavarois bavaroise bayerischen',
  cologne: 'cologne koln koeln',
  vienna: 'vienna wien vienne',
  geneva: 'geneva geneve genf',
  brussels: 'brussels bruxelles brussel',
  hague: 'hague haag haye',
  aleppo: 'aleppo alep',
  damascus: 'damascus damas damaskus',
  syria: 'syria syrie syrien',
  tehran: 'tehran teheran',
  germany: 'germany allemagne deutschland',
  london: 'london londres',
  rome: 'rome rom roma',
  warsaw: 'warsaw varsovie warschau',
  poland: 'poland pologne polen',
  polish: 'polish polonais polonaise polnischen polnische polnisch',
  netherlands: 'netherlands dutch pays-bas niederlande holland',
  switzerland: 'switzerland swiss suisse schweiz',
  council: 'council councils conseil conseils',
  authority: 'authority authorities autorite autorites behorde behorden',
  sweden: 'sweden swedish suede schweden',
  norway: 'norway norwegian norvege norwegen norwegische norwegischen norwegischer norvegien norvegienne',
  denmark: 'denmark danish danemark danemark',
  russia: 'russia russie russland',
  russian: 'russian russians russe russes russische russischen',
  turkey: 'turkey turquie turkei',
  iraq: 'iraq irak',
  lebanon: 'lebanon liban libanon',
  egypt: 'egypt egypte agypten',
  putin: 'putin poutine',
  europe: 'europe europa',
  european: 'european europeen europeenne europeens europaischen europaische',
  britain: 'britain british uk britannique britanniques grossbritannien',
  america: 'america american americans usa americain americaine amerikanische',
  senate: 'senate senat',
  saudi: 'saudi saudis saoudien saoudienne saoudiens saoudite',
  judge: 'judge judges juge juges',
  // A meeting told in French ("une réunion au Sénat", "cette rencontre").
  meeting: 'meeting meetings reunion reunions rencontre rencontres',
  city: 'city cities ville villes',
  australia: 'australia australian australie australien',
  italy: 'italy italian italie italien italienne',
  canada: 'canada canadian canadien canadienne kanada',
  spain: 'spain spanish espagne spanien',
  greece: 'greece greek grece griechenland',
  assembly: 'assembly assemblee versammlung',
  national: 'national nationale nationalen',
  parliament: 'parliament parlement parlament',
};

/** Month names of the three languages, folded, to the English month number. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'january jan janvier januar janner jaenner',
    'february feb fevrier februar',
    'march mar mars marz',
    'april apr avril',
    'may mai',
    'june jun juin juni',
    'july jul juillet juli',
    'august aug aout',
    'september sep sept septembre',
    'october oct octobre oktober',
    'november nov novembre',
    'december dec decembre dezember',
  ].flatMap((line, i) => line.split(' ').map((w) => [w, i + 1] as [string, number])),
);

const MONTH_KEYS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Weekdays of the three languages, folded, to the English weekday (0 = Sunday). */
export const WEEKDAY_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'sunday dimanche sonntag',
    'monday lundi montag',
    'tuesday mardi dienstag',
    'wednesday mercredi mittwoch',
    'thursday jeudi donnerstag',
    'friday vendredi freitag',
    'saturday samedi samstag',
  ].flatMap((line, i) => line.split(' ').map((w) => [w, i] as [string, number])),
);

/** Multi-word phrases read as one word (folded text in, folded text out). */
const PHRASES: Array<[RegExp, string]> = [
  [/\b(took|take|takes|taking) part\b/g, 'participated'],
  [/\b(turned|turn|turns|turning) out\b/g, 'attended'],
  [/\b(showed|show|shows|showing) up\b/g, 'attended'],
  [/\bput to death\b/g, 'executed'],
  // "how much did executions go up?": a rise (see the family `rise`), and a fall.
  [/\b(go|goes|went|gone|going) up\b/g, 'rose'],
  [/\b(go|goes|went|gone|going) down\b/g, 'fell'],
  // "15,000 protesters have been sentenced to death": a sentence passed is no death (nor yet an execution).
  [/\b(sentenced|condemned) to death\b/g, 'deathsentence'],
  [/\bdeath (sentences?|penalty|penalties)\b/g, 'deathsentence'],
  [/\b(passed|pass|passes|passing) away\b/g, 'died'],
  // ("douze personnes y ont perdu la vie": French deaths told as lives lost.)
  [/\b(perdu|perd|perdent|perdre) la vie\b/g, 'died'],
  [/\bdeath tolls?\b/g, 'toll'],
  // "clashes that claimed the lives of at least eight", "a raid that cost the lives of 30": deaths, not a claim.
  [/\b(claimed|claim|claims|claiming|cost|costing) the lives\b/g, 'killed'],
  [/\b(taken|took|take) into custody\b/g, 'detained'],
  [/\b(broke|break|breaks) out\b/g, 'erupted'],
  [/\bkicked off\b/g, 'began'],
  // "left out of the count": excluded (not "left" of those who left or the dead a strike left).
  [/\b(left|leave|leaves|leaving) out\b/g, 'leftout'],
  [/\bhunger strikes?\b/g, 'hungerstrike'],
  [/\bgreve de la faim\b/g, 'hungerstrike'],
  [/\bhungerstreik\b/g, 'hungerstrike'],
  [/\b(air|aerial) (strikes?|raids?)\b/g, 'airstrike'],
  [/\bmembers? of (the )?parliament\b/g, 'mps'],
  [/\b(took|take|takes|taking) the (stage|floor|microphone|podium)\b/g, 'spoke'],
  // "who was behind the rally": who organised it.
  [/\bwho (was|were|is|are) behind\b/g, 'who organised'],
  // "who called the rally": who organised it (not "called on", "called for").
  [/\bcalled (the|a|this) (rally|protest|demonstration|gathering|march|vigil|strike)\b/g, 'organised rally'],
  [/\b(a|ont) pris la parole\b/g, 'spoke'],
  [/\bvize ?prasident(in)?\b/g, 'vice president'],
  [/\bunited nations\b/g, 'unitednations'],
  // "the Red Cross", "das Rote Kreuz", "la Croix-Rouge": one body in three languages.
  [/\b(red cross|rote[nsm]? kreuz(es)?|croix[ -]rouge)\b/g, 'redcross'],
  [/\bunited states\b/g, 'usa'],
  [/\bsit ins?\b/g, 'sitin'],
  // ("a Web site", "Web sites": the word a question writes "website".)
  [/\bweb sites?\b/g, 'website'],
  [/\bnerve agents?\b/g, 'chemical'],
];

const WORD_FAMILY = new Map<string, string>();
for (const [family, forms] of Object.entries(FAMILIES)) {
  for (const w of forms.split(' ')) if (w && !WORD_FAMILY.has(w)) WORD_FAMILY.set(w, `@${family}`);
}

/**
 * Nouns of the genre in other languages read as the English word a question uses ("Unterstützer", "Anhänger" are
 * supporters), so that a question in English counts what a report in German writes. Folded forms, as `keyOf`
 * receives them. (French "partisans", "membres", "exilés" and a wider table were tried: they let other reports'
 * sentences outrank the one asked of, three wrong answers on the French sets, so they are left out.)
 */
const ENGLISH_NOUNS: Record<string, string> = {
  supporters: 'unterstutzer unterstutzern unterstutzerinnen anhanger anhangern anhangerinnen',
};
const ENGLISH_OF = new Map<string, string>();
for (const [en, forms] of Object.entries(ENGLISH_NOUNS)) for (const w of forms.split(' ')) if (w && !WORD_FAMILY.has(w)) ENGLISH_OF.set(w, en);

/** Families that all stand for the people at a gathering: who attended, protested, or simply "people". */
export const CROWD_KEYS: ReadonlySet<string> = new Set(['@people', '@protester', '@attend']);

/**
 * Families a long compound word ends with ("sicherheitskonferenz" → "@conference", "exiliraner" → "@iranian"), and the
 * key of the word before the first of them ("videobotschaften" → "@message" and "video", asked as "video messages").
 */
function compoundParts(f: string): string[] {
  const out: string[] = [];
  for (let cut = 3; cut <= f.length - 5; cut++) {
    const fam = WORD_FAMILY.get(f.slice(cut));
    if (!fam || out.includes(fam)) continue;
    if (!out.length && cut >= 4 && !WORD_FAMILY.has(f.slice(0, cut))) out.push(keyOf(f.slice(0, cut)));
    out.push(fam);
  }
  return out;
}

/** The families a compound word ends with ("solidaritatskomitees" → "@committee"), none for a plain word. */
export function compoundFamilies(folded: string): string[] {
  return compoundParts(folded).filter((k) => k.startsWith('@'));
}

/** The families of bodies' acronyms (and the European Parliament's members) across languages. */
const ACRONYM_FAMILIES: ReadonlySet<string> = new Set(['@un', '@ncri', '@pmoi', '@irgc', '@ngo', '@nato', '@mep']);

/** The other forms of a body's acronym a folded word is one of ("ncri" → cnri, nwri), else none. */
export function sameBodyForms(folded: string): string[] {
  const fam = WORD_FAMILY.get(folded);
  if (!fam || !ACRONYM_FAMILIES.has(fam)) return [];
  return (FAMILIES[fam.slice(1)] ?? '').split(' ').filter((w) => w && w !== folded);
}

/** The other words of a folded word's family ("britain" → british, uk, britannique …), else none. */
export function familyWords(folded: string): string[] {
  const fam = WORD_FAMILY.get(folded);
  if (!fam) return [];
  return (FAMILIES[fam.slice(1)] ?? '').split(' ').filter((w) => w && w !== folded);
}

/** The family of a folded word, if it belongs to one. */
export function familyOf(folded: string): string | undefined {
  return WORD_FAMILY.get(folded);
}

const WHOLE_PHRASES: Array<[RegExp, string]> = PHRASES.map(([re, to]) => [new RegExp(`^(?:${re.source.replace(/\\b/g, '')})$`), to]);

/** Words a phrase of the table can start with: any other word starts none, and is not tried. */
const PHRASE_STARTS = new Set(
  'took take takes taking turned turn turns turning showed show shows showing put death claimed claim claims claiming cost costing sentenced condemned taken broke break breaks kicked hunger greve hungerstreik air aerial members member a ont vize vizeprasident vizeprasidentin united sit nerve called who red rote roten rotes rotem croix go goes went gone going left leave leaves leaving web'.split(' '),
);

/** The replacement of a folded phrase that is exactly one entry of the phrase table, else undefined. */
function wholePhrase(joined: string): string | undefined {
  // (Each run of words tried once: every sentence tokenised tries the runs after each word a phrase may start with.)
  if (WHOLE_PHRASE_OF.has(joined)) return WHOLE_PHRASE_OF.get(joined);
  let got: string | undefined;
  for (const [re, to] of WHOLE_PHRASES) {
    if (re.test(joined)) {
      got = to;
      break;
    }
  }
  // (Emptied when large: texts bring runs of words without end.)
  if (WHOLE_PHRASE_OF.size >= 50_000) WHOLE_PHRASE_OF.clear();
  WHOLE_PHRASE_OF.set(joined, got);
  return got;
}

const WHOLE_PHRASE_OF = new Map<string, string | undefined>();

/** Applies the phrase table to folded text. */
export function foldPhrases(folded: string): string {
  let s = ` ${folded} `;
  for (const [re, to] of PHRASES) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}

/** A number word or digits as a plain digit string ("1,429" → "1429", "twelve" → "12"), else undefined. */
export function numberKey(folded: string): string | undefined {
  if (/^\d+$/.test(folded)) return String(Number(folded));
  const n = SMALL_NUMBERS.get(folded);
  return n === undefined ? undefined : String(n);
}

const SMALL_NUMBER_LIST =
  (
    'one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 first 1 second 2 third 3 fourth 4 ' +
    'fifth 5 sixth 6 seventh 7 eighth 8 ninth 9 tenth 10 1st 1 2nd 2 3rd 3 4th 4 5th 5 6th 6 7th 7 8th 8 9th 9 10th 10 ' +
    'deux 2 trois 3 quatre 4 cinq 5 zwei 2 drei 3 vier 4 funf 5 sixtieth 60 60th 60'
  ).split(' ');
const SMALL_NUMBERS = new Map<string, number>();
for (let i = 0; i + 1 < SMALL_NUMBER_LIST.length; i += 2) SMALL_NUMBERS.set(SMALL_NUMBER_LIST[i] as string, Number(SMALL_NUMBER_LIST[i + 1]));

/** The key a folded word is compared by: its family, month, number, else its stem. */
export function keyOf(folded: string): string {
  const fam = WORD_FAMILY.get(folded);
  if (fam) return fam;
  // "Canadians", "Italians": a people in the plural is its country's family, as the singular is.
  const people = folded.length > 5 && folded.endsWith('ans') ? WORD_FAMILY.get(folded.slice(0, -1)) : undefined;
  if (people) return people;
  const month = MONTH_WORDS.get(folded);
  if (month !== undefined && folded.length >= 3) return MONTH_KEYS[month - 1] as string;
  const n = /^\d/.test(folded) ? numberKey(folded.replace(/(st|nd|rd|th|e|er|eme)$/, '')) : SMALL_NUMBERS.get(folded)?.toString();
  if (n !== undefined) return n;
  const english = ENGLISH_OF.get(folded);
  return readerStem(english ?? folded);
}

/** The stemmer, plus "-ation" nouns meeting their verbs ("inauguration" / "inaugurated", "demonstration" / "demonstrated"). */
function readerStem(folded: string): string {
  if (folded.length > 7 && folded.endsWith('ation')) return stem(folded.slice(0, -3));
  if (folded.length > 7 && folded.endsWith('ations')) return stem(folded.slice(0, -4));
  return stem(folded);
}

/** One word of a text, with offsets into that text and the forms every comparison uses. */
export interface Token {
  /** As written. */
  raw: string;
  /** Folded (lowercase, no accents). */
  fold: string;
  /** Family, month, number or stem (see `keyOf`). */
  key: string;
  start: number;
  end: number;
  /** Written with a capital first letter. */
  cap: boolean;
  /** The value when the token is a number as written in digits ("1,429", "70 000", "12.000"). */
  value?: number;
  /** Keys of the known words a long compound ends with ("Sicherheitskonferenz" → "@conference"). */
  parts?: string[];
}

// A number with thousands separators (comma, dot, space, thin space) or plain digits; then any word.
const TOKEN_RE = /\b\p{Lu}{1,4}\d{1,5}\b|\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?(?:st|nd|rd|th)?|[\p{L}\p{M}][\p{L}\p{M}'’\-‐]*[\p{L}\p{M}]|[\p{L}]/gu;

/** A word's fold, key and compound parts, as `tokenize` derives them from the word as written. */
interface WordForm {
  /** The word as written (the first instance seen, so that every token of the word shares it). */
  raw: string;
  /** Written with a capital first letter. */
  cap: boolean;
  fold: string;
  key: string;
  parts?: string[];
}

/*
 * Word forms by the word as written: a pure function of the word, and the same few tens of thousands of words recur
 * in every report, so each is folded and stemmed once instead of on every sentence read (reading a report's
 * profile was mostly folding). Emptied when it grows past a bound, so odd input cannot make it grow without end.
 */
const wordForms = new Map<string, WordForm>();
const WORD_FORMS_KEPT = 200_000;

function wordForm(pr: string): WordForm {
  const hit = wordForms.get(pr);
  if (hit) return hit;
  let f = fold(pr);
  // Capital "US" and "UN" are the country and the organisation, not the pronoun or the French article.
  if (f && (pr === 'US' || pr === 'USA')) f = 'usa';
  else if (f && pr === 'UN') f = 'unitednations';
  const form: WordForm = { raw: pr, cap: /^\p{Lu}/u.test(pr), fold: f, key: f ? keyOf(f) : '' };
  if (f.length >= 9 && !WORD_FAMILY.has(f)) {
    const parts = compoundParts(f);
    if (parts.length) form.parts = parts;
  }
  if (wordForms.size >= WORD_FORMS_KEPT) wordForms.clear();
  wordForms.set(pr, form);
  return form;
}

/** Splits a text into tokens (phrases such as "took part" become one token spanning both words). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // "U.S." and "U.N." are one word each; the replacement keeps every offset in place.
  // So is "D.C." ("Washington, D.C."), as users write "DC".
  const src = text.replace(/\b([UED])\.([SNKC])\.(?=[\s,;:)'’”"]|$)/g, '$1$2  ');
  for (const m of src.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const first = raw.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      // Spaced groups ("70 000") are one amount in French and German text; "2019 100" is not (a year has four digits).
      const digits = raw.replace(/(st|nd|rd|th)$/, '');
      let value: number | undefined;
      if (/^\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+$/.test(digits)) value = Number(digits.replace(/[,.\u202f\u00a0 ]/g, ''));
      else if (/^\d+$/.test(digits)) value = Number(digits);
      else if (/^\d+[.,]\d+$/.test(digits)) value = Number(digits.replace(',', '.'));
      const f = value !== undefined && Number.isInteger(value) ? String(value) : fold(digits);
      const tok: Token = { raw, fold: f, key: f, start, end: start + raw.length, cap: false };
      if (value !== undefined) tok.value = value;
      out.push(tok);
      continue;
    }
    // A code of capitals and digits ("PS752", "MH17") is one word.
    if (/\d/.test(raw)) {
      const f = raw.toLowerCase();
      out.push({ raw, fold: f, key: f, start, end: start + raw.length, cap: true });
      continue;
    }
    // Hyphenated and apostrophe words are split into their parts ("Auvers-sur-Oise", "d'Alep"), each a token.
    for (const [at, length, form] of wordParts(raw)) {
      const ps = start + at;
      // (`form.raw` is the part as written, kept once: a report profile holds every token of every report read.)
      const tok: Token = { raw: form.raw, fold: form.fold, key: form.key, start: ps, end: ps + length, cap: form.cap };
      if (form.parts) tok.parts = [...form.parts];
      out.push(tok);
    }
  }
  return mergePhrases(out, src);
}

/** A word's parts that fold to something: where each starts in the word, its length and its form. */
type WordParts = ReadonlyArray<readonly [number, number, WordForm]>;

/* The parts of each word as written, found once (kept and emptied like `wordForms`): reading a report tokenizes every word. */
const wordPartsSeen = new Map<string, WordParts>();

function wordParts(raw: string): WordParts {
  const hit = wordPartsSeen.get(raw);
  if (hit) return hit;
  const out: Array<readonly [number, number, WordForm]> = [];
  for (const p of raw.matchAll(/[\p{L}\p{M}]+/gu)) {
    const form = wordForm(p[0]);
    if (form.fold) out.push([p.index ?? 0, p[0].length, form]);
  }
  if (wordPartsSeen.size >= WORD_FORMS_KEPT) wordPartsSeen.clear();
  wordPartsSeen.set(raw, out);
  return out;
}

/** Up to four words, then an opening quotation mark: the name something is called by. */
const NAME_GIVEN_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,4}?["“‘«]|^\s+(?:[\p{L}'’-]+\s+){0,4}?'(?=\p{L})/u;

/** Joins the tokens of a known phrase ("took part", "death toll") into the phrase's word(s), spanning the original words. */
function mergePhrases(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!PHRASE_STARTS.has(t.fold)) {
      out.push(t);
      continue;
    }
    let merged = false;
    for (const n of [4, 3, 2, 1]) {
      if (i + n > tokens.length) continue;
      const span = tokens.slice(i, i + n);
      const joined = span.map((x) => x.fold).join(' ');
      const replaced = wholePhrase(joined);
      if (replaced === undefined) continue;
      // "who called the protest marches 'riots'": calling a thing by a name it is given in quotes names it; it does
      // not call (organise) the protest.
      if (t.fold === 'called' && NAME_GIVEN_AFTER.test(text.slice((span[span.length - 1] as Token).end, (span[span.length - 1] as Token).end + 60))) continue;
      const words = replaced.split(' ');
      const last = span[span.length - 1] as Token;
      const raw = span.map((x) => x.raw).join(' ');
      for (const w of words) out.push({ raw, fold: w, key: keyOf(w), start: t.start, end: last.end, cap: t.cap });
      i += n - 1;
      merged = true;
      break;
    }
    if (!merged) out.push(t);
  }
  return disambiguateMonths(out);
}

const MONTH_LEAD = new Set(['in', 'of', 'since', 'until', 'till', 'early', 'late', 'mid', 'from', 'by', 'last', 'next', 'this', 'en', 'im', 'seit', 'depuis', 'le']);

/** "march" and "may" are months next to a number or after "in/since/early…", else a word (a march, a verb). */
function disambiguateMonths(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.fold !== 'march' && t.fold !== 'may') return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const nearNumber = (prev?.value !== undefined && prev.end >= t.start - 3) || (next?.value !== undefined && next.start <= t.end + 3);
    const afterLead = !!prev && MONTH_LEAD.has(prev.fold) && (t.cap || t.fold === 'march');
    if (nearNumber || afterLead) t.key = t.fold;
    else if (t.fold === 'may') t.key = 'may-verb';
  });
  return tokens;
}

/** Words that carry no content for matching a question to a report. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of in on at to for by with from and or but as is are was were be been being it its this that these those during about ' +
    'into over after before since than then there their they them he she his her hers him we our us you your i me my what which who whom ' +
    'whose when where why how did do does done has have had will would can could should may might must not no so if any some all also ' +
    'just s t its one ones whats wheres whos hows get got exactly roughly approximately around about alone only apart other others least up ' +
    'outside inside near front behind across within beside among amongst ' +
    'le la les de des du un une et en au aux a l d qui que dans pour par sur avec est sont ont ete fut furent se ce cette ces son sa ses ' +
    'leur leurs il elle ils elles nous vous plus tres der die das den dem des ein eine einer eines und in im am auf von vom zu zur zum ' +
    'mit fur ist sind war waren wurde wurden sich sie er es als auch bei aus nach gegen sowie unter anderem'
  ).split(' '),
);

/** Whether a folded word is a function word. */
export function isFunctionWord(folded: string): boolean {
  return FUNCTION_WORDS.has(folded);
}

/** Countries (English names, folded): a country contains the cities a question may name, so it never contradicts one. */
/** The start a country's name shares with its people's word ("varn" of Varnia and Varnian, "isra" of Israel and Israeli). */
export function countryStem(country: string): string {
  return country.slice(0, Math.max(4, country.length - 2));
}

export const COUNTRIES: ReadonlySet<string> = new Set(
  (
    'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium ' +
    'bolivia bosnia brazil britain bulgaria cameroon canada chile china colombia croatia cuba cyprus czechia denmark egypt england ' +
    'eritrea estonia ethiopia finland france georgia germany ghana greece hungary iceland india indonesia iran iraq ireland israel ' +
    'italy japan jordan kazakhstan kenya kosovo kurdistan kuwait kyrgyzstan latvia lebanon libya lithuania luxembourg malaysia malta ' +
    'mexico moldova monaco mongolia montenegro morocco netherlands holland nigeria norway oman pakistan palestine poland portugal qatar ' +
    'romania russia scotland serbia slovakia slovenia somalia spain sudan sweden switzerland syria tajikistan tunisia turkey ' +
    'turkmenistan ukraine emirates uzbekistan venezuela vietnam wales yemen usa america europe baluchistan khuzestan'
  ).split(' '),
);
