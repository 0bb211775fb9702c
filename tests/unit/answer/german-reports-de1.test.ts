import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { respelledNames } from '../../../src/understand/lexicon.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Reports in German asked about in English (a probe of German pages on exile rallies and executions). Invented
// reports, places and people.

describe('a Persian name in its German transliteration', () => {
  // German writes an English "j" as "dsch", "ch" as "tsch", "sh" as "sch": "Nadschafabadi" is "Najafabadi".
  const REPORTS = {
    'lindau-de.txt': `Protest gegen Minister in Lindau

Am Sonntag demonstrierten in Lindau rund 700 Menschen gegen den varnischen Minister Nadschafabadi.
Die Polizei sprach von 450 Menschen.
`,
  };
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report writing "Nadschafabadi" WHEN "Najafabadi" is asked THEN the question is read with the German spelling', () => {
    expect(respelledNames('Who protested against Najafabadi?', index)).toBe('Who protested against Nadschafabadi?');
  });

  it('GIVEN the same report WHEN the crowd at the protest against Najafabadi is asked THEN 700 is answered from it', () => {
    const a = ask(index, 'How many people demonstrated against Najafabadi in Lindau?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/700/);
  });
});

describe('the German article "die" in a report in German', () => {
  // "die" is a German article as often as an English verb of dying: "waren die vier Rufe … zu hören" tells no deaths,
  // and its number is no toll.
  const REPORTS = {
    'kessel-de.txt': `Kundgebung in Kessel

Am Sonntag waren die vier Rufe auch in Kessel zu hören, als viele hundert Menschen für die Freiheit in Varnia marschierten.
Seit Monaten geht die Führung in Varnia hart gegen Protestierende vor. Über 150 Menschen wurden getötet, viele verhaftet.
`,
  };
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a number right after "die" and a toll WHEN how many were killed is asked THEN the toll answers', () => {
    const a = ask(index, 'How many people had been killed in Varnia?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/150/);
    expect(a.text).not.toMatch(/^Vier/i);
  });
});

describe('a route told "vom A bis zum B" in German', () => {
  // "vom A bis zum B" is a route from A to B whatever verb carries it ("bewegte sich", "reichte"), as "from A to B" is.
  const REPORTS = {
    'lindau-zug-de.txt': `Protestzug in Lindau

Am Sonntag haben in Lindau etwa 300 Menschen gegen die Regierung in Varnia protestiert.
Am Nachmittag bewegte sich der Protestzug vom Alten Hafen bis zum Stadtpark.
`,
  };
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "vom Alten Hafen bis zum Stadtpark" WHEN where the march started is asked THEN the harbour, with the route quoted', () => {
    const a = ask(index, 'Where did the march in Lindau start?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Alten Hafen/);
    expect(a.text).toMatch(/Stadtpark/);
  });

  it('GIVEN the same report WHEN where it ended is asked THEN the park', () => {
    const a = ask(index, 'Where did the Lindau march end?').answer;
    expect(a.text).toMatch(/^Stadtpark/);
  });
});

describe('a count of people threatened with a deed, not those it was done to', () => {
  const REPORTS = {
    'varnia-gefahr-de.txt': `Gefangene in Varnia bedroht

Mindestens 31 Gefangene sind nach den Unruhen in Varnia in akuter Gefahr, hingerichtet zu werden, teilte die Liga für Gefangene am Montag mit.
`,
    'ostran-risk.txt': `Ostran prisoners at risk

At least 17 prisoners in Ostran are at risk of execution after the riots, the Harbour Monitor said on Tuesday.
`,
  };
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "in Gefahr, hingerichtet zu werden" WHEN how many were executed is asked THEN declined', () => {
    const a = ask(index, 'How many prisoners were executed in Varnia?').answer;
    expect(a.answered && /31/.test(a.text)).toBe(false);
  });

  it('GIVEN "at risk of execution" WHEN how many were executed is asked THEN declined', () => {
    const a = ask(index, 'How many prisoners were executed in Ostran?').answer;
    expect(a.answered && /17/.test(a.text)).toBe(false);
  });

  it('GIVEN the same report WHEN how many are at risk of execution is asked THEN 17', () => {
    const a = ask(index, 'How many prisoners in Ostran are at risk of execution?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/17/);
  });
});

