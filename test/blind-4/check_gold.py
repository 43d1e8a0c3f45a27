#!/usr/bin/env python3
"""Validate the blind-4 gold against its documents (does NOT run the pipeline or score anything).

Checks: every gold `text` occurs verbatim in its document (and at least `occurrences` times), no text
spans a line break or a run of spaces, names (or an alias) occur in the document case-insensitively,
field values are from the allowed sets, sidecar publication dates match `published`, and every
cross-document value's text occurs in the document it names. Also checks that no run of 12
consecutive words from the seed documents appears in a blind-4 document.
Usage: python3 test/blind-4/check_gold.py
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'docs'), os.path.join(HERE, 'gold')
SEEDS = os.path.abspath(os.path.join(HERE, '..', '..', '..', 'shared', 'seeds'))
KINDS = {'press_release', 'news_article', 'court_order', 'filing', 'opinion', 'transcript'}
QKINDS = {'count', 'percent', 'money', 'duration'}
QMODS = {'approx', 'more_than', 'less_than', 'at_least', 'at_most', 'range', 'vague'}
ROLES = {'plaintiff', 'defendant'}
GRAINS = {'day', 'week', 'month', 'season', 'quarter', 'year', 'decade'}
TEXT_FIELDS = ['cases', 'courts', 'dockets', 'dates', 'statutes', 'quantities']
NAME_FIELDS = ['parties', 'attorneys', 'counsel_organizations', 'judges', 'organizations', 'people']

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def check_text(doc, name, field, text, occ):
    if '\n' in text or '  ' in text:
        err(f'{name}: {field} text spans a line break or a run of spaces: {text!r}')
    n = doc.count(text)
    if n == 0:
        err(f'{name}: {field} text not in document: {text!r}')
    elif n < occ:
        err(f'{name}: {field} text {text!r} occurs {n}x, gold says {occ}')
    elif n > occ:
        warn(f'{name}: {field} text {text!r} occurs {n}x (gold occurrences {occ}); extra hits are substrings of other items')

gold_files = sorted(f for f in os.listdir(GOLD) if f.endswith('.json') and f != 'cross-document.json')
doc_texts = {}
for gf in gold_files:
    g = json.load(open(os.path.join(GOLD, gf), encoding='utf-8'))
    name = g['document']
    path = os.path.join(DOCS, name)
    if os.path.splitext(gf)[0] != os.path.splitext(name)[0]:
        err(f'{gf}: base name differs from document {name}')
    if not os.path.exists(path):
        err(f'{gf}: document {name} missing'); continue
    doc = open(path, encoding='utf-8').read()
    doc_texts[name] = doc
    low = re.sub(r'\s+', ' ', doc).lower()
    if g.get('kind') not in KINDS:
        err(f'{name}: bad kind {g.get("kind")!r}')
    side = path + '.meta.json'
    if os.path.exists(side):
        pub = json.load(open(side, encoding='utf-8')).get('published')
        if g.get('published') != pub:
            err(f'{name}: published {g.get("published")!r} != sidecar {pub!r}')
    elif 'published' in g:
        err(f'{name}: published given but no sidecar')
    for field in TEXT_FIELDS:
        for item in g.get(field, []):
            check_text(doc, name, field, item['text'], item.get('occurrences', 1))
            if field == 'quantities':
                if item['kind'] not in QKINDS: err(f'{name}: quantity kind {item["kind"]!r}')
                if item.get('modifier') and item['modifier'] not in QMODS: err(f'{name}: modifier {item["modifier"]!r}')
                if 'value' not in item and not ('min' in item and 'max' in item) and item.get('modifier') != 'vague':
                    err(f'{name}: quantity {item["text"]!r} has neither value nor min/max')
                if not item.get('unit'): err(f'{name}: quantity {item["text"]!r} has no unit')
            if field == 'dates':
                if item.get('relative'):
                    if item.get('resolved') and not g.get('published'):
                        err(f'{name}: {item["text"]!r} resolved without a publication date')
                elif not item.get('value') or item.get('grain') not in GRAINS:
                    err(f'{name}: date {item["text"]!r} needs value and grain')
            if field in ('cases', 'courts', 'dockets', 'statutes') and not item.get('canonical'):
                err(f'{name}: {field} {item["text"]!r} has no canonical')
    for t in g.get('ignore', []):
        check_text(doc, name, 'ignore', t, 1)
    for field in NAME_FIELDS:
        for item in g.get(field, []):
            names = [item['name']] + item.get('aliases', [])
            if not any(re.sub(r'\s+', ' ', n).lower() in low for n in names):
                err(f'{name}: {field} {item["name"]!r} (and aliases) not in document')
            if field == 'parties' and item['role'] not in ROLES:
                err(f'{name}: party role {item["role"]!r}')

docs_on_disk = sorted(f for f in os.listdir(DOCS) if f.endswith('.txt'))
for d in docs_on_disk:
    if d not in doc_texts: err(f'document without gold: {d}')

x = json.load(open(os.path.join(GOLD, 'cross-document.json'), encoding='utf-8'))
def check_doc_text(where, doc, text):
    if doc not in doc_texts: err(f'cross-document {where}: unknown document {doc}')
    elif text not in doc_texts[doc]: err(f'cross-document {where}: {text!r} not in {doc}')
for c in x['cases']:
    for d in c['documents']:
        if d not in doc_texts: err(f'cross-document case {c["canonical"]}: unknown document {d}')
for group in ('conflicts', 'agreements'):
    for item in x[group]:
        for v in item['values']:
            check_doc_text(f'{group} "{item["about"]}"', v['document'], v['text'])
for item in x.get('arithmetic', []):
    if item['document'] not in doc_texts: err(f'arithmetic: unknown document {item["document"]}')
for item in x['not_conflicts']:
    docs = item.get('documents') or [None] * len(item['texts'])
    for t, d in zip(item['texts'], docs):
        if d: check_doc_text('not_conflicts', d, t)
        elif not any(t in s for s in doc_texts.values()): err(f'not_conflicts: {t!r} in no document')
alltext = '\n'.join(doc_texts.values()).lower()
for grp in x['same_entity'] + x['different_entity']:
    for s in grp:
        if s.lower() not in alltext:
            warn(f'entity string {s!r} is a canonical form not written in any document')

# No run of 12 consecutive words from a seed document may appear in a blind-4 document.
if os.path.isdir(SEEDS):
    words = lambda s: re.findall(r"[\w'’§.-]+", s.lower())
    grams = set()
    for f in os.listdir(SEEDS):
        if f.endswith('.txt'):
            w = words(open(os.path.join(SEEDS, f), encoding='utf-8').read())
            grams.update(tuple(w[i:i + 12]) for i in range(len(w) - 11))
    for name, doc in doc_texts.items():
        w = words(doc)
        for i in range(len(w) - 11):
            if tuple(w[i:i + 12]) in grams:
                err(f'{name}: 12-word run shared with a seed: {" ".join(w[i:i + 12])}'); break

for w in warnings: print('warning:', w)
for e in errors: print('ERROR:', e)
print(f'{len(gold_files)} gold files, {len(errors)} errors, {len(warnings)} warnings')
sys.exit(1 if errors else 0)
