import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Which former senators spoke …?" over a report quoting senators beside other speakers (found on a probe of
// diaspora rallies): only those given the title answer. Invented words throughout.
const protest =
  'By Ines Holt\nSeptember 12, 2031\nKESSEL — The visit of Varn’s leader to the League of Nations assembly on Tuesday brought protests to the streets. Hundreds gathered at Ninth Street and Harbor Avenue.\n“He is a butcher. His hands are red,” former Dornfeld senator Karl Ostrow said. “The people of Varn own that seat, not a killer,” said Mira Halden, chair of the Varn Exiles Union advisory board.\n“He must stand in the dock at the world court, not at the rostrum,” former Lindmark senator Paul Arvid said. “He sent thousands of prisoners to the gallows in 1990,” said Ivo Renk, deputy head of the Varn Freedom Council office in Kessel.\n';

describe('a title asked of several people', () => {
  it('GIVEN two former senators quoted beside other speakers WHEN "which former senators spoke" THEN only the senators are named', async () => {
    const index = await archiveOfTexts({ 'p.txt': protest });
    const answer = ask(index, 'Which former senators spoke against the Varn leader in Kessel in September 2031?').answer;
    expect(answer.answered).toBe(true);
    const lead = answer.text.split('“')[0] ?? '';
    expect(lead).toMatch(/Karl Ostrow/);
    expect(lead).toMatch(/Paul Arvid/);
    expect(lead).not.toMatch(/Mira Halden|Ivo Renk|Dornfeld \(|Lindmark \(/);
  });
});
