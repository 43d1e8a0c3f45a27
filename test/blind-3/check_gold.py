"""Checks that every gold `text` (and every party, attorney, counsel organization and judge name or
alias) occurs in its document. Span texts must occur verbatim after whitespace folding; names may
differ in case only (captions are often in capitals). HTML is checked against its visible text."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPAN_FIELDS = ['cases', 'courts', 'dockets', 'dates', 'statutes', 'quantities']
NAME_FIELDS = ['parties', 'attorneys', 'counsel_organizations', 'judges']

def visible(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        raw = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', raw)
        raw = html.unescape(re.sub(r'<[^>]+>', ' ', raw))
    return re.sub(r'\s+', ' ', raw)

def fold(s): return re.sub(r'\s+', ' ', s).strip()

errors = 0
for name in sorted(os.listdir(os.path.join(HERE, 'gold'))):
    gold = json.load(open(os.path.join(HERE, 'gold', name), encoding='utf-8'))
    doc = os.path.join(HERE, 'docs', gold['document'])
    text = visible(doc)
    for field in SPAN_FIELDS:
        for item in gold.get(field, []):
            if fold(item['text']) not in text:
                print(f'{name}: {field}: text not in document: {item["text"]!r}'); errors += 1
    for s in gold.get('ignore', []):
        if fold(s) not in text:
            print(f'{name}: ignore: not in document: {s!r}'); errors += 1
    for field in NAME_FIELDS:
        for item in gold.get(field, []):
            if item.get("note"): continue  # a name the document writes in a shared form
            names = [item["name"], *item.get("aliases", [])]
            for n in names:
                if fold(n).lower() not in text.lower():
                    print(f'{name}: {field}: name not in document: {n!r}'); errors += 1
    if gold.get('published') and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', gold['published']):
        print(f'{name}: bad published'); errors += 1
    meta = doc + '.meta.json'
    if os.path.exists(meta) and json.load(open(meta)).get('published') != gold.get('published'):
        print(f'{name}: published differs from sidecar'); errors += 1
if __name__ == "__main__": print("errors:", errors)
if __name__ == "__main__": sys.exit(1 if errors else 0)
