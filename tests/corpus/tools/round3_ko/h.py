"""Helpers for the hand-made rows."""
import json, sys, collections
from pathlib import Path
from kn import kv

HERE = Path(__file__).resolve().parent


def over(n): return {"kind": "over", "years": n}
def by(y): return {"kind": "by", "until": y}
TY = {"kind": "this-year"}


def S(text, num, cur="KRW"):
    return {"text": text, "value": kv(num), "currency": cur}


def A(text, num, cur="KRW", q=None, per=None, period=None, stated=None, lo=None, hi=None, note=None, value=None):
    if lo is not None:
        l, h = int(kv(lo)), int(kv(hi))
        v = (l + h) / 2
        assert v == int(v)
        val, low, high = str(int(v)), str(l), str(h)
    else:
        val, low, high = (value if value is not None else kv(num)), None, None
    a = {"text": text, "value": val, "low": low, "high": high, "currency": cur, "qualifier": q,
         "per": per, "period": period, "stated": stated}
    if note:
        a["note"] = note
    return a


PAGES = []   # (outlet, year-or-nd, url, title, published, [(text, [amounts], note)])


def page(outlet, yr, url, title, published, rows):
    PAGES.append((outlet, yr, url, title, published, rows))


