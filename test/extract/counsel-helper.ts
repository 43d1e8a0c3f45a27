import { prepareText } from '../../src/normalize/prepare.ts';
import { extractAll } from '../../src/extract/index.ts';

/** Attorneys ("name|organization|side") and counsel organizations ("name|side") found in a text, sorted. */
export function counsel(text: string): { attorneys: string[]; orgs: string[] } {
  const attorneys = new Set<string>();
  const orgs = new Set<string>();
  for (const m of extractAll(prepareText(text)).mentions) {
    if (m.kind === 'attorney') attorneys.add(`${m.value.name}|${m.value.organization ?? ''}|${m.value.represents ?? ''}`);
    else if (m.kind === 'counsel_organization') orgs.add(`${m.value.name}|${m.value.represents ?? ''}`);
  }
  return { attorneys: [...attorneys].sort(), orgs: [...orgs].sort() };
}
