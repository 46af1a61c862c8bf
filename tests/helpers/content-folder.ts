/**
 * A throwaway content folder for tests that read or build one: `lieux/` (empty), the demo's levers and
 * questionnaire, and its territory (unless the test writes its own). Returns its absolute path; the test removes it.
 */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function contentFolder(name: string, options: { territory?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `reperes-${name}-`));
  mkdirSync(join(dir, 'lieux'));
  cpSync('content/leviers', join(dir, 'leviers'), { recursive: true });
  cpSync('content/orientation', join(dir, 'orientation'), { recursive: true });
  if (options.territory !== false) cpSync('content/territoire.yaml', join(dir, 'territoire.yaml'));
  return dir;
}
