"""Tiny independent helpers for writing the annotations (no fincli code is used).

A(text, num, mult, cur, ...) builds one expected amount; the value is num * 10**k computed with
Decimal from the multiplier word, so every value is an exact decimal string.
"""
from decimal import Decimal
import json

MULT = {"": 0, "k": 3, "m": 6, "b": 9, "t": 12, "q": 15, "cr": 7}


def val(num: str, mult: str = "") -> str:
    d = Decimal(num.replace(",", "")) * (Decimal(10) ** MULT[mult])
    s = format(d.normalize(), "f")
    return s


def mid(lo: str, hi: str) -> str:
    d = (Decimal(lo) + Decimal(hi)) / 2
    return format(d.normalize(), "f")


def OV(n):
    return {"kind": "over", "years": n}


def BY(y):
    return {"kind": "by", "until": y}


TY = {"kind": "this-year"}


def S(text, num, mult, cur):
    return {"text": text, "value": val(num, mult), "currency": cur}


def SR(text, lo, hi, mult, cur):
    """A stated conversion written as a range: value is the midpoint."""
    return {"text": text, "value": mid(val(lo, mult), val(hi, mult)), "currency": cur}


def A(text, num, mult, cur, q=None, per=None, period=None, stated=None, note=None):
    a = {"text": text, "value": val(num, mult), "low": None, "high": None, "currency": cur,
         "qualifier": q, "per": per, "period": period, "stated": stated}
    if note:
        a["note"] = note
    return a


def R(text, lo, hi, mult, cur, q=None, per=None, period=None, stated=None, note=None):
    lo_v, hi_v = val(lo, mult), val(hi, mult)
    a = {"text": text, "value": mid(lo_v, hi_v), "low": lo_v, "high": hi_v, "currency": cur,
         "qualifier": q, "per": per, "period": period, "stated": stated}
    if note:
        a["note"] = note
    return a


class Page:
    def __init__(self, outlet, url, published=None, year=None, title=None):
        self.outlet, self.url, self.published, self.title = outlet, url, published, title
        self.year = year or (published[:4] if published else "nd")
        self.rows = []

    def s(self, text, *amounts, note=None):
        self.rows.append((text, list(amounts), note))
        return self


def emit(pages, path):
    counters = {}
    out = []
    for p in pages:
        for text, amounts, note in p.rows:
            key = (p.outlet, p.year)
            counters[key] = counters.get(key, 0) + 1
            rid = f"{p.outlet}-{p.year}-{counters[key]:03d}"
            rec = {"id": rid, "outlet": p.outlet, "url": p.url, "title": p.title,
                   "published": p.published, "lang": "en", "text": text, "amounts": amounts}
            if note:
                rec["note"] = note
            # the scorer's own way of locating spans: each text after the previous one
            pos = 0
            for a in amounts:
                i = text.find(a["text"], pos)
                assert i >= 0, (rid, a["text"])
                pos = i + len(a["text"])
                if a["stated"]:
                    j = text.find(a["stated"]["text"], pos)
                    assert j >= 0, (rid, a["stated"]["text"])
                    pos = j + len(a["stated"]["text"])
            out.append(rec)
    with open(path, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out
