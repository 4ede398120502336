"""Writes ../rows.jsonl from the hand-made rows in rows_*.py (values via kn.kv, checked by hand)."""
import json, sys, collections
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from h import PAGES


def main():
    for f in sorted(HERE.glob("rows_*.py"), key=lambda p: int(p.stem.split("_")[1])):
        __import__(f.stem)  # each module calls h.page()
    used = set((HERE.parent / ".used_urls.txt").read_text().split())
    seen_urls = set()
    counters = collections.Counter()
    out = []
    for outlet, yr, url, title, published, rows in PAGES:
        assert url not in used, url
        assert url not in seen_urls, url
        seen_urls.add(url)
        for text, amounts, note in rows:
            counters[(outlet, yr)] += 1
            rid = f"{outlet}-{yr}-{counters[(outlet, yr)]:03d}"
            pos = 0
            for a in amounts:
                i = text.index(a["text"], pos)
                pos = i + len(a["text"])
                if a["stated"]:
                    j = text.index(a["stated"]["text"], pos)
                    pos = j + len(a["stated"]["text"])
            rec = {"id": rid, "outlet": outlet, "url": url, "title": title, "published": published,
                   "lang": "ko", "text": text, "amounts": amounts}
            if note:
                rec["note"] = note
            out.append(rec)
    with open(HERE.parent / "rows.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "sentences,", len(seen_urls), "pages,", sum(len(r["amounts"]) for r in out), "amounts,",
          len({p[0] for p in PAGES}), "outlets")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
