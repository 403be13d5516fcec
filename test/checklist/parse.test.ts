import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/config/errors.js';
import { parseChecklistYaml } from '../../src/checklist/parse.js';
import { planChecklist } from '../../src/checklist/plan.js';
import { renderChecklistYaml } from '../../src/checklist/render-yaml.js';
import { minimalRegion } from './helpers.js';

function caught(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

const good = renderChecklistYaml(planChecklist(minimalRegion()));

describe('parseChecklistYaml', () => {
  it('reads back what the renderer wrote', () => {
    const file = parseChecklistYaml(good);
    expect(file).toEqual(planChecklist(minimalRegion()));
  });

  it('accepts a notes field left empty by hand', () => {
    const edited = good.replace(/(\n    status: belum)/, '$1\n    notes:');
    expect(edited).not.toBe(good);
    const file = parseChecklistYaml(edited);
    expect(file.items[0].notes).toBeUndefined();
    expect(file).toEqual(planChecklist(minimalRegion()));
  });

  it('reports a YAML syntax error with file, line and column', () => {
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.includes('status: belum'));
    lines[at] = lines[at].replace('status: belum', 'status: [belum');
    const error = caught(() => parseChecklistYaml(lines.join('\n'), 'checklist/checklist.yaml'));
    expect(error.issues[0]).toMatchObject({ code: 'yaml-syntax', file: 'checklist/checklist.yaml' });
    expect(error.issues[0].line).toBeGreaterThanOrEqual(at + 1);
    expect(error.message).toMatch(/^checklist\/checklist\.yaml:\d+:\d+ /);
    expect(error.message).toContain('tidak ditimpa');
  });

  it('reports an invalid status with its path and line', () => {
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.includes('status: belum'));
    lines[at] = lines[at].replace('status: belum', 'status: done');
    const error = caught(() => parseChecklistYaml(lines.join('\n'), 'checklist.yaml', 'en'));
    const issue = error.issues.find((i) => i.path.endsWith('.status'));
    expect(issue).toMatchObject({ path: 'items[0].status', line: at + 1, file: 'checklist.yaml' });
    expect(issue?.message).toContain('not overwritten');
  });

  it('refuses an empty file, a non-checklist and duplicate item ids', () => {
    expect(caught(() => parseChecklistYaml('')).issues[0].code).toBe('checklist-empty');
    expect(caught(() => parseChecklistYaml('- a\n- b\n')).issues[0].code).toBe('checklist-empty');
    expect(caught(() => parseChecklistYaml('schemaVersion: 1\n')).issues.length).toBeGreaterThan(0);
    const file = planChecklist(minimalRegion());
    file.items.push({ ...file.items[0] });
    const error = caught(() => parseChecklistYaml(renderChecklistYaml(file)));
    expect(error.issues).toEqual([expect.objectContaining({ code: 'duplicate-id', path: `items[${file.items.length - 1}].id` })]);
    expect(error.issues[0].line).toBeGreaterThan(1);
  });
});
