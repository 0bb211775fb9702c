/** Ingest: archive files → cleaned articles with metadata (pure parsing, plus one fs adapter). */
export type { ParseResult } from './parse-article.ts';
export { parseArticleFile, articleId } from './parse-article.ts';
export { combineParsed, ingestFiles, sortFiles } from './ingest-files.ts';
export { ingestFolder, readArchiveFolder } from './ingest-folder.ts';
export { DEFAULT_MAX_BYTES } from './decode.ts';
