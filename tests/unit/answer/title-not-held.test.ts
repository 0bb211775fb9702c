import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "What did Senator Tomas Aldwyn call for?" answered with the words of "Tomas Aldwyn MP": a question that gives a
 * person an office the report never gives them asks of someone else, or mistakes the person; no answer.
 */
describe('a person asked of by an office the report does not give them', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'harbour-hall-meeting.txt': `Lawmakers urge firm line on Vardania

A meeting in Harbour Hall on Thursday, 9 March, brought members of several parties together to discuss policy on Vardania after months of unrest there.

Dr Tomas Aldwyn MP, who chaired the meeting, urged a tougher stance and said: "Ministers must freeze the assets of Vardania's security chiefs and expel their envoys without delay."
`,
      'senate-hearing.txt': `Senate panel hears Vardanian exiles

Senator Mira Koss opened a hearing on Tuesday at which three Vardanian exiles told of months in detention.
`,
    });
  });

  it('GIVEN a member of parliament THEN asked of him as a senator it abstains', () => {
    const a = ask(index, 'What did Senator Tomas Aldwyn call for at the Harbour Hall meeting?').answer;
    expect(a.answered && /freeze/.test(a.text)).toBe(false);
  });

  it('GIVEN the person asked without an office THEN his words answer', () => {
    const a = ask(index, 'What did Tomas Aldwyn call for at the Harbour Hall meeting?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/freeze/);
  });

  it('GIVEN a report in French calling him "le sénateur" WHEN asked of Senator Paul Arnaud THEN his words (the office written with its accent)', async () => {
    const french = await archiveOfTexts({
      'brenn-senat-fr.txt': `Colloque sur la Varnie au Sénat
Publié le 6 mai 2033 | Gazette du Port

« La France ne peut pas se taire face aux exécutions en Varnie », a déclaré le sénateur Paul Arnaud devant une centaine d'invités.
`,
    });
    const a = ask(french, 'What did Senator Paul Arnaud say about the executions in Varnia?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/se taire/);
  });
});
