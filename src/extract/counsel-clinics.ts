// Law-school clinics as counsel: "Clinic director A and supervising attorney B are counsel of record",
// "under the supervision of Professor C, the clinic's director, who entered an appearance as counsel for D",
// "supervised by clinic director E". The lawyers work for the clinic the text named last before them;
// supervised students are no counsel of their own.

import type { PartyRole } from '../model/types.ts';
import { looksLikePersonName } from './names.ts';
import { sentenceAround, type Span, type CounselCand, type AttorneyCand } from './counsel-common.ts';

// A clinic's name: "Low-Income Taxpayer Clinic", "the school's Veterans Legal Clinic", "Disability Benefits Clinic".
const CLINIC_NAME = /(?<name>(?:\p{Lu}[\p{L}'’\-]*\s+(?:(?:and|of|for)\s+)?){1,5}Clinic)\b/gu;

// A clinic lawyer's title before the name: "Clinic director", "supervising attorney", "Professor" (a clinic's
// professor counts only when the text says they supervise or direct it, see CLINIC_LEAD).
const CLINIC_TITLE = /\b(?<title>[Cc]linic(?:al)?\s+(?:director|professor|fellow|staff\s+attorney)|[Ss]upervising\s+(?:attorney|lawyer)|[Pp]rofessor)\s+(?<name>\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,3})/gu;

// What makes a professor the clinic's lawyer: "under the supervision of Professor C", "supervised by Professor C",
// "Professor C, the clinic's director".
const CLINIC_LEAD_BEFORE = /\b(?:under\s+the\s+supervision\s+of|supervised\s+by)\s+$/;
const CLINIC_LEAD_AFTER = /^,\s+(?:the\s+clinic['’]s|its)\s+(?:faculty\s+)?(?:director|supervising\s+attorney|staff\s+attorney)\b/;

// The side from the clinic's own act: "filed suit ... on behalf of D", "counsel for D".
const CLIENT_CUE = /\b(?:on\s+behalf\s+of|counsel\s+(?:for|to)|represent(?:s|ed|ing)?)\s+(?:the\s+)?(?<who>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3})/gu;

export function clinicCounsel(
  text: string,
  people: AttorneyCand[],
  orgs: CounselCand[],
  resolve: (phrase: string) => PartyRole | undefined,
): void {
  if (!/Clinic\b/.test(text)) return;
  const clinics: (Span & { name: string })[] = [];
  for (const m of text.matchAll(CLINIC_NAME)) {
    const name = m.groups!.name!.replace(/^(?:The|In|At|For|From|By)\s+/, '');
    if (/\s/.test(name)) clinics.push({ start: m.index + m[0].length - name.length, end: m.index + m[0].length, name });
  }
  if (!clinics.length) return;
  for (const m of text.matchAll(CLINIC_TITLE)) {
    const name = m.groups!.name!;
    const title = m.groups!.title!;
    const nameStart = m.index + m[0].length - name.length;
    if (!looksLikePersonName(name, false)) continue;
    if (/^[Pp]rofessor$/.test(title) && !CLINIC_LEAD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !CLINIC_LEAD_AFTER.test(text.slice(nameStart + name.length, nameStart + name.length + 60))) continue;
    const clinic = [...clinics].reverse().find((c) => c.end <= m.index);
    if (!clinic) continue;
    // The client: named in the lawyer's sentence, else in the clinic's own sentences since it was named.
    const sent = sentenceAround(text, m.index);
    let side: PartyRole | undefined;
    for (const c of text.slice(sent.start, sent.end).matchAll(CLIENT_CUE)) side ??= resolve(c.groups!.who!);
    if (!side) {
      for (const c of text.slice(clinic.start, sent.start).matchAll(CLIENT_CUE)) side = resolve(c.groups!.who!) ?? side;
    }
    people.push({ start: nameStart, end: nameStart + name.length, name, organization: clinic.name, side, title: title.replace(/\s+/g, ' '), rule: 'clinic_counsel', listed: true });
    if (!orgs.some((o) => o.name === clinic.name && o.rule === 'clinic_counsel')) orgs.push({ ...clinic, side, rule: 'clinic_counsel' });
  }
}
