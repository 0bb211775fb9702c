/**
 * Word pools for the synthetic archive. All names of people, towns and organisations here are invented
 * for the benchmark (world capitals and Iranian/Syrian cities are ordinary geography); none comes from the seed articles.
 */

export const FEMALE_FIRST = [
  'Anna', 'Leila', 'Sophie', 'Ingrid', 'Mina', 'Clara', 'Farah', 'Elena', 'Nadia', 'Hanna', 'Marta', 'Lucia',
  'Shirin', 'Yasmin', 'Camille', 'Greta', 'Noor', 'Roya', 'Sara', 'Beatrice', 'Dalia', 'Parisa', 'Ilse', 'Monique',
  'Teresa', 'Laleh', 'Vera', 'Agnes', 'Simone', 'Azadeh', 'Helga', 'Rosa', 'Soraya', 'Johanna', 'Mariam',
] as const;

export const MALE_FIRST = [
  'Lukas', 'Omid', 'Pierre', 'Henrik', 'Tariq', 'Marco', 'Reza', 'Dmitri', 'Paul', 'Anders', 'Karim', 'Julien',
  'Stefan', 'Bijan', 'Samir', 'Tomas', 'Kaveh', 'Olivier', 'Mathias', 'Nikolai', 'Darius', 'Yusuf', 'Emil', 'Arash',
  'Georg', 'Bruno', 'Farid', 'Luca', 'Viktor', 'Idris', 'Rainer', 'Babak', 'Hugo', 'Nasser', 'Florian',
] as const;

export const LAST = [
  'Lindqvist', 'Moreau', 'Brandt', 'Kowalski', 'Haddad', 'Rostami', 'Fontaine', 'Berger', 'Sadeghi', 'Novak',
  'Castell', 'Eriksen', 'Lefebvre', 'Vogel', 'Marchetti', 'Tehrani', 'Hartmann', 'Nasseri', 'Bianchi', 'Jansen',
  'Halabi', 'Darvish', 'Keller', 'Rinaldi', 'Mostafavi', 'Van Dijk', 'de la Roche', 'al-Khatib', 'Sorensen',
  'Petit', 'Ferrari', 'Nouri', 'Holm', 'Delacroix', 'Weiss', 'Farahani', 'Olsen', 'Mercier', 'Kazemi', 'Zimmer',
  'Sabbagh', 'Lambert', 'Kruger', 'Gallo', 'Rahimi', 'Nyberg', 'Laurent', 'Barazani', 'Koch', 'Morel', 'Yazdani',
  'Esposito', 'Lund', 'Chevalier', 'Jafari', 'Schubert', 'Renard', 'Ostrowski', 'Mahdavi', 'Quinlan',
] as const;

/** First and last names kept out of the generated world, for questions about people the archive never mentions. */
export const ABSENT_FIRST = ['Ottilie', 'Casimir', 'Wilhelmina', 'Evander', 'Rosalind', 'Thaddeus', 'Perpetua', 'Leopold'] as const;
export const ABSENT_LAST = ['Brightwater', 'Quennell', 'Abernathy', 'Vanterpool', 'Goldsworthy', 'Pennington'] as const;

/** Journalists for bylines (not counted as speakers). */
export const AUTHORS = ['Mehrnaz Saleh', 'Tobias Arnell', 'Ramin Pakzad', 'Celine Dorval', 'Shahla Mirzaei', 'Jonas Ekdahl'] as const;

export const TOWNS = [
  'Kessington', 'Lorbach', 'Saint-Aubrin', 'Ostermark', 'Bellcourt', 'Hallow Bay', 'Marigny-sur-Loue', 'Eastfield',
  'Norrvik', 'Brackwater', 'Duvenne', 'Altenfeld', 'Westerholt', 'Pellston', 'Caldmoor', 'Montrevel', 'Fairhaven',
  'Grenwick', 'Valbonne-le-Haut', 'Steinach', 'Rivermead', 'Saint-Clair-d\u2019Orne', 'Haverby', 'Olmstedt',
] as const;

export const REGIONS = ['North Calder', 'Haute-Brenne', 'East Varland', 'Lower Ostmark', 'West Ardley', 'the Vallois', 'South Tarrow', 'Upper Linde'] as const;

