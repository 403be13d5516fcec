/** The JSON document (schemas/review.schema.json). */
export function renderJson(report: object): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
