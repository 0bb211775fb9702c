/**
 * Checks a message payload (as sent to Discord's REST API) against Discord's documented limits,
 * independently of the bot's own constants. Returns the list of violations (empty when valid).
 */
export function payloadProblems(payload: unknown): string[] {
  const problems: string[] = [];
  if (!payload || typeof payload !== 'object') return ['payload is not an object'];
  const p = payload as Record<string, unknown>;
  const content = p.content;
  if (typeof content === 'string' && content.length > 2000) problems.push(`content ${content.length} > 2000`);
  const embeds = Array.isArray(p.embeds) ? (p.embeds as Array<Record<string, unknown>>) : [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds > 10`);
  embeds.forEach((e, i) => {
    let total = 0;
    const title = typeof e.title === 'string' ? e.title : '';
    if (title.length > 256) problems.push(`embed ${i} title ${title.length} > 256`);
    total += title.length;
    const description = typeof e.description === 'string' ? e.description : '';
    if (description.length > 4096) problems.push(`embed ${i} description ${description.length} > 4096`);
    total += description.length;
    const fields = Array.isArray(e.fields) ? (e.fields as Array<{ name: string; value: string }>) : [];
    if (fields.length > 25) problems.push(`embed ${i} has ${fields.length} fields > 25`);
    fields.forEach((f, j) => {
      if (!f.name || f.name.length > 256) problems.push(`embed ${i} field ${j} name length ${f.name?.length ?? 0}`);
      if (!f.value || f.value.length > 1024) problems.push(`embed ${i} field ${j} value length ${f.value?.length ?? 0}`);
      total += (f.name?.length ?? 0) + (f.value?.length ?? 0);
    });
    const footer = (e.footer as { text?: string } | undefined)?.text ?? '';
    if (footer.length > 2048) problems.push(`embed ${i} footer ${footer.length} > 2048`);
    total += footer.length;
    const author = (e.author as { name?: string } | undefined)?.name ?? '';
    total += author.length;
    if (total > 6000) problems.push(`embed ${i} total ${total} > 6000`);
  });
  const rows = Array.isArray(p.components) ? (p.components as Array<{ components?: Array<Record<string, unknown>> }>) : [];
  if (rows.length > 5) problems.push(`${rows.length} action rows > 5`);
  const ids = new Set<string>();
  for (const row of rows) {
    const items = row.components ?? [];
    if (items.length > 5) problems.push(`row has ${items.length} components > 5`);
    for (const c of items) {
      const id = c.custom_id;
      if (typeof id === 'string') {
        if (id.length < 1 || id.length > 100) problems.push(`custom_id length ${id.length}`);
        if (ids.has(id)) problems.push(`duplicate custom_id ${id}`);
        ids.add(id);
      }
      if (typeof c.label === 'string' && c.label.length > 80) problems.push(`button label ${c.label.length} > 80`);
    }
  }
  if (embeds.length === 0 && !(typeof content === 'string' && content.length > 0) && !p.flags) {
    problems.push('empty message (no content, no embeds)');
  }
  return problems;
}

/** Checks autocomplete choices against Discord's limits. */
export function choiceProblems(choices: Array<{ name: string; value: unknown }>): string[] {
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices > 25`);
  for (const c of choices) {
    if (c.name.length < 1 || c.name.length > 100) problems.push(`choice name length ${c.name.length}`);
    if (typeof c.value === 'string' && (c.value.length < 1 || c.value.length > 100)) problems.push(`choice value length ${c.value.length}`);
  }
  return problems;
}

/** Discord's upload limit for a bot without boosts (the stand-in's interactions report it as `attachment_size_limit`). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Checks the files uploaded with a message (multipart `files[n]`) and the `attachments` the payload describes them
 * with: at most 10 files, each within the upload limit, alt text (description) ≤ 1,024 characters, every described
 * id an uploaded part, and every `attachment://name` an embed shows one of the uploaded files (the bot always
 * uploads the files a page shows, even when a pager edit shows the same chart again).
 */
export function attachmentProblems(payload: unknown, files: ReadonlyArray<{ field: string; name: string; size: number }>): string[] {
  const problems: string[] = [];
  const p = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
  if (files.length > 10) problems.push(`${files.length} files > 10`);
  for (const f of files) {
    if (f.size > ATTACHMENT_MAX_BYTES) problems.push(`file ${f.name} is ${f.size} bytes > ${ATTACHMENT_MAX_BYTES}`);
    if (f.size === 0) problems.push(`file ${f.name} is empty`);
  }
  const uploadedIds = new Set(files.map((f, i) => /^files\[(\d+)\]$/.exec(f.field)?.[1] ?? String(i)));
  const described = Array.isArray(p.attachments) ? (p.attachments as Array<{ id?: unknown; description?: unknown }>) : [];
  for (const a of described) {
    const id = String(a.id);
    // New uploads are described by their part index ("0"); a snowflake id keeps an attachment the message already has.
    if (/^\d{1,2}$/.test(id) && !uploadedIds.has(id)) problems.push(`attachment ${id} has no uploaded file`);
    if (typeof a.description === 'string' && a.description.length > 1024) problems.push(`attachment ${id} description ${a.description.length} > 1024`);
  }
  const names = new Set(files.map((f) => f.name));
  const embeds = Array.isArray(p.embeds) ? (p.embeds as Array<{ image?: { url?: string }; thumbnail?: { url?: string } }>) : [];
  embeds.forEach((e, i) => {
    for (const url of [e.image?.url, e.thumbnail?.url]) {
      const name = url?.startsWith('attachment://') ? url.slice('attachment://'.length) : undefined;
      if (name !== undefined && !names.has(name)) problems.push(`embed ${i} shows attachment://${name}, which was not uploaded`);
    }
  });
  return problems;
}
