import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../src/understand/understand.ts';

/*
 * "what about Kessia - how many marched there?": the topic named ahead is where the question points ("there", "she");
 * a question pointing nowhere is asked of it as a place, and one pointing elsewhere is left as written.
 */
describe('"what about X - …" questions', () => {
  it('GIVEN "what about Kessia - how many marched there?" THEN asks how many marched in Kessia', () => {
    expect(cleanQuestion('what about Kessia - how many marched there?')).toBe('how many marched in Kessia?');
  });

  it('GIVEN "what about Port Aldren, how many marched?" THEN asks it of Port Aldren', () => {
    expect(cleanQuestion('what about Port Aldren, how many marched?')).toBe('how many marched in Port Aldren?');
  });

  it('GIVEN "what about Ilse Varna, what did she say?" THEN asks what Ilse Varna said', () => {
    expect(cleanQuestion('what about Ilse Varna, what did she say?')).toBe('what did Ilse Varna say?');
  });

  it('GIVEN a question pointing at something else ("what did they count?") THEN leaves it as written', () => {
    expect(cleanQuestion('what about the police, what did they count?')).toBe('what about the police, what did they count?');
  });
});
