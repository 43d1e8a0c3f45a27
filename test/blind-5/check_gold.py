#!/usr/bin/env python3
"""Checks blind set 5's gold against its documents without running the pipeline.

- every gold text (and every name or alias) occurs in its document's text: verbatim for texts,
  case-insensitively for names (captions and signature blocks write names in capitals);
  `occurrences: N` needs at least N occurrences;
- the document's text is the .txt file; for HTML, the page with head, scripts, styles, navigation,
  header and footer removed and tags stripped; for a PDF, its source in pdf-src/ with the layout
  markers stripped (what the PDF reads as, without stamp, footer and line numbers);
- the fields and values have the shapes of ../../../shared/gold/README.md;
- cross-document.json names existing documents and every value's text occurs in its document;
- a sidecar's published date equals the gold's `published`;
- no run of 12 consecutive words from a seed document occurs in any file of this set.

Run from anywhere: python3 test/blind-5/check_gold.py   (exit status 1 on any problem)
"""
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
PDF_SRC = HERE / "pdf-src"
SEEDS = HERE.parent.parent.parent / "shared" / "seeds"

KINDS = {"press_release", "news_article", "court_order", "filing", "opinion", "transcript"}
QUANTITY_KINDS = {"count", "percent", "money", "duration", "ratio"}
MODIFIERS = {"approx", "more_than", "less_than", "at_least", "at_most", "range", "vague"}
ROLES = {"plaintiff", "defendant", "petitioner", "respondent", "appellant", "appellee", "intervenor", "amicus"}
GRAINS = {"day", "week", "month", "season", "quarter", "year", "decade"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems: list[str] = []


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def html_text(raw: str, whole_page: bool = False) -> str:
    boilerplate = "head|script|style" if whole_page else "head|script|style|nav|header|footer"
    raw = re.sub(rf"(?is)<({boilerplate})\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?is)<(p|h1|h2|li|div|time)\b", "\n<", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def pdf_source_text(raw: str) -> str:
    return re.sub(r"(?m)^@(center|left|indent|sig) ", "", raw)


def document_text(name: str, whole_page: bool = False) -> str:
    """The document's text; `whole_page` keeps an HTML page's navigation, header and footer
    (for `ignore` strings, which name boilerplate a reader might keep)."""
    path = DOCS / name
    if not path.exists():
        problems.append(f"{name}: document missing")
        return ""
    if path.suffix == ".pdf":
        return fold(pdf_source_text((PDF_SRC / (path.stem + ".txt")).read_text(encoding="utf-8")))
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        return fold(html_text(raw, whole_page))
    return fold(raw)


def count(text: str, needle: str, insensitive: bool = False) -> int:
    needle = fold(needle)
    if insensitive:
        return text.lower().count(needle.lower())
    return text.count(needle)


def need(doc: str, text: str, where: str, needle: str, times: int = 1, insensitive: bool = False) -> None:
    found = count(text, needle, insensitive)
    if found < times:
        problems.append(f"{doc}: {where}: {needle!r} found {found}x, expected >= {times}")


def check_names(doc: str, text: str, field: str, items: list) -> None:
    for item in items:
        names = [item["name"], *item.get("aliases", [])]
        if not any(count(text, n, insensitive=True) for n in names):
            problems.append(f"{doc}: {field}: none of {names!r} occurs")
        for alias in item.get("aliases", []):
            need(doc, text, f"{field} alias", alias, insensitive=True)


def check_gold_file(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    doc = gold["document"]
    if Path(doc).stem != path.stem:
        problems.append(f"{path.name}: document {doc} does not share the base name")
    text = document_text(doc)
    if gold.get("kind") not in KINDS:
        problems.append(f"{doc}: kind {gold.get('kind')!r}")
    for field in ("cases", "parties", "attorneys", "counsel_organizations", "judges", "courts", "dockets", "dates", "statutes", "quantities"):
        if not isinstance(gold.get(field), list):
            problems.append(f"{doc}: field {field} missing")
    for c in gold["cases"]:
        need(doc, text, "case", c["text"])
        if " v. " not in c["canonical"] and not c["canonical"].startswith("In re "):
            problems.append(f"{doc}: case canonical {c['canonical']!r}")
    check_names(doc, text, "parties", gold["parties"])
    for p in gold["parties"]:
        if p["role"] not in ROLES:
            problems.append(f"{doc}: party role {p['role']!r}")
    check_names(doc, text, "attorneys", gold["attorneys"])
    for a in gold["attorneys"]:
        if a.get("represents") and a["represents"] not in ROLES:
            problems.append(f"{doc}: attorney side {a['represents']!r}")
        if a.get("organization"):
            need(doc, text, "attorney organization", a["organization"], insensitive=True)
    check_names(doc, text, "counsel_organizations", gold["counsel_organizations"])
    check_names(doc, text, "judges", gold["judges"])
    check_names(doc, text, "organizations", gold.get("organizations", []))
    check_names(doc, text, "people", gold.get("people", []))
    for field in ("courts", "dockets", "statutes"):
        for item in gold[field]:
            need(doc, text, field, item["text"], item.get("occurrences", 1))
    for d in gold["dates"]:
        need(doc, text, "date", d["text"], d.get("occurrences", 1))
        if d.get("relative"):
            if "resolved" in d and not DATE_RE.match(d["resolved"]):
                problems.append(f"{doc}: date {d['text']!r} resolved {d['resolved']!r}")
        elif not DATE_RE.match(d.get("value", "")) or d.get("grain") not in GRAINS:
            problems.append(f"{doc}: date {d['text']!r} value/grain")
    for q in gold["quantities"]:
        need(doc, text, "quantity", q["text"], q.get("occurrences", 1))
        if q["kind"] not in QUANTITY_KINDS or (q.get("modifier") and q["modifier"] not in MODIFIERS):
            problems.append(f"{doc}: quantity {q['text']!r} kind/modifier")
        if "value" not in q and not ("min" in q and "max" in q) and q.get("modifier") != "vague":
            problems.append(f"{doc}: quantity {q['text']!r} has no value")
        if not q.get("unit"):
            problems.append(f"{doc}: quantity {q['text']!r} has no unit")
    page = document_text(doc, whole_page=True)
    for s in gold.get("ignore", []):
        need(doc, page, "ignore", s)
    sidecar = DOCS / (doc + ".meta.json")
    published = json.loads(sidecar.read_text())["published"] if sidecar.exists() else None
    if sidecar.exists() and gold.get("published") != published:
        problems.append(f"{doc}: sidecar published {published} but gold {gold.get('published')}")


def check_cross() -> None:
    cross = json.loads((GOLD / "cross-document.json").read_text(encoding="utf-8"))
    texts: dict[str, str] = {}

    def text_of(name: str) -> str:
        if name not in texts:
            texts[name] = document_text(name)
        return texts[name]

    for case in cross["cases"]:
        for d in case["documents"]:
            text_of(d)
    every = " ".join(text_of(p.name) for p in sorted(DOCS.iterdir()) if not p.name.endswith(".meta.json"))
    # A group may name an entity by the canonical form the gold gives it ("D.N.M.").
    canonicals = set()
    for g in GOLD.glob("*.json"):
        if g.name != "cross-document.json":
            for field in ("courts", "statutes", "dockets"):
                canonicals.update(i["canonical"] for i in json.loads(g.read_text(encoding="utf-8"))[field])
    for group in cross["same_entity"] + cross["different_entity"]:
        for name in group:
            if not count(every, name, insensitive=True) and name not in canonicals:
                problems.append(f"cross-document: entity name {name!r} occurs in no document")
    for section in ("conflicts", "agreements"):
        for item in cross[section]:
            for v in item["values"]:
                need(v["document"], text_of(v["document"]), f"cross {section}", v["text"])
    for item in cross["not_conflicts"]:
        for v in item["values"]:
            need(v["document"], text_of(v["document"]), "cross not_conflicts", v["text"])


def check_pdf_layout() -> None:
    """When poppler's pdftotext is installed: the committed PDFs read as their sources, once the
    e-filing stamps, page-number footers and pleading line numbers are dropped and words
    hyphenated at a line end are joined."""
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        print("(pdftotext not installed: PDF layout check skipped)")
        return
    for pdf in sorted(DOCS.glob("*.pdf")):
        out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout
        kept = [
            line.strip("\f")
            for line in out.split("\n")
            if not re.match(r"^\f?Case \d:\d\d-cv-\d+-\S+ Document \d+ Filed \d\d/\d\d/\d\d Page \d+ of \d+$", line)
            and not re.fullmatch(r"\f?(- )?\d+( -)?", line.strip())
        ]
        text = fold(re.sub(r"([a-z])-\n([a-z])", r"\1\2", "\n".join(kept)))
        source = document_text(pdf.name)
        if text != source:
            at = next((i for i, (a, b) in enumerate(zip(text, source)) if a != b), min(len(text), len(source)))
            problems.append(f"{pdf.name}: PDF text differs from its source at {at}: {text[at-40:at+40]!r} vs {source[at-40:at+40]!r}")


def check_seed_runs() -> None:
    if not SEEDS.exists():
        print(f"(seeds not found at {SEEDS}: 12-word check skipped)")
        return
    words = lambda s: re.findall(r"[a-z0-9]+", s.lower())
    grams = set()
    for seed in SEEDS.glob("*.txt"):
        w = words(seed.read_text(encoding="utf-8", errors="replace"))
        grams.update(tuple(w[i : i + 12]) for i in range(len(w) - 11))
    for f in HERE.rglob("*"):
        if f.is_file() and f.suffix in (".txt", ".html", ".json", ".md", ".ts", ".py"):
            w = words(f.read_text(encoding="utf-8", errors="replace"))
            for i in range(len(w) - 11):
                if tuple(w[i : i + 12]) in grams:
                    problems.append(f"{f.relative_to(HERE)}: 12-word run from a seed: {' '.join(w[i:i+12])}")
                    break


def main() -> int:
    golds = sorted(p for p in GOLD.glob("*.json") if p.name != "cross-document.json")
    docs = sorted(p for p in DOCS.iterdir() if not p.name.endswith(".meta.json"))
    if {p.stem for p in golds} != {p.stem for p in docs}:
        problems.append(f"gold/doc mismatch: {sorted({p.stem for p in golds} ^ {p.stem for p in docs})}")
    for g in golds:
        check_gold_file(g)
    check_cross()
    check_pdf_layout()
    check_seed_runs()
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(golds)} gold files, {len(docs)} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
