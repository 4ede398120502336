"""Currency knowledge: ISO codes, minor units, and the words and symbols that name them.

The table ``data/currencies.json`` is generated from babel's CLDR locale data (Korean and
English names and symbols, each currency's minor unit and the symbol English tables print)
for every currency the shipped rate series carry, and ``data/formats.json`` holds the CLDR
number patterns fincli's tables use; both are written by ``python -m fincli.currencies``, and
``tests/test_currencies.py`` fails when either drifts from babel. Press usage that CLDR does
not know ('달러' for '미국 달러', '불', 'dollars') is our own table, in ``data/lang/*.toml``
(:mod:`fincli.lang`).
Reading any of them costs no babel import (babel's locale data takes ~40 ms to load).
"""

from __future__ import annotations

import json
from functools import cache

from fincli import lang
from fincli.errors import UnknownCurrencyError
from fincli.resources import package_data, rates_dir


@cache
def table() -> dict[str, dict]:
    return json.loads(package_data("currencies.json").read_text(encoding="utf-8"))


@cache
def aliases() -> dict[str, dict[str, str]]:
    """The press's currency words, markers and symbols CLDR lacks (fincli/data/lang/*.toml)."""
    return {
        "ko_words": lang.currency_words("ko"),
        "en_words": lang.currency_words("en"),
        "prefix_markers": lang.currency_markers(),
        "extra_symbols": lang.extra_symbols(),
    }


def known(code: str) -> bool:
    return code in table()


def normalize_code(code: str) -> str:
    """``'usd'`` → ``'USD'``; raises :class:`UnknownCurrencyError` for codes we do not know."""
    up = code.strip().upper()
    if up not in table():
        raise UnknownCurrencyError(code)
    return up


def minor_digits(code: str) -> int:
    """Digits after the decimal point in the currency's minor unit (KRW and JPY: 0)."""
    return table()[code]["digits"]


def korean_word(code: str) -> str:
    """The word Korean newspapers write after an amount: 원, 달러, 유로, or babel's name."""
    return lang.press_words().get(code) or table()[code]["ko"]


@cache
def surface_forms() -> dict[str, dict[str, str]]:
    """Every written form, by kind: ``symbol``, ``code``, ``ko`` (Korean word), ``en`` (English word)."""
    symbols: dict[str, str] = {}
    ko: dict[str, str] = {}
    en: dict[str, str] = {}
    for code, info in table().items():
        for sym in info["symbols"]:
            symbols[sym] = code
        ko[info["ko"]] = code
        en[info["en"].lower()] = code
    al = aliases()
    symbols.update(al["extra_symbols"])
    ko.update(al["ko_words"])
    en.update(al["en_words"])
    for word, (code, _) in lang.subunits().items():
        (en if word.isascii() else ko)[word] = code
    return {
        "symbol": symbols,
        "code": {c: c for c in table()},
        "ko": ko,
        "en": en,
        "marker": dict(al["prefix_markers"]),
    }


def lookup(form: str) -> str:
    """The ISO code for one written form (symbol, code, Korean or English word)."""
    forms = surface_forms()
    key = " ".join(form.split())
    for kind in ("symbol", "code", "ko", "marker"):
        if key in forms[kind]:
            return forms[kind][key]
        squeezed = key.replace(" ", "")
        for k, v in forms[kind].items():
            if k.replace(" ", "") == squeezed:
                return v
    low = key.lower()
    if low in forms["en"]:
        return forms["en"][low]
    if low.endswith("s") and low[:-1] in forms["en"]:
        return forms["en"][low[:-1]]
    raise UnknownCurrencyError(form)


# --- generation from babel (run by hand; the drift test calls generate()) -----------------


# Currencies Korean news writes often that no shipped series carries: fincli reads and names
# them (1125대만 달러, NT$900억), and says it has no rate when asked to convert them.
WITHOUT_RATES = ("TWD", "VND")


def shipped_codes() -> list[str]:
    """The codes the ECB series carries, plus EUR itself and KRW, and WITHOUT_RATES."""
    with open(rates_dir() / "eurofxref-hist.csv", encoding="ascii") as fh:
        header = fh.readline().strip().strip(",").split(",")
    return sorted(set(header[1:]) | {"EUR", "KRW"} | set(WITHOUT_RATES))


def generate() -> dict[str, dict]:
    from babel import Locale
    from babel.numbers import get_currency_precision, get_currency_symbol

    ko, en = Locale("ko"), Locale("en")
    out: dict[str, dict] = {}
    seen: dict[str, set[str]] = {}
    for code in shipped_codes():
        syms = {s for s in (ko.currency_symbols.get(code), en.currency_symbols.get(code)) if s}
        syms.discard(code)
        for s in syms:
            seen.setdefault(s, set()).add(code)
        out[code] = {
            "digits": get_currency_precision(code),
            "ko": ko.currencies.get(code, code),
            "en": en.currencies.get(code, code),
            "symbols": sorted(syms),
            "symbol_en": get_currency_symbol(code, "en"),
        }
    # A symbol two currencies share names neither.
    for sym, codes in seen.items():
        if len(codes) > 1:
            for c in codes:
                out[c]["symbols"].remove(sym)
    return out


def generate_formats() -> dict:
    """The CLDR number data fincli's tables use: English short compact currency patterns
    ('¤0K' .. '¤000T') and each locale's decimal and group symbols."""
    import re

    from babel import Locale

    out: dict = {}
    for name in ("en", "ko"):
        loc = Locale(name)
        symbols = loc.number_symbols["latn"]
        out[name] = {"decimal": symbols["decimal"], "group": symbols["group"]}
    short = Locale("en").compact_currency_formats["short"]
    compact = []
    for magnitude, pat in sorted(short["other"].items(), key=lambda kv: int(kv[0])):
        text = pat.pattern
        m = re.fullmatch(r"¤(0+)([A-Za-z]+)", text)
        if m is None or any(str(short[form][magnitude]) != str(pat) for form in short):
            raise SystemExit(f"CLDR changed: en compact currency {magnitude}: {text!r}")
        compact.append([int(magnitude), len(m.group(1)), m.group(2)])
    out["en"]["compact_currency"] = compact
    return out


def _write(name: str, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    package_data(name).write_text(text, encoding="utf-8")
    print(f"wrote {package_data(name)}")


if __name__ == "__main__":
    _write("currencies.json", generate())
    _write("formats.json", generate_formats())
