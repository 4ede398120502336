"""Writes rows.jsonl from the hand annotations in build_part*.py (no fincli code used)."""
import importlib, sys
from build_lib import emit
pages = []
for i in range(1, 7):
    pages += importlib.import_module(f"build_part{i}").P
seen = set(l.strip() for l in open(".seen_urls.txt"))
for p in pages:
    assert p.url not in seen, p.url
out = emit(pages, "rows.jsonl")
urls = {p.url for p in pages}
n_am = sum(len(r["amounts"]) for r in out)
print(len(out), "sentences,", len(urls), "pages,", n_am, "amounts,", len({p.outlet for p in pages}), "outlets")
import collections
print(sorted(collections.Counter(r["id"].split("-")[-2] for r in out).items()))
ids = [r["id"] for r in out]; assert len(ids) == len(set(ids))
