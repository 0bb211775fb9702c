import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { findOrganisers } from '../../../src/extract/event-details.ts';

// A body named by its aim, with "to" and "&" inside its name (found on a probe of diaspora rallies): its name is read
// whole. The archive is written in invented words.
const notice =
  'Solidarity vigil with the people of Varn | 12 Orchard Row, Kessel\nPublished: 4 October 2031 | Lantern Wire\n\nExiles from Varn and their friends in Norland will join a worldwide day of solidarity at the Varn embassy.\n\n“The embassy must be closed and its agents sent home,” said Dr Ivo Renk, speaker for the vigil’s organisers.\n\nThe vigil was convened by the Association to Defend Liberty & Human Dignity in Varn-Norland, friends of the Varn Freedom Council.\n';

describe('a body named by its aim is read whole', () => {
  it('GIVEN "convened by the Association to Defend Liberty & Human Dignity in …" WHEN who organised it is asked THEN the whole name answers', async () => {
    const index = await archiveOfTexts({ 'v.txt': notice });
    const answer = ask(index, 'who organised the solidarity vigil at the Varn embassy in Kessel?').answer;
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Association to Defend Liberty & Human Dignity in Varn-Norland/);
  });

  it('GIVEN the same sentence THEN the organiser extracted for the event is the whole name too', () => {
    expect(findOrganisers('The vigil was convened by the Association to Defend Liberty & Human Dignity in Varn-Norland, friends of the Varn Freedom Council.')).toContain('Association to Defend Liberty & Human Dignity in Varn-Norland');
  });
});
