const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether the text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(time).toISOString().slice(0, 10) === text;
}

/** The ISO date `days` days after `iso` (negative: before). Pure calendar arithmetic in UTC. */
export function addDays(iso: string, days: number): string {
  const m = ISO_DATE.exec(iso);
  if (!m || !isIsoDate(iso)) throw new Error(`not an ISO date: ${iso}`);
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

/** The due date of an item `weeksBefore` weeks before the launch date (negative: after the launch). */
export function dueDate(launchDate: string, weeksBefore: number): string {
  return addDays(launchDate, -7 * weeksBefore);
}
