/** `services[3].standard.fee` -> ['services', 3, 'standard', 'fee'] (the inverse of formatPath). */
export function pathSegments(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(match[1] !== undefined ? Number(match[1]) : match[2]);
  return out;
}
