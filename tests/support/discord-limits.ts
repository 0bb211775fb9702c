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
