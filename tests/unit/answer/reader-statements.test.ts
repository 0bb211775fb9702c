import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { readAnswer } from '../../../src/answer/reader/read.ts';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * What someone said, on reports written for these tests the way real ones are typed: a quotation opened with a
 * closing mark, a speaker who asks a question before making the point, slogans the report itself calls the main
 * ones, a French chant attributed by inversion ("…», ont-ils lancé").
 */
const REPORTS: Record<string, string> = {
  'briefing.txt': `Exiles present a report on the autumn protests

Geneva, March 4, 2021 — The Alliance for a Free Vardania presented its report on the autumn protests at a press briefing in Geneva on Thursday.

Ms. Ilse Korvath, the Alliance's envoy in Geneva, described the protests as a turning point. She said the rulers know their time is running out. ”Every minister of the junta is hiding his money abroad,” said Mrs. Korvath. “They are all rowing a boat full of holes.”
`,
  'vigil.txt': `Hundreds hold a vigil for the prisoners in Oslo

Several hundred Vardanian exiles held a candlelight vigil outside the Storting in Oslo on Saturday for the prisoners of the autumn protests.

Henrik Dahl, a member of the city council, was among the officials who addressed the vigil. A veteran of the council, Dahl moved many in the crowd.
“Why do we stand here in the cold tonight?” he asked. The world must “echo” the names of the prisoners until every one of them is free, he continued. The vigil ended with a minute of silence.
`,
  'lyon-fr.txt': `Rassemblement à Lyon en soutien aux prisonniers de Vardanie

Plusieurs centaines de personnes se sont rassemblées samedi place Bellecour, à Lyon, pour soutenir les prisonniers de Vardanie.

Les participants ont dénoncé le régime de Vardanie et appelé le maire de Lyon, Jean Morel, à recevoir une délégation.
« Libérez les prisonniers ! », « Monsieur Morel, assez de silence », ont-ils notamment lancé, reprenant aussi les chants des manifestants de Vardanie.
`,
  'council.txt': `Exiles' council backs the uprising in Vardania

Brussels, March 12, 2021 — The council of Vardanian exiles issued a statement on Friday in support of the uprising at home.

The uprising began on January 9, 2021, and has reached more than forty towns. The most widespread slogans are “Down with the junta, down with the colonel,” and “Bread, work, freedom.” Those words speak for a nation that wants to choose its own rulers.
`,
  'whitehall.txt': `Exiles rally outside the Foreign Office

Elanian exiles rallied outside the Foreign Office in London on Sunday, where speakers called for a democratic Elan. Among them was Mira Ostrava, director of the Elanian Women's Forum, who said the people are tired of decades of military rule.
"A free, a secular, an elected Elanian government is within reach," Ostrava declared, as the crowd cheered. Ostrava highlighted the role of women in the movement, both inside Elan and abroad.

Ostrava also thanked the British MPs who had raised the prisoners' cases in Parliament.
`,
  'candles.txt': `Exiles hold candlelight vigil in Tallinn

Dozens of exiles held a candlelight vigil in Freedom Square in Tallinn on Saturday for the prisoners in Vardania.

Carrying banners and chanting for the release of the prisoners, the exiles at the Tallinn vigil braved the rain to show the prisoners in Vardania that "we have not forgotten you," said Nora Lind.

Lind is the head of the Exiles' Council, which organised the vigil.

"For the prisoners in Vardania, we light these candles. We will keep your names alive," she told Radio Baltica. "We are your voice outside."
`,
  'address.txt': `Councillors address the vigil in Tartu

Councillor Ines Varga said in her address to the vigil: We will not forget the prisoners of Vardania. Their families deserve the truth.
`,
  'speeches.txt': `Freedom Rally 2021: the speeches

Anna Berg

Tomas Lind

Sen. Tomas Lind (Green)

We stand with the students of Vardania who are writing a new page of their country's history.

—This junta may be on its last legs. It is lashing out to hide its own corruption.

Anna Berg (Liberal)

Europe must open its doors to those who flee.
`,
};

describe('the reader reads what a person said as reports type it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });
  const answer = (q: string) => ask(index, q).answer;

  it('GIVEN a quotation opened with a closing mark (”Every minister …,” said X. “They are …”) THEN the answer quotes it whole, with the words that follow', () => {
    const a = answer('What did Korvath say about the ministers of the junta at the Geneva briefing?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Every minister of the junta is hiding his money abroad');
    expect(a.text).toContain('rowing a boat full of holes');
  });

  it('GIVEN a speaker who asks a question (“Why …?” he asked) and makes the point after it (…, he continued) THEN the answer gives the point, not the question alone', () => {
    const a = answer('What did Dahl say the world must do with the names of the prisoners, at the Oslo vigil?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('must “echo” the names of the prisoners');
    // Asked without a topic, the question is given with the point that follows it, under the name the report writes.
    const plain = answer('what did dahl say at the oslo vigil?');
    expect(plain.text).toContain('Dahl asked: “Why do we stand here in the cold tonight?” The world must “echo” the names');
  });

  it('GIVEN French chants attributed by inversion («…», ont-ils lancé) THEN they are the crowd\'s words', () => {
    const a = answer('what did the crowd at place bellecour chant about Morel?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Monsieur Morel, assez de silence');
    expect(a.text).not.toMatch(/Morel said/);
  });

  it('GIVEN a chant that names a person («Monsieur Morel, assez de silence») THEN it is not that person\'s statement', () => {
    const a = answer('What did Morel say?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('assez de silence');
  });

  it('GIVEN a sentence that calls its quotes the most widespread slogans THEN "what slogans …" is answered with them, not with another sentence', () => {
    const a = answer("What slogans does the March 2021 statement of the exiles' council call the most widespread?");
    expect(a.answered).toBe(true);
    // As the report writes it: it does not say who chanted them.
    expect(a.text).toContain('The most widespread slogans are “Down with the junta, down with the colonel,”');
  });

  it('GIVEN "what did X say about the kind of Elan she wants" THEN her words on an Elanian government answer it, not another sentence naming Elan', () => {
    const a = answer('What did Ostrava tell the crowd outside the Foreign Office about the kind of Elan she wants?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('an elected Elanian government is within reach');
  });

  it('GIVEN "what did X tell Radio Baltica" THEN the words the report says she told Radio Baltica are given, not another quote of hers', () => {
    const a = answer('What did Nora Lind tell Radio Baltica at the Tallinn vigil about the prisoners in Vardania?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('we light these candles');
    // The quote runs on after "she told Radio Baltica": its next words are hers too.
    expect(a.text).toContain('We are your voice outside');
  });

  it('GIVEN a speech after a colon without quotation marks ("X said in her address: We will …") THEN the reader on its own gives the speech', () => {
    const q = 'What did Ines Varga say about the prisoners?';
    const read = readAnswer(analyseQuestionFor(q, lexiconOf(index)), index);
    expect(read.answer?.text).toContain('Ines Varga: “We will not forget the prisoners of Vardania. Their families deserve the truth.”');
  });

  it('GIVEN a speaker\'s name line ("Sen. Tomas Lind (Green)") over the speech, and a hedge after the question THEN the speech under the name is what he said', () => {
    const a = answer('what did sen. lind say about the junta at the 2021 freedom rally? something about it being near the end');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('This junta may be on its last legs');
    expect(a.text).not.toContain('Europe must open its doors');
  });
});
