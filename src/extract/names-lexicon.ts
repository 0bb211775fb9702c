/**
 * Closed-class word sets used to recognise people, their titles and speech verbs.
 * These are generic English function/title words, never names taken from articles.
 */

/** Honorifics, with the gender they state ('' when none). */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | ''> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['sir', 'm'], ['lord', 'm'], ['monsieur', 'm'], ['m.', 'm'],
  ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['madam', 'f'], ['madame', 'f'],
  ['mme', 'f'], ['mme.', 'f'], ['dame', 'f'], ['lady', 'f'],
  ['dr', ''], ['dr.', ''], ['hon', ''], ['hon.', ''], ['honourable', ''], ['honorable', ''], ['prof', ''], ['prof.', ''], ['rev', ''], ['rev.', ''],
  // "Rt. Hon. Lord X": the Right Honourable.
  ['rt', ''], ['rt.', ''],
]);

/** Title words that may stand before a name or head a role ("Senator", "Mayor", "General Coordinator"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'president-elect', 'vice-president', 'senator', 'mayor', 'deputy-mayor', 'mp', 'mep', 'minister', 'general',
  'brigadier', 'colonel', 'major', 'captain', 'lieutenant', 'commander', 'admiral', 'marshal', 'sergeant',
  'former', 'deputy', 'prime', 'foreign', 'secretary', 'ambassador', 'judge', 'justice', 'sheikh', 'imam',
  'ayatollah', 'mullah', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'father', 'bishop', 'cardinal',
  'pope', 'rabbi', 'representative', 'congressman', 'congresswoman', 'governor', 'chairman', 'chairwoman',
  'chairperson', 'chair', 'head', 'leader', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'professor',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'coordinator', 'chief', 'speaker', 'chancellor',
  'supreme', 'vice', 'assistant', 'associate', 'executive', 'honorary', 'late', 'acting', 'interim', 'attorney',
  'baroness', 'baron', 'duke', 'count', 'countess', 'dean', 'rapporteur', 'envoy', 'founder', 'co-founder',
  'member', 'delegate', 'editor', 'activist', 'journalist', 'lawyer', 'official', 'officer', 'commissioner',
  'lawmaker', 'legislator', 'parliamentarian', 'politician', 'diplomat', 'campaigner', 'adviser', 'advisor',
  'organizer', 'organiser', 'co-organizer', 'co-organiser', 'co-chair',
  'mp.', 'sen.', 'gen.', 'col.', 'capt.', 'lt.', 'gov.', 'rep.', 'sgt.', 'sec-gen', 'secretary-general',
  // French titles and roles ("maire du quartier", "la députée X"), which an English tagger may read as verbs.
  'maire', 'député', 'députée', 'eurodéputé', 'eurodéputée', 'sénateur', 'sénatrice', 'ministre', 'président', 'présidente',
  'porte-parole', 'secrétaire', 'conseiller', 'conseillère', 'avocat', 'avocate', 'militante', 'organisateur', 'organisatrice',
  'fondateur', 'fondatrice', 'directeur', 'directrice', 'adjoint', 'adjointe', 'ancien', 'ancienne', 'élu', 'élue',
  // German titles and roles ("X, Sprecherin der Gemeinde, sagte"), capitalised like every German noun.
  'sprecher', 'sprecherin', 'vorsitzende', 'vorsitzender', 'präsident', 'präsidentin', 'vizepräsident', 'vizepräsidentin',
  'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'abgeordnete', 'abgeordneter',
  'landtagsabgeordnete', 'landtagsabgeordneter', 'bundestagsabgeordnete', 'bundestagsabgeordneter', 'ministerin',
  'leiter', 'leiterin', 'gründer', 'gründerin', 'aktivistin', 'journalistin', 'direktor', 'direktorin', 'koordinator',
  'koordinatorin', 'organisator', 'organisatorin', 'rechtsanwalt', 'rechtsanwältin', 'menschenrechtsaktivist',
  'menschenrechtsaktivistin', 'veranstalterin', 'mitorganisator', 'mitorganisatorin', 'künstler', 'künstlers', 'künstlerin',
]);
/** A role ending with a capitalised title in the plural ("Senators", "MEPs"), said of one person: the title in the singular. */
export function singularTitle(role: string): string {
  const last = /(?:^|\s)(\p{Lu}\p{L}+)s$/u.exec(role);
  return last?.[1] && TITLE_WORDS.has(last[1].toLowerCase()) && !TITLE_WORDS.has(`${last[1].toLowerCase()}s`) ? role.slice(0, -1) : role;
}


