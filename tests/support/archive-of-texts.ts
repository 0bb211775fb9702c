import { buildArchive } from '../../src/engine.ts';
import type { ArchiveIndex } from '../../src/index/archive-index.ts';

/** The archive built from report files given as text (file name → text), as the answer tests write them. */
export async function archiveOfTexts(reports: Record<string, string>): Promise<ArchiveIndex> {
  const enc = new TextEncoder();
  return (await buildArchive(Object.entries(reports).map(([name, text]) => ({ name, bytes: enc.encode(text) })))).index;
}
