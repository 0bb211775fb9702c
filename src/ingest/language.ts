/** The language a report is written in, so answers can tell what the English reader can follow. */
import { franc } from 'franc-min';

const TWO_LETTER: Record<string, string> = { eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', nld: 'nl', por: 'pt' };

/** ISO 639-1 code of a text's language among those an archive of the genre holds, or 'und' when it cannot tell. */
export function detectLanguage(text: string): string {
  // Franc reads trigrams; the first few thousand characters are plenty and keep huge reports cheap.
  const code = franc(text.slice(0, 4000), { only: Object.keys(TWO_LETTER), minLength: 20 });
  return TWO_LETTER[code] ?? 'und';
}