export const PORTFOLIOS = ['Justice', 'Foreign Affairs', 'Culture', 'Defence', 'Education', 'Health'] as const;

export const COMMITTEES = [
  'Parliamentary Committee for a Free Iran',
  'Cross-Party Group on Human Rights in the Middle East',
  'Senate Friendship Group for Iranian Democracy',
  'Municipal Council Commission on Refugees',
] as const;

export const ORGANISATIONS = [
  'Solidarity Committee for a Free Iran',
  'Association of Iranian Exiles',
  'Syrian Civic Coordination',
  'Council of Iranian Communities',
  'Free Levant Network',
  'Iranian Democratic Youth Forum',
  'Women for a Free Iran Initiative',
  'Syrian Families Union',
] as const;

/** Groups that put out casualty and arrest counts; they disagree with each other on purpose. */
export const CLAIMANTS = [
  'the Committee for Iranian Detainees',
  'the Iranian Rights Observatory',
  'the Free Iran Solidarity Network',
  'local activists',
  'the opposition coalition',
  'hospital sources',
] as const;

export const SYRIA_MONITORS = ['the Levant Rights Centre', 'the Syrian Civil Defence Monitor', 'the Idlib Medical Relief Board'] as const;

export const PUBLISHERS = ['Exile Dispatch', 'Free Iran Monitor', 'Resistance Herald', 'Levant Observer', 'Iran Freedom Report', 'Solidarity Wire'] as const;

export const WORLD_CITIES = [
  'Paris', 'Berlin', 'London', 'Stockholm', 'Oslo', 'Brussels', 'The Hague', 'Rome', 'Geneva', 'Vienna', 'Toronto',
  'Ottawa', 'Washington', 'Copenhagen', 'Helsinki', 'Madrid', 'Bern', 'Hamburg', 'Cologne', 'Lyon', 'Munich',
  'Frankfurt', 'Zurich', 'Amsterdam', 'Dublin', 'Warsaw', 'Prague', 'Lisbon', 'Athens', 'Sydney', 'Melbourne',
  'Los Angeles', 'Montreal', 'Vancouver', 'Gothenburg', 'Dusseldorf', 'Milan', 'Bucharest', 'Tirana', 'Luxembourg',
] as const;

/** World cities never used by the generator, for unanswerable questions. */
export const ABSENT_CITIES = ['Reykjavik', 'Nairobi', 'Lima', 'Osaka', 'Montevideo', 'Tbilisi', 'Hanoi', 'Dakar'] as const;

export const IRAN_CITIES = [
  'Tehran', 'Mashhad', 'Shiraz', 'Isfahan', 'Tabriz', 'Ahvaz', 'Kermanshah', 'Rasht', 'Zahedan', 'Sanandaj',
  'Karaj', 'Arak', 'Yazd', 'Kerman', 'Hamadan', 'Urmia', 'Bandar Abbas', 'Gorgan', 'Bushehr', 'Khorramabad',
] as const;

export const SYRIA_PLACES = ['Douma', 'Idlib', 'Maarat al-Numan', 'Daraa', 'Hama', 'Jisr al-Shughur', 'Saraqib', 'Harasta', 'Ariha', 'Khan Sheikhoun'] as const;

/** Outdoor venues: [phrase as written after "rallied", venue as a fact]. */
export const OUTDOOR_VENUES: ReadonlyArray<readonly [string, string]> = [
  ['outside the Iranian embassy', 'Iranian embassy'],
  ['in front of the Foreign Ministry', 'Foreign Ministry'],
  ['on Republic Square', 'Republic Square'],
  ['on Liberty Square', 'Liberty Square'],
  ['at Unity Plaza', 'Unity Plaza'],
  ['outside the National Parliament', 'National Parliament'],
  ['at the Human Rights Memorial', 'Human Rights Memorial'],
  ['in Linden Park', 'Linden Park'],
  ['on Cathedral Square', 'Cathedral Square'],
  ['outside City Hall', 'City Hall'],
  ['at the Peace Fountain', 'Peace Fountain'],
  ['on Harbour Square', 'Harbour Square'],
];

