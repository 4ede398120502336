"""Language facts as data: the words fincli reads around numbers, one file per language.

``fincli/data/lang/ko.toml`` and ``en.toml`` hold them with their sources: qualifiers (and on
which side of the number each is written), per-period words, the words dropped before a
number, currency markers (미화, 한화), counters, the particles that may follow a currency word,
the words that introduce a stated conversion, period phrases, and the press's currency names
and symbols. ``python -m fincli.lang`` compiles both into ``fincli/data/lang.json``, which is
what fincli loads, once (parsing TOML costs 10 ms of start-up; JSON is already imported);
``tests/test_lang.py`` fails when the compiled file drifts from its sources. The modules that
read text (:mod:`fincli.money`, :mod:`fincli.extract`, :mod:`fincli.periods`,
:mod:`fincli.currencies`) name no word of their own: they ask this module.

>>> qualifiers()["약"], qualifiers()["up to"]
('approx', 'max')
>>> per_words()["연간"], per_words()["a day"]
('year', 'day')
"""

from __future__ import annotations

import json
from functools import cache

from fincli.resources import package_data

LANGUAGES = ("ko", "en")


def compile_sources() -> dict:
    """The contents of lang.json, read from the TOML sources (needs tomllib: not at run time)."""
    import tomllib

    out = {}
    for name in LANGUAGES:
        with open(package_data(f"lang/{name}.toml"), "rb") as fh:
            out[name] = tomllib.load(fh)
    return out


@cache
def data() -> dict:
    """Both languages' tables, as compiled into lang.json."""
    return json.loads(package_data("lang.json").read_text(encoding="utf-8"))


def _merged(table: str) -> dict:
    out: dict = {}
    for name in LANGUAGES:
        out.update(data()[name].get(table, {}))
    return out


def _list(lang: str, table: str, key: str) -> list:
    return list(data()[lang].get(table, {}).get(key, []))


@cache
def qualifiers() -> dict[str, str]:
    """Every qualifier word, Korean and English, to its meaning (approx, max, min, over, under)."""
    out = {w: meaning for w, (meaning, _) in _merged("qualifiers").items()}
    out.update(_merged("in_number"))
    return out


def _qualifiers_where(lang: str, sides: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w, (_, side) in data()[lang]["qualifiers"].items() if side in sides)


@cache
def qualifiers_before(lang: str) -> tuple[str, ...]:
    """Qualifier words of ``lang`` that may be written before the number, as listed."""
    return _qualifiers_where(lang, ("before", "both"))


@cache
def qualifiers_glued(lang: str) -> frozenset[str]:
    """Qualifiers of ``lang`` written only after the number, glued to it (대, 선, 까지)."""
    return frozenset(w for w, (_, side) in data()[lang]["qualifiers"].items() if side == "glued")


@cache
def qualifiers_after(lang: str) -> tuple[str, ...]:
    """Qualifier words of ``lang`` that may be written after the number, as listed."""
    return _qualifiers_where(lang, ("after", "both", "glued"))


@cache
def per_words() -> dict[str, str]:
    """Words that make an amount a rate, to its unit (day, month, year)."""
    return _merged("per")


@cache
def per_words_of(lang: str) -> tuple[str, ...]:
    return tuple(data()[lang].get("per", {}))


@cache
def rate_words(lang: str) -> dict[str, tuple[str, str]]:
    """Nouns of ``lang`` that make the amount they govern a rate: word → (unit, side)."""
    return {w: (unit, side) for w, (unit, side) in data()[lang].get("rates", {}).items()}


@cache
def currency_markers() -> dict[str, str]:
    """Words before a number that name its currency (미화 → USD) and are otherwise dropped."""
    return _merged("currency_markers")


def words(key: str, lang: str = "ko") -> list[str]:
    """A plain word list of ``lang`` by name: dropped, negative, stated_markers, counters."""
    return _list(lang, "words", key)


@cache
def dropped() -> tuple[str, ...]:
    """Words dropped before a number: the plain ones, then the currency markers."""
    return (*words("dropped"), *currency_markers())


@cache
def negative_words() -> tuple[str, ...]:
    return tuple(words("negative"))


@cache
def stated_markers() -> tuple[str, ...]:
    """Words that may introduce a stated conversion instead of a bracket, both languages."""
    return tuple(w for lang in LANGUAGES for w in words("stated_markers", lang))


@cache
def particles() -> str:
    """Syllables that may follow a Korean currency word inside one word."""
    return data()["ko"]["words"]["particles"]


@cache
def in_number() -> dict[str, str]:
    """Qualifiers written inside a number (300여억: 여, over), to their meaning."""
    return _merged("in_number")


@cache
def subject_particles() -> tuple[str, ...]:
    """Particles after which the subject of a sentence (an announcer's name) ends."""
    return tuple(w for lang in LANGUAGES for w in words("subject_particles", lang))


@cache
def counters() -> tuple[str, ...]:
    return tuple(words("counters"))


def periods(lang: str) -> dict[str, list[str]]:
    """The period phrase words of ``lang`` (see ko.toml's [periods])."""
    return data()[lang]["periods"]


@cache
def currency_words(lang: str) -> dict[str, str]:
    """The press's currency names of ``lang`` that CLDR lacks, to their codes."""
    return dict(data()[lang].get("currencies", {}))


@cache
def subunits() -> dict[str, tuple[str, int]]:
    """Minor-unit words (센트, cents, 펜스) → (code, digits): the amount is value / 10^digits."""
    return {w: (code, digits) for w, (code, digits) in _merged("subunits").items()}


@cache
def subunits_after() -> dict[str, tuple[str, int]]:
    """Minor-unit words written after their currency's amount (1,350원 20전): word → (code,
    digits)."""
    return {w: (code, d) for w, (code, d) in _merged("subunits_after").items()}


@cache
def letter_symbols() -> dict[str, str]:
    """One-letter currency symbols glued to a number with a scale word (W4.5tr)."""
    return _merged("letter_symbols")


@cache
def ambiguous() -> dict[str, dict[str, str]]:
    """Short currency names several countries share → {country name: code, 'default': code}."""
    return _merged("ambiguous")


@cache
def extra_symbols() -> dict[str, str]:
    return _merged("symbols")


@cache
def press_words() -> dict[str, str]:
    """Code → the word a Korean table writes after an amount."""
    return dict(data()["ko"]["press_words"])


def write() -> None:
    text = json.dumps(compile_sources(), ensure_ascii=False, indent=1) + "\n"
    package_data("lang.json").write_text(text, encoding="utf-8")
    print(f"wrote {package_data('lang.json')}")


if __name__ == "__main__":
    write()
