// Counsel stated in the forms news and summaries use: possessive legal teams, "Name, the X attorney
// who ...", "X attorneys A and B argued for ...", key/value counsel rows, "lawyers with X and the firm
// Y represent ...", "X is defending the agency", and several bar-numbered signers on one line.
import { describe, expect, it } from 'vitest';
import { counsel } from './counsel-helper.ts';

const CASES: [string, string[], string[]][] = [
  [
    'Plaintiffs in the case are Upland Farmers Union and Delta Growers Federation. Marlow Keene LLP’s legal team on the case includes Irene Caldwell and Tobias Renner.',
    ['Irene Caldwell|Marlow Keene LLP|plaintiff', 'Tobias Renner|Marlow Keene LLP|plaintiff'],
    ['Marlow Keene LLP|plaintiff'],
  ],
  [
    'Upland Farmers Union sued the Department of Agriculture. "We will appeal," said Irene Caldwell, the Prairie Law Project attorney who is lead counsel in the case.',
    ['Irene Caldwell|Prairie Law Project|plaintiff'],
    ['Prairie Law Project|plaintiff'],
  ],
  [
    'Upland Farmers Union sued the Department of Agriculture. Prairie Law Project attorneys Irene Caldwell and Tobias Renner argued for the plaintiffs. Justice Department lawyer Vera Lind argued for the government.',
    ['Irene Caldwell|Prairie Law Project|plaintiff', 'Tobias Renner|Prairie Law Project|plaintiff', 'Vera Lind|Justice Department|defendant'],
    ['Justice Department|defendant', 'Prairie Law Project|plaintiff'],
  ],
  [
    '| Plaintiffs | Upland Farmers Union |\n| Counsel for plaintiffs | Prairie Law Project (lead attorney Irene Caldwell), with Tobias Renner and Marlow Keene LLP |\n| Counsel for defendants | U.S. Department of Justice |',
    ['Irene Caldwell|Prairie Law Project|plaintiff', 'Tobias Renner||plaintiff'],
    ['Marlow Keene LLP|plaintiff', 'Prairie Law Project|plaintiff', 'U.S. Department of Justice|defendant'],
  ],
  [
    'Respectfully submitted,\nIrene L. Caldwell (D.C. Bar No. 1055501) Tobias R. Renner (D.C. Bar No. 1055502)\nPRAIRIE LAW PROJECT\n400 Seventh Street NW\nWashington, DC 20004\nCounsel for Plaintiffs',
    ['Irene L. Caldwell|Prairie Law Project|plaintiff', 'Tobias R. Renner|Prairie Law Project|plaintiff'],
    ['Prairie Law Project|plaintiff'],
  ],
  // Negatives: a quoted official of a party, a lawyer's opinion on another case, a non-counsel apposition.
  ['Upland Farmers Union sued the Department of Agriculture. "This is overdue," said Irene Caldwell, the union’s president.', [], []],
  ['Tobias Renner, a former Justice Department official, said the ruling was narrow.', [], []],
];

describe('counsel stated in prose, tables and joined signature lines', () => {
  for (const [text, attorneys, orgs] of CASES) {
    it(text.slice(0, 70), () => {
      expect(counsel(text)).toEqual({ attorneys: [...attorneys].sort(), orgs: [...orgs].sort() });
    });
  }
});