/** Role head nouns: a phrase holding one of these can be a person's role. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...TITLE_WORDS,
  'members', 'leaders', 'figure', 'figures', 'coordinators', 'representatives', 'spokesmen', 'mayors', 'senators',
  'mps', 'deputies', 'ministers', 'advocate', 'expert', 'analyst', 'author', 'writer', 'poet', 'artist', 'singer',
  'actor', 'actress', 'student', 'teacher', 'doctor', 'physician', 'nurse', 'worker', 'farmer', 'veteran', 'survivor',
  'witness', 'prisoner', 'detainee', 'mother', 'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'widow',
  'relative', 'citizen', 'resident', 'lawmaker', 'legislator', 'politician', 'diplomat', 'negotiator', 'campaigner',
  'organiser', 'organizer', 'researcher', 'scholar', 'historian', 'economist', 'correspondent', 'reporter',
  'presenter', 'host', 'adviser', 'advisor', 'aide', 'counsel', 'investigator', 'inspector', 'superintendent',
  'secretary-general', 'commander-in-chief', 'head', 'chief', 'boss', 'supporter', 'supporters', 'champion',
  'opponent', 'dissident', 'militant', 'fighter', 'commanders', 'officials', 'activists', 'journalists',
  'wrestler', 'athlete', 'boxer', 'footballer', 'rapper', 'musician', 'blogger', 'driver', 'engineer', 'photographer',
  'filmmaker', 'cleric', 'protester', 'protestor', 'demonstrator', 'victim', 'martyr', 'prisoners', 'detainees',
  'soldier', 'girl', 'boy', 'teenager', 'youth', 'father', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather',
  'chairs', 'founders', 'organisers', 'organizers', 'speakers', 'guests', 'senior', 'candidate', 'laureate',
  'commandant', 'undersecretary', 'attorney-general', 'head', 'heads', 'vice-chair', 'co-chair', 'president-elect', 'nuncio',
]);

/** Nouns whose "of X" names a person: "the death of X", "the family of X". */
export const PERSON_OF_NOUNS: ReadonlySet<string> = new Set([
  'death', 'killing', 'murder', 'execution', 'arrest', 'release', 'funeral', 'family', 'mother', 'father', 'son',
  'daughter', 'wife', 'husband', 'brother', 'sister', 'memory', 'case', 'trial', 'sentence', 'portrait', 'portraits',
  'picture', 'pictures', 'photo', 'photos', 'image', 'images', 'assassination', 'detention', 'torture', 'imprisonment',
  'words', 'speech', 'message', 'call', 'leadership', 'widow', 'lawyer', 'supporters', 'followers', 'grave',
  'remarks', 'letter', 'video', 'greetings', 'tweet', 'note', 'appeal', 'address', 'testimony', 'statement', 'support',
]);

/** Head nouns of organisations, places, events and other non-person proper names. */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set([
  'council', 'organization', 'organisation', 'assembly', 'army', 'guards', 'guard', 'observatory', 'committee',
  'union', 'square', 'place', 'street', 'st', 'st.', 'embassy', 'ministry', 'party', 'front', 'force', 'forces',
  'movement', 'resistance', 'revolution', 'coordination', 'federation', 'community', 'university', 'institute',
  'center', 'centre', 'agency', 'news', 'times', 'post', 'network', 'foundation', 'society', 'association',
  'church', 'mosque', 'parliament', 'senate', 'congress', 'court', 'commission', 'office', 'department',
  'government', 'regime', 'republic', 'kingdom', 'states', 'nations', 'province', 'city', 'district', 'region',
  'county', 'valley', 'mountain', 'mountains', 'river', 'bridge', 'park', 'avenue', 'boulevard', 'road', 'hall',
  'palace', 'palais', 'tower', 'esplanade', 'plaza', 'piazza', 'platz', 'airport', 'station', 'prison',
  'hospital', 'school', 'academy', 'company', 'group', 'bank', 'units', 'unit', 'protests', 'protest',
  'uprising', 'war', 'day', 'rights', 'declaration', 'conference', 'summit', 'rally', 'campaign', 'program',
  'programme', 'project', 'mission', 'brigade', 'brigades', 'corps', 'police', 'services', 'intelligence',
  'media', 'tv', 'radio', 'channel', 'press', 'gate', 'quarter', 'island', 'islands', 'sea', 'ocean', 'gulf',
  'lake', 'coast', 'bay', 'desert', 'camp', 'base', 'forum', 'alliance', 'coalition', 'league', 'bureau',
  'authority', 'agency', 'board', 'cabinet', 'club', 'team', 'industries', 'corporation', 'inc', 'ltd', 'co',
  'foundation', 'trust', 'fund', 'initiative', 'museum', 'library', 'cathedral', 'temple', 'stadium', 'arena',
  'square’s', 'mall', 'market', 'bazaar', 'highway', 'lane', 'way', 'drive', 'terrace', 'gardens', 'garden',
  'national', 'international', 'islamic', 'democratic', 'united', 'federal', 'european', 'human', 'civil',
  'revolutionary', 'popular', 'liberation', 'freedom', 'justice', 'peace', 'independence', 'constitution',
  'week', 'month', 'year', 'anniversary', 'festival', 'games', 'olympics', 'cup', 'prize', 'award', 'act', 'law',
  'treaty', 'accord', 'agreement', 'resolution', 'report', 'statement', 'update', 'highlights', 'latest',
  'east', 'west', 'north', 'south', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper',
  'lower', 'new', 'old', 'saint', 'mount', 'lake', 'port', 'fort', 'cape',
  // What a ministry or an office is of ("Secretary of State X", "Minister of Interior X", "Minister of Health X").
  'state', 'interior', 'defence', 'defense', 'health', 'education', 'finance', 'energy', 'economy', 'transport', 'trade',
  'environment', 'labour', 'labor', 'agriculture', 'culture',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'centers', 'centres', 'councils', 'organizations', 'organisations', 'committees', 'ministries', 'institutes',
  'universities', 'schools', 'prisons', 'forces', 'streets', 'squares', 'parties', 'groups', 'resources', 'affairs',
  'democracy', 'detainees', 'prisoners', 'wire', 'exiles', 'refugees', 'families', 'victims', 'martyrs', 'observer',
  'monitor', 'herald', 'tribune', 'gazette', 'journal', 'daily', 'weekly', 'review', 'digest', 'focus', 'voice',
  'god', 'allah', 'islam', 'internet', 'twitter', 'facebook', 'instagram', 'youtube', 'telegram',
]);

