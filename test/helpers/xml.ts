/**
 * A small XML well-formedness check (no DOM in Node): tags balance, attributes are quoted and
 * unique, text has no raw `<` and only the five XML entities or numeric references.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  const checkEntities = (text: string, where: string) => {
    for (const e of text.match(/&[^;\s]*;?/g) ?? []) if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(e)) problems.push(`bad entity ${e} in ${where}`);
  };
  while ((m = token.exec(body)) !== null) {
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray) { problems.push(`raw < at ${m.index}`); break; }
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) problems.push('text outside root');
      checkEntities(text, 'text');
      continue;
    }
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
      continue;
    }
    const names = [...(attrs ?? '').matchAll(/([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g)].map((a) => { checkEntities(a[2], `attribute ${a[1]}`); return a[1]; });
    if (new Set(names).size !== names.length) problems.push(`duplicate attribute on <${name}>`);
    if (stack.length === 0) roots += 1;
    if (!selfClose) stack.push(name);
  }
  if (token.lastIndex !== 0 && token.lastIndex < body.length) problems.push(`unparsed rest at ${token.lastIndex}`);
  if (stack.length) problems.push(`unclosed ${stack.join(',')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

