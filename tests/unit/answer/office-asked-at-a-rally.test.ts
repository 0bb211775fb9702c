import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who was the police spokesperson / the mayor at the rally?" asks for one office. A rally whose only speaker is a
// member of parliament holds no such person: the list of its speakers is no answer (the bot had named the MP).
const REPORTS = {
  'kelmark-rallies.txt': `Uniting for a Free Varnland
Published: 2 March 2031 | Coastal Herald

Two rallies in Kelmark on March 1, 2031 (supporters first gathered at Varnland's embassy, then at the foreign ministry) backed the provisional council.

Speakers at the embassy included Lise Hammar, a member of parliament, who said the council deserved recognition.

The crowd chanted slogans for freedom and carried flags.
`,
};

describe('an office asked of the people at a rally', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a rally whose only speaker is an MP WHEN "who was the police spokesperson at the rally" THEN not in the archive, the MP not named', () => {
    const { answer } = ask(index, 'Who was the police spokesperson at the rally in Kelmark in March 2031?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/nothing that answers/i);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Hammar/);
  });

  it('GIVEN the same rally WHEN "who was the mayor at the rally" THEN not in the archive', () => {
    const { answer } = ask(index, 'Who was the mayor at the rally in Kelmark?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Hammar/);
  });

  it('GIVEN the same rally WHEN "which MP spoke" (a member of parliament in words) THEN the MP, from the speakers of the rally', () => {
    const { answer } = ask(index, 'which MP spoke at the rally in Kelmark?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Lise Hammar \(a member of parliament\) spoke at/);
  });

  it('GIVEN the same rally WHEN "who spoke" THEN its speaker', () => {
    const { answer } = ask(index, 'Who spoke at the rally in Kelmark?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Lise Hammar/);
  });
});