/** Lowercase particles that may sit inside a name ("de", "van", "bin", "al"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'del', 'della', 'di', 'da', 'dos', 'das', 'do', 'van', 'von', 'der', 'den', 'ter', 'ten',
  'bin', 'ibn', 'bint', 'ben', 'al', 'el', 'la', 'le', 'abu', 'ould', 'y', 'zu', "d'", 'd’',
]);

/** Words after which a capitalised phrase is a place or an object, not a person ("in Paris", "from East Aleppo"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'to', 'near', 'across', 'outside', 'inside', 'into', 'toward', 'towards', 'through',
  'throughout', 'within', 'around', 'on', 'of', 'between', 'via', 'over', 'under', 'against',
]);

/** Verbs of saying (past and present), for attribution and indirect speech. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'affirmed', 'affirms',
  'announced', 'announces', 'urged', 'urges', 'called', 'calls', 'expressed', 'expresses', 'declared', 'declares',
  'noted', 'notes', 'warned', 'warns', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'explained',
  'explains', 'reported', 'reports', 'stated', 'states', 'asked', 'asks', 'spoke', 'speaks', 'talked', 'talks',
  'insisted', 'insists', 'demanded', 'demands', 'condemned', 'condemns', 'denounced', 'denounces', 'praised',
  'praises', 'welcomed', 'welcomes', 'criticized', 'criticised', 'criticizes', 'criticises', 'appealed',
  'appeals', 'implored', 'implores', 'pledged', 'pledges', 'vowed', 'vows', 'argued', 'argues', 'claimed',
  'claims', 'confirmed', 'confirms', 'described', 'describes', 'highlighted', 'highlights', 'underlined',
  'underlines', 'underscored', 'underscores', 'pointed', 'points', 'recalled', 'recalls', 'reiterated',
  'reiterates', 'tweeted', 'tweets', 'wrote', 'writes', 'proposed', 'proposes', 'suggested', 'suggests',
  'thanked', 'thanks', 'accused', 'accuses', 'hailed', 'hails', 'lamented', 'laments', 'deplored',
  'deplores', 'regretted', 'regrets', 'promised', 'promises', 'concluded', 'concludes', 'continued',
  'continues', 'remarked', 'remarks', 'exclaimed', 'replied', 'replies', 'observed', 'observes', 'shouted',
  'commented', 'comments', 'addressed', 'addresses', 'assured', 'assures', 'admitted', 'admits',
  'acknowledged', 'acknowledges', 'maintained', 'maintains', 'predicted', 'predicts', 'offered',
  'asserted', 'asserts', 'contended', 'contends', 'countered', 'counters',
]);

const FRENCH_QUOTE_VERBS = frenchQuoteVerbs();
const GERMAN_QUOTE_VERBS = ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'forderte', 'fordert', 'warnte', 'warnt', 'kritisierte'];

/** Verbs that attribute a direct quote right before or after it ("…," she stressed / X said: "…"). */
export const QUOTE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'stressed', 'stresses', 'concluded', 'concludes', 'affirmed', 'affirms',
  'noted', 'notes', 'explained', 'explains', 'continued', 'continues', 'declared', 'declares', 'insisted',
  'insists', 'told', 'tells', 'wrote', 'writes', 'tweeted', 'tweets', 'asked', 'asks', 'warned', 'warns',
  'urged', 'urges', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'underlined', 'underlines',
  'remarked', 'stated', 'states', 'exclaimed', 'replied', 'argued', 'argues', 'recalled', 'recalls',
  'observed', 'shouted', 'announced', 'announces', 'commented', 'reiterated', 'reiterates', 'pointed',
  'proclaimed', 'cried', 'answered', 'responded', 'wondered', 'underscored', 'highlighted', 'assured',
  'admitted', 'acknowledged', 'maintained', 'predicted', 'vowed', 'pledged', 'claimed', 'confirmed',
  'reported', 'posted', 'stressing', 'saying', 'adding', 'noting', 'writing', 'declaring',
  'asserted', 'asserts', 'contended', 'contends', 'countered', 'asserting',
  // French and German reports attribute the same way, often after the quote: «…», ajoute X / a déclaré X; „…“, sagte X.
  ...FRENCH_QUOTE_VERBS,
  ...GERMAN_QUOTE_VERBS,
]);

