import { describe, expect, it } from 'vitest';
import { extractStateStatutes } from '../../src/extract/state-statutes.ts';
import { extractStatutes } from '../../src/extract/statutes.ts';
import { extractAll } from '../../src/extract/index.ts';
import { prepareText } from '../../src/normalize/prepare.ts';

// [text, [[cited span, canonical key, display]...]]: each span is found by its first occurrence.
type Row = [string, [string, string, string][]];

function check([text, expected]: Row): void {
  const got = extractStateStatutes(text);
  const want = expected.map(([span, key, display]) => {
    const start = text.indexOf(span);
    expect(start, span).toBeGreaterThanOrEqual(0);
    return { start, end: start + span.length, text: span, key, display };
  });
  expect(got.map((m) => ({ start: m.start, end: m.end, text: m.text, key: m.value.canonical, display: m.value.display }))).toEqual(want);
  for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('state code citations', () => {
  const rows: Row[] = [
    ['Plaintiffs sue under Cal. Civ. Code § 1798.150(a)(1) for the breach.', [['Cal. Civ. Code § 1798.150(a)(1)', 'state/ca/civ/1798.150/a/1', 'Cal. Civ. Code § 1798.150(a)(1)']]],
    // A complaint's count headings set the code in capitals.
    ['(2) VIOLATION OF CAL. BUS. & PROF. CODE § 17200 et seq.;', [['CAL. BUS. & PROF. CODE § 17200 et seq.', 'state/ca/bus-prof/17200/et-seq', 'Cal. Bus. & Prof. Code § 17200 et seq.']]],
    ['The second count is under Cal. Bus. & Prof. Code §§ 17200 et seq.', [['Cal. Bus. & Prof. Code §§ 17200 et seq.', 'state/ca/bus-prof/17200/et-seq', 'Cal. Bus. & Prof. Code § 17200 et seq.']]],
    ['He cited California Business and Professions Code section 17500.', [['California Business and Professions Code section 17500', 'state/ca/bus-prof/17500', 'Cal. Bus. & Prof. Code § 17500']]],
    ['The motion was brought under Code Civ. Proc., § 425.16, subd. (b).', [['Code Civ. Proc., § 425.16', 'state/ca/civ-proc/425.16', 'Cal. Civ. Proc. Code § 425.16']]],
    ['Relief lies under N.Y. Gen. Bus. Law §§ 349 and 350.', [['N.Y. Gen. Bus. Law §§ 349', 'state/ny/gen-bus/349', 'N.Y. Gen. Bus. Law § 349'], ['350', 'state/ny/gen-bus/350', 'N.Y. Gen. Bus. Law § 350']]],
    ['She sued under N.Y. Exec. Law § 296 and NYLL § 198(1-a).', [['N.Y. Exec. Law § 296', 'state/ny/exec/296', 'N.Y. Exec. Law § 296'], ['NYLL § 198', 'state/ny/lab/198', 'N.Y. Lab. Law § 198']]],
    ['The complaint was dismissed under CPLR 3211(a)(7).', [['CPLR 3211(a)(7)', 'state/ny/cplr/3211/a/7', 'N.Y. C.P.L.R. § 3211(a)(7)']]],
    ['The list is in Tex. Bus. & Com. Code Ann. § 17.46(b)(24).', [['Tex. Bus. & Com. Code Ann. § 17.46(b)(24)', 'state/tx/bus-com/17.46/b/24', 'Tex. Bus. & Com. Code § 17.46(b)(24)']]],
    ['Both Fla. Stat. § 501.204 and Fla. Stat. Ann. § 501.211(2) apply.', [['Fla. Stat. § 501.204', 'state/fl/stat/501.204', 'Fla. Stat. § 501.204'], ['Fla. Stat. Ann. § 501.211(2)', 'state/fl/stat/501.211/2', 'Fla. Stat. § 501.211(2)']]],
    ['The act is found in section 501.204, Florida Statutes.', [['section 501.204, Florida Statutes', 'state/fl/stat/501.204', 'Fla. Stat. § 501.204']]],
    ['Consent is required by 740 ILCS 14/15(b), see 740 ILCS 14/1 et seq.', [['740 ILCS 14/15(b)', 'state/il/ilcs/740/14/15/b', '740 ILCS 14/15(b)'], ['740 ILCS 14/1 et seq.', 'state/il/ilcs/740/14/1/et-seq', '740 ILCS 14/1 et seq.']]],
    ['The claim arises under 815 Ill. Comp. Stat. 505/2.', [['815 Ill. Comp. Stat. 505/2', 'state/il/ilcs/815/505/2', '815 ILCS 505/2']]],
    ['Overtime is due under 43 P.S. § 333.104(c).', [['43 P.S. § 333.104(c)', 'state/pa/ps/43/333.104/c', '43 Pa. Stat. § 333.104(c)']]],
    ['Interception is barred by 18 Pa.C.S. § 5703 and 18 Pa. C.S.A. § 5725.', [['18 Pa.C.S. § 5703', 'state/pa/cs/18/5703', '18 Pa. Cons. Stat. § 5703'], ['18 Pa. C.S.A. § 5725', 'state/pa/cs/18/5725', '18 Pa. Cons. Stat. § 5725']]],
    ['Demand was made under Mass. Gen. Laws ch. 93A, § 9, and M.G.L. c. 93A.', [['Mass. Gen. Laws ch. 93A, § 9', 'state/ma/gl/93a/9', 'Mass. Gen. Laws ch. 93A, § 9'], ['M.G.L. c. 93A', 'state/ma/gl/93a', 'Mass. Gen. Laws ch. 93A']]],
    ['Fraud is defined in N.J. Stat. Ann. § 56:8-2; see also N.J.S.A. 10:5-12.', [['N.J. Stat. Ann. § 56:8-2', 'state/nj/stat/56:8-2', 'N.J. Stat. Ann. § 56:8-2'], ['N.J.S.A. 10:5-12', 'state/nj/stat/10:5-12', 'N.J. Stat. Ann. § 10:5-12']]],
    ['Ohio Rev. Code § 4112.02 bars it, as does R.C. 4112.99.', [['Ohio Rev. Code § 4112.02', 'state/oh/rev/4112.02', 'Ohio Rev. Code § 4112.02'], ['R.C. 4112.99', 'state/oh/rev/4112.99', 'Ohio Rev. Code § 4112.99']]],
    ['Under Wash. Rev. Code § 19.86.020 (RCW 19.86.020) unfair acts are unlawful.', [['Wash. Rev. Code § 19.86.020', 'state/wa/rcw/19.86.020', 'Wash. Rev. Code § 19.86.020'], ['RCW 19.86.020', 'state/wa/rcw/19.86.020', 'Wash. Rev. Code § 19.86.020']]],
    ['See Va. Code Ann. § 59.1-200(A)(14); O.C.G.A. § 10-1-393(b).', [['Va. Code Ann. § 59.1-200(A)(14)', 'state/va/code/59.1-200/a/14', 'Va. Code Ann. § 59.1-200(A)(14)'], ['O.C.G.A. § 10-1-393(b)', 'state/ga/code/10-1-393/b', 'Ga. Code Ann. § 10-1-393(b)']]],
    ['Mich. Comp. Laws § 445.903 and Minn. Stat. § 325F.69 differ.', [['Mich. Comp. Laws § 445.903', 'state/mi/comp-laws/445.903', 'Mich. Comp. Laws § 445.903'], ['Minn. Stat. § 325F.69', 'state/mn/stat/325f.69', 'Minn. Stat. § 325F.69']]],
    ['C.R.S. § 6-1-105, Or. Rev. Stat. § 646.608 and A.R.S. § 44-1522 are alike.', [['C.R.S. § 6-1-105', 'state/co/rev-stat/6-1-105', 'Colo. Rev. Stat. § 6-1-105'], ['Or. Rev. Stat. § 646.608', 'state/or/rev-stat/646.608', 'Or. Rev. Stat. § 646.608'], ['A.R.S. § 44-1522', 'state/az/rev-stat/44-1522', 'Ariz. Rev. Stat. § 44-1522']]],
    ['N.C. Gen. Stat. § 75-1.1, 18 Pa.C.S. § 5704.', [['N.C. Gen. Stat. § 75-1.1', 'state/nc/gen-stat/75-1.1', 'N.C. Gen. Stat. § 75-1.1'], ['18 Pa.C.S. § 5704', 'state/pa/cs/18/5704', '18 Pa. Cons. Stat. § 5704']]],
    ['The fee was unfair, Md. Code Ann., Com. Law § 13-301, and Conn. Gen. Stat. § 42-110b.', [['Md. Code Ann., Com. Law § 13-301', 'state/md/com-law/13-301', 'Md. Code Ann., Com. Law § 13-301'], ['Conn. Gen. Stat. § 42-110b', 'state/ct/gen-stat/42-110b', 'Conn. Gen. Stat. § 42-110b']]],
    ['The District bars it under D.C. Code § 28-3904(e).', [['D.C. Code § 28-3904(e)', 'state/dc/code/28-3904/e', 'D.C. Code § 28-3904(e)']]],
    ['Vermont: Vt. Stat. Ann. tit. 9, § 2453; also 9 V.S.A. § 2453.', [['Vt. Stat. Ann. tit. 9, § 2453', 'state/vt/stat/9/2453', 'Vt. Stat. Ann. tit. 9, § 2453'], ['9 V.S.A. § 2453', 'state/vt/stat/9/2453', '9 V.S.A. § 2453']]],
    ['The confession was barred by Tex. Code Crim. Proc. art. 38.22.', [['Tex. Code Crim. Proc. art. 38.22', 'state/tx/crim-proc/38.22', 'Tex. Code Crim. Proc. art. 38.22']]],
    ['Privacy rights are in N.Y. Civ. Rights Law §§ 50-51 and Cal. Civ. Code §§ 1798.100–1798.199.', [['N.Y. Civ. Rights Law §§ 50-51', 'state/ny/civ-rights/50-51', 'N.Y. Civ. Rights Law §§ 50–51'], ['Cal. Civ. Code §§ 1798.100–1798.199', 'state/ca/civ/1798.100-1798.199', 'Cal. Civ. Code §§ 1798.100–1798.199']]],
    ['W. Va. Code § 46A-6-104 and Va. Code § 59.1-204 are different states.', [['W. Va. Code § 46A-6-104', 'state/wv/code/46a-6-104', 'W. Va. Code § 46A-6-104'], ['Va. Code § 59.1-204', 'state/va/code/59.1-204', 'Va. Code Ann. § 59.1-204']]],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('named state acts and their sections', () => {
  const rows: Row[] = [
    ['Claims under the Illinois Biometric Information Privacy Act (BIPA) were certified.', [['Illinois Biometric Information Privacy Act (BIPA)', 'state/il/ilcs/740/14/1/et-seq', '740 ILCS 14/1 et seq.']]],
    ['Section 15(b) of BIPA requires a written release.', [['Section 15(b) of BIPA', 'state/il/ilcs/740/14/15/b', '740 ILCS 14/15(b)']]],
    ['The chat tool violated CIPA § 631(a).', [['CIPA § 631(a)', 'state/ca/penal/631/a', 'Cal. Penal Code § 631(a)']]],
    ['Claims arise under the California Consumer Privacy Act and the UCL.', [['California Consumer Privacy Act', 'state/ca/civ/1798.100/et-seq', 'Cal. Civ. Code § 1798.100 et seq.'], ['UCL', 'state/ca/bus-prof/17200/et-seq', 'Cal. Bus. & Prof. Code § 17200 et seq.']]],
    ['The buyers invoke the Texas Deceptive Trade Practices Act.', [['Texas Deceptive Trade Practices Act', 'state/tx/bus-com/17.41/et-seq', 'Tex. Bus. & Com. Code § 17.41 et seq.']]],
    ['A demand letter is required by Chapter 93A; Section 9 of Chapter 93A sets damages.', [['Chapter 93A', 'state/ma/gl/93a', 'Mass. Gen. Laws ch. 93A'], ['Section 9 of Chapter 93A', 'state/ma/gl/93a/9', 'Mass. Gen. Laws ch. 93A, § 9']]],
    ['She sued under the New Jersey Civil Rights Act, § 10:6-2.', [['New Jersey Civil Rights Act, § 10:6-2', 'state/nj/stat/10:6-2', 'N.J. Stat. Ann. § 10:6-2']]],
    ['Overtime claims under the Pennsylvania Minimum Wage Act and the New York Labor Law.', [['Pennsylvania Minimum Wage Act', 'state/pa/ps/43/333.101/et-seq', '43 Pa. Stat. § 333.101 et seq.'], ['New York Labor Law', 'state/ny/lab', 'N.Y. Lab. Law']]],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('what is not a state statute', () => {
  it.each([
    'The Cal. Ct. App. reversed; see 45 Cal. 4th 1 and 12 Cal. App. 5th 300.',
    'Florida 2024 was a busy year; Texas 2025 will be busier.',
    'Send it to Suite 1200, Austin, TX 78701, or call (512) 555-0142.',
    'Members of Local 418 walked out.',
    'Under Section 5.2 of the Agreement, notice is due in 30 days.',
    'See ECF No. 12; Ex. 4 at 3.',
    'The Florida Statutes were amended.',
    'RCW 12 and MCL 7 are not cites without a section shape.',
  ])('%s', (text) => {
    expect(extractStateStatutes(text).map((m) => m.text)).toEqual([]);
  });
});

describe('with the federal extractor', () => {
  it('leaves no bare federal section inside a state cite', () => {
    const text = 'Demand was made under Mass. Gen. Laws ch. 93A, § 9, and Cal. Bus. & Prof. Code § 17200.';
    expect(extractStatutes(text).map((m) => m.text)).toEqual([]);
  });

  it('reads no federal Privacy Act inside a state act name', () => {
    const text = 'The claims arise under the California Invasion of Privacy Act and the Illinois Biometric Information Privacy Act.';
    expect(extractStatutes(text).map((m) => m.value.canonical)).not.toContain('usc/5/552a');
  });

  it('keeps one mention per state cite in the whole pipeline, and no number in it is a quantity', () => {
    const text = 'The store violated Fla. Stat. § 501.204 and CIPA § 631, and the Texas Citizens Participation Act applies.';
    const { mentions } = extractAll(prepareText(text));
    const statutes = mentions.filter((m) => m.kind === 'statute');
    expect(statutes.map((m) => [m.text, m.extractor])).toEqual([
      ['Fla. Stat. § 501.204', 'state-statutes'],
      ['CIPA § 631', 'state-statutes'],
      ['Texas Citizens Participation Act', 'state-statutes'],
    ]);
    expect(mentions.filter((m) => m.kind === 'quantity' || m.kind === 'date')).toEqual([]);
  });
});
