"""The registry of announced commitments (``seeds/commitments.toml``).

One ``[[commitment]]`` table per entry, edited by hand. Only what the source wrote is stored
(the amount, the stated conversion and the period *as written*); values are parsed on load
and never stored beside the text. Fields:

========== ======== ==========================================================
field      required meaning
========== ======== ==========================================================
id         yes      unique, lower case letters, digits and ``-``
announcer  yes      who announced it
counterpart         the partner or place
purpose             what it is for
announced  yes      the announcement date (a TOML date, 2025-10-29)
source     yes      publication and date
source_text         a text file (relative to the registry) the quote can be checked against
amount     yes      the amount exactly as written (``약 2조4천억 원``)
stated              the conversion the source stated, as written (``미화 약 18억 달러``)
period              the period as written (``향후 5년간``, ``2031년까지``, ``연간``, ``올해``)
notes               anything else
========== ======== ==========================================================

A malformed entry raises :class:`RegistryError` naming the file, the line and the field.
Nothing in the file is executed or evaluated: it is read with :mod:`tomllib`.

**The parsed copy.** Reading a registry means compiling fincli's number grammar, which is
most of ``fincli compare``'s start-up. ``python -m fincli.commitments [FILE]`` writes
``FILE.parsed.json`` beside it: the entries as :func:`load` reads them, together with the
registry's exact text and fincli's version. :func:`load` uses it only when both still match
(so an edit to the TOML is always read afresh); the shipped registry ships with one, and
``tests/test_registry.py`` fails if it is not what reading the TOML gives today.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import NoReturn, overload

from fincli import __version__
from fincli.errors import FincliError, RegistryError
from fincli.money import Amount, parse_amount
from fincli.periods import PeriodSpec, parse_period
from fincli.resources import seeds_dir

FIELDS = (
    "id",
    "announcer",
    "counterpart",
    "purpose",
    "announced",
    "source",
    "source_text",
    "amount",
    "stated",
    "period",
    "notes",
)
REQUIRED = ("id", "announcer", "announced", "source", "amount")


@dataclass(frozen=True)
class Commitment:
    id: str
    announcer: str
    announced: dt.date
    source: str
    amount_text: str
    amount: Amount
    stated_text: str | None
    stated: Amount | None
    period_text: str | None
    period: PeriodSpec | None
    counterpart: str = ""
    purpose: str = ""
    notes: str = ""
    source_text: Path | None = None
    path: str = ""
    line: int = 0


def default_registry() -> Path:
    return seeds_dir() / "commitments.toml"


def _field_lines(text: str) -> list[tuple[int, dict[str, int]]]:
    """For each ``[[commitment]]``: its line and the line of each of its fields. Lines inside
    a multi-line string (``\"\"\"…\"\"\"``, ``'''…'''``) are text, not tables or fields."""
    out: list[tuple[int, dict[str, int]]] = []
    inside: str | None = None  # the delimiter of the multi-line string we are in
    for n, line in enumerate(text.splitlines(), 1):
        if inside is not None:
            if line.count(inside) % 2 == 1:
                inside = None
            continue
        if re.match(r"\s*\[\[\s*commitment\s*\]\]", line):
            out.append((n, {}))
        elif out and (m := re.match(r"\s*([A-Za-z_][\w-]*)\s*=", line)):
            out[-1][1].setdefault(m.group(1), n)
        for delim in ('"""', "'''"):
            at = line.find(delim)
            if at >= 0 and line.count(delim) % 2 == 1 and "#" not in line[:at]:
                inside = delim
                break
    return out


def load(path: Path | str | None = None, *, use_parsed: bool = True) -> list[Commitment]:
    """Read and validate a registry; every derived value is computed here (or read from its
    parsed copy when that was made from exactly this text by this fincli version)."""
    import tomllib

    path = Path(path) if path else default_registry()
    p = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RegistryError("no such registry file", p) from None
    except UnicodeDecodeError as e:
        raise RegistryError(f"not UTF-8 text (byte {e.start})", p) from None
    except OSError as e:
        raise RegistryError(f"cannot read ({e.strerror})", p) from None
    if use_parsed:
        parsed = _read_parsed(path, text)
        if parsed is not None:
            return parsed
    try:
        data = tomllib.loads(text.removeprefix("\ufeff"))  # a BOM, as some editors save
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        raise RegistryError(f"not valid TOML: {e}", p, int(m.group(1)) if m else None) from None
    except RecursionError:
        raise RegistryError("not valid TOML: nested too deeply", p) from None
    unknown = set(data) - {"commitment"}
    if unknown:
        raise RegistryError(
            f"unknown top-level key {sorted(unknown)[0]!r}; entries are [[commitment]] tables", p, 1
        )
    entries = data.get("commitment", [])
    if not isinstance(entries, list):
        raise RegistryError("'commitment' must be written as [[commitment]] tables", p, 1)
    lines = _field_lines(text)
    out: list[Commitment] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        start, flines = lines[i] if i < len(lines) else (None, {})
        if not isinstance(entry, dict):
            raise RegistryError(
                f"entry {i + 1} must be a [[commitment]] table, not {type(entry).__name__}",
                p,
                start or 1,
            )
        out.append(_entry(entry, p, start, flines, seen, path.parent))
    return out


def _entry(
    e: dict, p: str, start: int | None, flines: dict[str, int], seen: dict, base: Path
) -> Commitment:
    def fail(field: str, message: str) -> NoReturn:
        raise RegistryError(message, p, flines.get(field, start), field)

    for k in e:
        if k not in FIELDS:
            fail(k, f"unknown field (fields are {', '.join(FIELDS)})")
    for k in REQUIRED:
        if k not in e or e[k] in ("", None):
            fail(k, "required field is missing")
    for k in FIELDS:
        if k in e and k != "announced" and not isinstance(e[k], str):
            fail(k, f"must be a string, not {type(e[k]).__name__}")
    cid = e["id"]
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", cid):
        fail("id", f"{cid!r}: use lower case letters, digits and '-'")
    if cid in seen:
        fail("id", f"duplicate id {cid!r} (first at line {seen[cid]})")
    seen[cid] = flines.get("id", start or 0)
    announced = e["announced"]
    if isinstance(announced, str):
        try:
            announced = dt.date.fromisoformat(announced)
        except ValueError:
            fail("announced", f"{announced!r} is not a date YYYY-MM-DD")
    if isinstance(announced, dt.datetime) or not isinstance(announced, dt.date):
        fail("announced", "must be a date such as 2025-10-29")
    try:
        amount = parse_amount(e["amount"])
    except FincliError as err:
        fail("amount", str(err))
    if amount.currency is None:
        fail("amount", f"{e['amount']!r} names no currency")
    stated = None
    if e.get("stated"):
        try:
            stated = parse_amount(e["stated"])
        except FincliError as err:
            fail("stated", str(err))
        if stated.currency is None or stated.currency == amount.currency:
            fail("stated", "a stated conversion must be in another, named currency")
    period = None
    if e.get("period"):
        try:
            period = parse_period(e["period"])
        except FincliError as err:
            fail("period", str(err))
    source_text = None
    if e.get("source_text"):
        try:
            source_text = (base / e["source_text"]).resolve()
            is_file = source_text.is_file()
        except (OSError, ValueError) as err:  # a NUL, a name too long for the file system
            fail("source_text", f"not a usable file name ({getattr(err, 'strerror', None) or err})")
        if not is_file:
            fail("source_text", f"no such file: {source_text}")
    return Commitment(
        id=cid,
        announcer=e["announcer"],
        announced=announced,
        source=e["source"],
        amount_text=e["amount"],
        amount=amount,
        stated_text=e.get("stated"),
        stated=stated,
        period_text=e.get("period"),
        period=period,
        counterpart=e.get("counterpart", ""),
        purpose=e.get("purpose", ""),
        notes=e.get("notes", ""),
        source_text=source_text,
        path=p,
        line=start or 0,
    )


# -- the parsed copy --------------------------------------------------------------------


def parsed_path(path: Path) -> Path:
    return path.with_name(path.name + ".parsed.json")


def _amount_json(a: Amount | None) -> dict | None:
    if a is None:
        return None
    return {
        "text": a.text, "value": str(a.value), "currency": a.currency, "start": a.start,
        "end": a.end, "qualifier": a.qualifier, "low": None if a.low is None else str(a.low),
        "high": None if a.high is None else str(a.high), "vague": a.vague, "per": a.per,
        "place": a.place,
    }  # fmt: skip


@overload
def _amount_from(d: dict) -> Amount: ...
@overload
def _amount_from(d: None) -> None: ...
def _amount_from(d: dict | None) -> Amount | None:
    if d is None:
        return None
    dec = lambda v: None if v is None else Decimal(v)  # noqa: E731
    return Amount(
        d["text"], Decimal(d["value"]), d["currency"], d["start"], d["end"], d["qualifier"],
        dec(d["low"]), dec(d["high"]), d["vague"], d["per"], d["place"],
    )  # fmt: skip


def write_parsed(path: Path | str | None = None) -> Path:
    """Write the parsed copy of a registry (see the module docstring); returns its path."""
    path = Path(path) if path else default_registry()
    entries = []
    for c in load(path, use_parsed=False):
        entries.append(
            {
                "id": c.id, "announcer": c.announcer, "announced": c.announced.isoformat(),
                "source": c.source, "amount_text": c.amount_text,
                "amount": _amount_json(c.amount), "stated_text": c.stated_text,
                "stated": _amount_json(c.stated), "period_text": c.period_text,
                "period": None if c.period is None else {
                    "kind": c.period.kind, "text": c.period.text, "years": c.period.years,
                    "until": c.period.until,
                },
                "counterpart": c.counterpart, "purpose": c.purpose, "notes": c.notes,
                "source_text": None if c.source_text is None
                else Path(os.path.relpath(c.source_text, path.parent.resolve())).as_posix(),
                "line": c.line,
            }
        )  # fmt: skip
    out = parsed_path(path)
    data = {
        "about": f"Made by 'python -m fincli.commitments' from {path.name}; not to be edited. "
        "fincli uses it only while 'registry' is that file's exact text.",
        "fincli": __version__,
        "registry": path.read_text(encoding="utf-8"),
        "entries": entries,
    }
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def _read_parsed(path: Path, text: str) -> list[Commitment] | None:
    """The entries from the parsed copy, or None when there is none or it is stale."""
    try:
        data = json.loads(parsed_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("registry") != text:
        return None
    if data.get("fincli") != __version__:
        return None
    out = []
    try:
        for d in data["entries"]:
            source_text = None
            if d["source_text"]:
                source_text = (path.parent / d["source_text"]).resolve()
                if not source_text.is_file():
                    return None  # the full read names what is missing
            pd = d["period"]
            out.append(
                Commitment(
                    id=d["id"], announcer=d["announcer"],
                    announced=dt.date.fromisoformat(d["announced"]), source=d["source"],
                    amount_text=d["amount_text"], amount=_amount_from(d["amount"]),
                    stated_text=d["stated_text"], stated=_amount_from(d["stated"]),
                    period_text=d["period_text"],
                    period=None if pd is None else PeriodSpec(
                        pd["kind"], pd["text"], pd["years"], pd["until"]
                    ),
                    counterpart=d["counterpart"], purpose=d["purpose"], notes=d["notes"],
                    source_text=source_text, path=str(path), line=d["line"],
                )
            )  # fmt: skip
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return None  # not a copy this version wrote: read the TOML
    return out


def verify_quote(c: Commitment) -> str | None:
    """None when the entry's amount occurs in its source text and parses to the same value;
    otherwise what is wrong."""
    if c.source_text is None:
        return None
    try:
        text = c.source_text.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        return f"{c.source_text.name} is not UTF-8 text (byte {e.start})"
    except OSError as e:
        return f"cannot read {c.source_text.name} ({e.strerror})"
    from fincli.extract import extract

    found = [
        f
        for f in extract(text)
        if f.amount.text == c.amount_text or f.amount.text.endswith(c.amount_text)
    ]
    if not found and c.amount_text not in text:
        return f"{c.amount_text!r} does not occur in {c.source_text.name}"
    if found and all(f.amount.value != c.amount.value for f in found):
        return f"{c.amount_text!r} reads as a different value in {c.source_text.name}"
    if c.stated_text and c.stated_text not in text:
        return f"stated {c.stated_text!r} does not occur in {c.source_text.name}"
    return None


def check_registry(path: Path | str | None, series) -> Iterator[dict | FincliError]:
    """Each entry's quote checked against its source text, and its stated conversion against
    the rate of its announcement date: a wrong quote is a :class:`FincliError` naming the
    entry's line (exit status 1), a stated conversion a record as ``fincli check`` writes it."""
    from decimal import DecimalException

    from fincli.check import check

    for c in load(path):
        problem = verify_quote(c)
        if problem:
            yield FincliError(f"{c.path}:{c.line}: {c.id}: {problem}")
        if c.stated is None:
            continue
        try:
            rec = check(c.amount, c.stated, series, c.announced.isoformat()).to_record()
        except (FincliError, DecimalException) as e:  # this entry only; the next goes on
            yield FincliError(f"{c.path}:{c.line}: {c.id}: {e}")
            continue
        rec.update(
            file=f"{c.path}:{c.line} ({c.id})", date=c.announced.isoformat(), date_from="registry"
        )
        yield rec


if __name__ == "__main__":
    import sys

    names: list[str | None] = [*sys.argv[1:]] or [None]  # none: the shipped registry
    for name in names:
        print(f"wrote {write_parsed(name)}")