/** The French and German verbs of saying among `QUOTE_VERBS` (those English text never writes). */
export const FOREIGN_QUOTE_VERBS: readonly string[] = [...FRENCH_QUOTE_VERBS, ...GERMAN_QUOTE_VERBS];

function frenchQuoteVerbs(): string[] {
  const present = ['ajoute', 'affirme', 'déclare', 'explique', 'estime', 'souligne', 'poursuit', 'précise', 'dénonce', 'insiste', 'rappelle', 'indique', 'martèle', 'confie', 'raconte', 'témoigne', 'conclut', 'regrette', 'prévient', 'réagit', 'déplore', 'plaide', 'réclame', 'exhorte', 'avertit', 'commente', 'résume', 'revendique', 'détaille', 'renchérit', 'fustige', 'tranche', 'lâche', 'relève', 'assure', 'rapporte', 'ironise'];
  const reflexive = ['insurge', 'indigne', 'exclame'].flatMap((v) => [`s'${v}`, `s’${v}`]);
  const past = ['déclaré', 'affirmé', 'ajouté', 'expliqué', 'estimé', 'souligné', 'précisé', 'dénoncé', 'insisté', 'rappelé', 'indiqué', 'martelé', 'confié', 'raconté', 'témoigné', 'conclu', 'regretté', 'prévenu', 'réagi', 'averti', 'déploré', 'plaidé', 'réclamé', 'exhorté', 'lancé', 'assuré', 'commenté', 'résumé', 'revendiqué', 'détaillé', 'renchéri', 'fustigé', 'relevé', 'rapporté', 'poursuivi', 'dit'];
  return [...present, ...reflexive, ...past.flatMap((v) => [`a ${v}`, v])];
}

/** Verbs that carry indirect speech; those that need a particle ("called on") list it. */
export const INDIRECT_VERBS: ReadonlySet<string> = new Set(
  [...SPEECH_VERBS].filter(
    (v) => !['continued', 'continues', 'concluded', 'concludes', 'exclaimed', 'shouted', 'replied', 'replies', 'say', 'addressed', 'addresses', 'offered'].includes(v),
  ),
);

/** Nouns for a crowd that chants slogans or carries banners. */
export const CROWD_NOUNS: ReadonlySet<string> = new Set([
  'protesters', 'protestors', 'demonstrators', 'participants', 'crowd', 'crowds', 'marchers', 'supporters',
  'activists', 'students', 'rally-goers', 'attendees', 'youths', 'mourners', 'exiles', 'audience', 'strikers',
]);

/** Folds accents and lowercases: "Michèle" → "michele". */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Slug of a canonical name: lowercase ASCII, accents folded, words joined by hyphens. */
export function slugName(name: string): string {
  return foldName(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Words for a people or a nationality ("Iranian", "Americans"): a run of capitalised words made only of them
 * ("Iranian American", "Kurdish-Iranian") describes people, it names no one.
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  ('iranian syrian american french german british english persian arab arabic kurdish kurd canadian european italian spanish dutch ' +
    'swedish norwegian danish belgian swiss austrian russian chinese turkish iraqi israeli lebanese jordanian egyptian afghan albanian ' +
    'australian irish scottish welsh polish greek african asian baluch baloch azeri ahwazi armenian finnish portuguese romanian ukrainian')
    .split(' ')
    .flatMap((w) => [w, `${w}s`]),
);
