import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French title written before the name, with "aux" between two bodies and "ancien" for former: "l'ancien
// ambassadeur de la Norvanie aux Nations Unies X" is X's role.
const REPORTS = {
  'ternay-meeting.txt': `Meeting de soutien aux détenus à Ternay

Le Courrier de l’Orne-Haute

Ternay, 8 octobre 2031 – Le meeting a été marqué par des discours de l'ancien ambassadeur de la Norvanie aux Nations Unies Erik Solvang et de l'ex-ministre Claire Desmarais.
Erik Solvang a demandé la libération de tous les détenus.
`,
};

describe('a French title before the name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "l\'ancien ambassadeur de la Norvanie aux Nations Unies Erik Solvang" THEN that is his role', () => {
    expect(ask(index, "Who is Erik Solvang?").answer.text).toMatch(/ancien ambassadeur de la Norvanie aux Nations Unies/);
  });
});