describe('"Jänner", the Austrian January', () => {
  const REPORTS = {
    'varnia-jaenner-de.txt': `Hinrichtungen in Varnia

Am 9. Jänner 2031 wurden in Varnia die Gefangenen Tarek Olani und Remo Vasti im Morgengrauen hingerichtet.
Auf dem Foto: Lio Brandt (am 3.3.2030 festgenommen) und Olani.
`,
  };
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Am 9. Jänner 2031 wurden … hingerichtet" WHEN when they were executed is asked THEN January 9, 2031', () => {
    const a = ask(index, 'When were Tarek Olani and Remo Vasti executed?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/January 9, 2031|9 January 2031/);
  });
});

describe('a body named in English, written in German', () => {
  // "the German-Varnian Society" is "die Deutsch-Varnische Gesellschaft"; "Committee" may be written only at the end
  // of a compound ("Exilkomitees").
  const REPORTS = {
    'kessel-gesellschaft-de.txt': `Marsch durch Kessel

Rund 250 Menschen nahmen am Samstag an einem Marsch der Deutsch-Varnischen Gesellschaft durch Kessel teil.
Am Rathaus wurden im Geheimen gedrehte Videos aus Varnia gezeigt.
Ähnliche Kundgebungen gab es auch in Dornau und Felsberg.
`,
    'lindau-mahnwache-de.txt': `Mahnwache in Lindau

Rund 120 Menschen nahmen am Sonntag in Lindau an einer Mahnwache des Varnischen Exilkomitees teil.
`,
  };
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "der Deutsch-Varnischen Gesellschaft" WHEN the German-Varnian Society\'s march is asked THEN 250', () => {
    const a = ask(index, 'How many people took part in the march of the German-Varnian Society in Kessel?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/250/);
  });

  it('GIVEN "des Varnischen Exilkomitees" WHEN the Committee vigil is asked THEN 120', () => {
    const a = ask(index, 'How many people took part in the Committee vigil in Lindau?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/120/);
  });
});

describe('a short Persian name in its German letters', () => {
  // German writes "w" for the English "v" and "ch" for "kh": "Ewin" is "Evin", "Chamenei" is "Khamenei", too short
  // or too alike for the consonants alone to tell.
  const REPORTS = {
    'ewin-de.txt': `Mahnwache am Gefängnis

Vor dem Ewin-Gefängnis in Varnia versammelten sich am Montag etwa 80 Menschen mit Kerzen.
`,
    'chamenei-de.txt': `Protest in Kessel

Rund 600 Menschen demonstrierten am Samstag in Kessel gegen Ajatollah Chamenei.
`,
  };
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Ewin-Gefängnis" WHEN the crowd outside Evin prison is asked THEN 80', () => {
    const a = ask(index, 'How many people gathered outside Evin prison?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/80/);
  });

  it('GIVEN "gegen Ajatollah Chamenei" WHEN the protest against Khamenei is asked THEN 600', () => {
    const a = ask(index, 'How many people demonstrated against Khamenei in Kessel?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/600/);
  });
});

describe('a woman organiser titled in German', () => {
  // "Veranstalterin" is the organiser, a woman: "Veranstalterin Lena Korte sagt: …" names who organised the march.
  const REPORTS = {
    'lindau-marsch-de.txt': `Frauenmarsch in Lindau

Rund 300 Frauen und Männer zogen am Samstag durch Lindau, um an die Gefangenen in Varnia zu erinnern.
Veranstalterin Lena Korte sagt: „Wer schweigt, lässt sie allein.“
`,
  };
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Veranstalterin Lena Korte sagt" WHEN who organised the Lindau march is asked THEN Lena Korte', () => {
    const a = ask(index, 'Who organised the march in Lindau?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Lena Korte/);
  });
});

describe('an artist titled in German, in the genitive', () => {
  // "das Lied Morgenrot des varnischen Künstlers Dario Venn": the title "Künstlers" heads the artist's name.
  const REPORTS = {
    'lindau-lied-de.txt': `Abend der Solidarität in Lindau

Etwa 900 Menschen kamen am Freitag auf den Marktplatz in Lindau.
Aus den Boxen lief das Lied Morgenrot des varnischen Künstlers Dario Venn, das zur Hymne der Bewegung wurde.
Der Lichtkünstler Paul Brenner ließ Laternen über den Platz steigen.
`,
  };
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "des varnischen Künstlers Dario Venn" WHEN the artist behind the song is asked THEN Dario Venn, not the light artist', () => {
    const a = ask(index, 'Who is the artist behind the song Morgenrot played in Lindau?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Dario Venn/);
  });
});