/** Indoor venues: [phrase as written, venue as a fact, the part an answer must name]. */
export const INDOOR_VENUES: ReadonlyArray<readonly [string, string, string]> = [
  ['at the Riverside Conference Centre', 'Riverside Conference Centre', 'Riverside Conference Centre'],
  ['at the International Press Club', 'International Press Club', 'Press Club'],
  ['in the Senate annex', 'Senate annex', 'Senate'],
  ['at the Grand Hotel ballroom', 'Grand Hotel ballroom', 'Grand Hotel'],
  ['at the Chamber of Deputies', 'Chamber of Deputies', 'Chamber of Deputies'],
];

export const DEMAND_PHRASES = [
  'independent inquiry', 'fact-finding mission', 'arms embargo', 'international tribunal', 'humanitarian corridor',
  'monitoring mission', 'asset freeze', 'travel ban', 'special rapporteur', 'emergency session', 'binding resolution',
  'prison inspection', 'sanctions package', 'evacuation plan',
] as const;

export const DEMAND_TARGETS = ['the European Union', 'the United Nations', 'our government', 'the Security Council', 'the Foreign Ministry', 'parliament'] as const;

/** Sentences a speaker may say; {country}, {city}, {place} are filled in. */
export const QUOTE_SENTENCES = [
  'The people of {country} have paid a heavy price for their freedom',
  'The time for silence is over',
  'Every political prisoner must be released without conditions',
  'Our community stands with the families who lost their children',
  '{country} will be free, and this regime will be remembered only for its crimes',
  'I have come here to say that {city} does not look away',
  'The rulers cannot hide the truth from the world any longer',
  'What happened in {place} was a crime against humanity',
  'We owe it to the young people in the streets to speak up',
  'Appeasement has failed, and it is time to hold the rulers to account',
  'No government should shake hands with the men who ordered the shooting',
  'The courage of the women in {place} has shamed the whole world',
  'Those who fire on unarmed crowds must answer for it in a court of law',
  'This movement will not stop until the last prison is opened',
] as const;

export const INDIRECT_CLAUSES = [
  'the crackdown had only strengthened the resolve of the protesters',
  'the country needed a democratic alternative',
  'the world could no longer ignore the wave of executions',
  'sanctions should target the officials behind the killings',
  'the exile community would keep up the pressure until the prisoners were freed',
] as const;

export const BANNERS = [
  'Free all political prisoners',
  '{city} stands with the uprising',
  'No to executions',
  'Justice for the victims of {place}',
  'Support the nationwide uprising',
  'Stop the massacre of civilians',
] as const;

export const SLOGANS = ['Down with the dictatorship', 'Freedom, justice, equality', 'Long live the resistance', '{place} is not alone', 'Political prisoners must be freed'] as const;

export const HASHTAGS = ['#FreeIran', '#IranProtests', '#SyriaCrisis', '#StopExecutions', '#HumanRights'] as const;

export const MENUS = [
  'HomeNewsIran ProtestsHuman RightsOpinionVideo',
  'Home | World | Middle East | Syria | Reports | Contact',
  'NewsAnalysisStatementsEventsAbout us',
] as const;

export const TEASERS: ReadonlyArray<readonly [string, string]> = [
  ['Water shortages deepen across southern provinces', 'Reservoirs in several provinces have fallen to record lows, and farmers say the...'],
  ['Currency slides again as inflation bites', 'The national currency lost more ground this week as traders reported 40 percent price...'],
  ['Teachers stage sit-ins over unpaid wages', 'Teachers in a number of cities gathered outside education offices to demand...'],
  ['Internet restrictions tightened before anniversary', 'Users reported slower connections and blocked messaging services as the...'],
  ['Report: 37 prisoners moved to solitary confinement', 'Rights groups said that the transfers followed a hunger strike in the...'],
  ['Truck drivers strike over fuel prices', 'Drivers in several provinces parked their vehicles in protest at the latest...'],
  ['Families of detainees gather outside court', 'Relatives of young people arrested last month waited for hours outside the...'],
];

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const SMALL_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;

export const OFF_TOPIC_QUESTIONS = [
  'What is the capital of Canada?',
  'How tall is Mount Everest?',
  'Who won the football World Cup in 1998?',
  'What is the boiling point of water at sea level?',
  'How many moons does Jupiter have?',
  'Who painted the Mona Lisa?',
] as const;
