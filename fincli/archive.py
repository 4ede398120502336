"""News archives as they come: folders, ``.gz`` files, JSON Lines and CSV rows.

Everything here reads; nothing prints. :func:`read` turns the inputs into the stream of
*items* that every engine of :mod:`fincli.parallel` maps: ``(meta, offset, text)``, a
paragraph of a text file or the text of one archive row.

Decisions a reader may want to know:

* **Folders** are walked recursively in sorted order (the order is the same on every
  machine); names starting with ``.`` are skipped. ``--glob`` matches a file's name, or,
  when the pattern has a ``/``, its path below the folder (``2025/*/*.jsonl.gz``).
* **Compression** is read from the name: ``*.gz`` is gunzipped on the fly.
* **Rows.** ``--input jsonl``: one JSON object a line (blank lines skipped). ``--input csv``:
  a header, then one row a record (quoted fields may span lines). A field is named by its
  key, or by a dotted path into nested objects (``meta.date``) when no key is spelled so.
  A row's ``id`` is its id field, else ``FILE:LINE``. A row whose text field is missing or
  not text, whose JSON does not parse, or whose date field cannot be read, is an error
  record of its own; the rows after it go on.
* **A row's date** is its date field, else a dateline in its text, else ``--date``
  (:func:`parse_date` says which forms are read).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import ROUND_FLOOR, Decimal, InvalidOperation
from typing import NamedTuple

from fincli.errors import FincliError, InputError, UsageError
from fincli.inputs import BinaryLines
from fincli.report import row_keys  # noqa: F401 (the columns of archive rows; cli takes it from here)

INPUTS = ("text", "jsonl", "csv")


# -- files ----------------------------------------------------------------------------------


def expand(names: Iterable[str], glob: str | None = None) -> list[str]:
    """The files to read, in order: each name as given, or the files of a folder (recursive,
    sorted, hidden names skipped, filtered by ``glob``). ``-`` stays standard input."""
    from fnmatch import fnmatchcase

    out: list[str] = []
    for name in names:
        if name == "-" or not os.path.isdir(name):
            out.append(name)
            continue
        found = []
        for root, dirs, files in os.walk(name):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if f.startswith("."):
                    continue
                path = os.path.join(root, f)
                rel = os.path.relpath(path, name).replace(os.sep, "/")
                if glob is None or fnmatchcase(rel if "/" in glob else f, glob):
                    found.append((rel.split("/"), path))
        if not found:
            what = f"no file matches --glob {glob!r}" if glob else "no files"
            raise InputError(f"{name}: {what} in this folder")
        out.extend(path for _, path in sorted(found))  # a/1, a/x/3, b/2, c: as a tree reads
    return out


def total_bytes(paths: Iterable[str]) -> int | None:
    """The bytes the paths hold on disk (compressed, for ``.gz``), or None when one of them
    is standard input or cannot be stat'ed: then a progress bar has no total."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        try:
            total += os.stat(p).st_size
        except OSError:
            return None
    return total


class Meta(NamedTuple):
    """What every record of an item carries besides its amounts."""

    file: str
    id: str | None
    date: str | None
    date_from: str | None
    error: str | None = None  # set: the item is one error record, and its text is None


Item = tuple[Meta, int, "str | None"]


def text_items(name: str, encoding: str, date: str | None, advance=None) -> Iterator:
    """The items of one text file (its paragraphs), then its :class:`InputError` if it
    cannot be read to the end (the paragraphs before the bad line still come first)."""
    from fincli.extract import chunks
    from fincli.inputs import display_name, document

    try:
        lines, doc_date, date_from = document(name, encoding, date, advance)
        meta = Meta(display_name(name), None, doc_date, date_from)  # \xff for bad bytes
        for offset, text in chunks(lines):
            yield meta, offset, text
    except InputError as e:
        yield e


# -- dates ----------------------------------------------------------------------------------

_DOTTED = re.compile(
    r"(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
_EPOCH = re.compile(r"-?\d+(?:\.\d+)?")
DATE_FORMS = "ISO 2025-10-29, 2025.10.29, 2025-10-29 09:30:00+09:00 or epoch seconds"


def parse_date(value) -> dt.date:
    """The date a row's date field gives, or ValueError saying why none.

    * ISO 8601 dates and date-times: ``2025-10-29``, ``20251029``, ``2025-10-29T09:30:00Z``,
      ``2025-10-29 09:30:00+09:00``. A date-time gives the date written in it, in its own
      offset: that is the day the article carried.
    * Korean dotted dates: ``2025.10.29``, ``2025. 10. 29.``, ``2025.10.29 09:30``.
    * Epoch seconds, as a JSON number or a string of digits (a fraction is allowed): the UTC
      date. Eight digits are an ISO date (``20251029``), not a second of 1970. A date
      outside the years 1900–2200 is an error, so epoch milliseconds are never misread.
    """
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        raise ValueError(f"not a date ({_kind(value)}); expected {DATE_FORMS}")
    if isinstance(value, int | float | Decimal):
        return _epoch(Decimal(str(value)), value)
    s = str(value).strip()
    if _EPOCH.fullmatch(s) and not (len(s) == 8 and s.isdigit()):
        return _epoch(Decimal(s), s)
    m = _DOTTED.fullmatch(s)
    try:
        if m:
            y, mo, d, hh, mm, ss = m.groups()
            if hh is not None:
                dt.time(int(hh), int(mm), int(ss or 0))  # the time must be a time
            return dt.date(int(y), int(mo), int(d))
        if len(s) <= 10:
            return dt.date.fromisoformat(s)
        return dt.datetime.fromisoformat(s).date()
    except ValueError:
        raise ValueError(f"cannot read {s!r} as a date; expected {DATE_FORMS}") from None


def _epoch(seconds: Decimal, written) -> dt.date:
    try:
        whole = int(seconds.to_integral_value(rounding=ROUND_FLOOR))
        d = dt.datetime.fromtimestamp(whole, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError, InvalidOperation):
        d = None
    if d is None or not 1900 <= d.year <= 2200:
        raise ValueError(
            f"epoch {written} is not a date between 1900 and 2200; epoch seconds expected "
            "(milliseconds? divide by 1000)"
        )
    return d


def _kind(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true or false"
    if isinstance(v, int | float | Decimal):
        return "a number"
    if isinstance(v, dict):
        return "an object"
    return "a list" if isinstance(v, list) else type(v).__name__


# -- rows -----------------------------------------------------------------------------------


class Fields(NamedTuple):
    """Which fields of a row hold its text, date and id (``--text-field`` and friends)."""

    text: str = "text"
    date: str | None = None
    id: str | None = None


_MISSING = object()


def field(row: dict, path: str):
    """``row[path]``, else the dotted path into nested objects (``meta.date``), else
    :data:`_MISSING`."""
    if path in row:
        return row[path]
    cur = row
    for part in path.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return _MISSING
        cur = cur[part]
    return cur


def row_item(row: dict, file: str, line: int, fields: Fields, default_date: str | None) -> Item:
    """One archive row as an item: its text, id and date, or an error record."""
    from fincli.extract import DATE_WINDOW, find_date

    rid = f"{file}:{line}"
    if fields.id is not None:
        v = field(row, fields.id)
        if isinstance(v, str) and v or isinstance(v, int) and not isinstance(v, bool):
            rid = str(v)
    text = field(row, fields.text)
    if text is _MISSING:
        return _error(file, rid, f"no field {fields.text!r} (the text, --text-field)")
    if not isinstance(text, str):
        return _error(file, rid, f"field {fields.text!r} is not text ({_kind(text)})")
    date = date_from = None
    if fields.date is not None:
        v = field(row, fields.date)
        if v is not _MISSING and v is not None and v != "":
            try:
                date, date_from = parse_date(v).isoformat(), f"field: {fields.date}"
            except ValueError as e:
                return _error(file, rid, f"field {fields.date!r}: {e}")
    if date is None:
        found = find_date(text[:DATE_WINDOW])
        if found:
            date, date_from = found[0].isoformat(), f"text: {found[1]}"
        elif default_date:
            date, date_from = default_date, "--date"
    return Meta(file, rid, date, date_from), 0, text


def _error(file: str, rid: str, message: str) -> Item:
    return Meta(file, rid, None, None, message), 0, None


def _decode(raw: bytes, encoding: str, line: int) -> str:
    """A raw line as text, or ValueError naming the byte (an error record for its row)."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as e:
        hint = "; try --encoding cp949" if encoding.lower().replace("-", "") == "utf8" else ""
        raise ValueError(
            f"cannot decode byte {e.start} of line {line} as {encoding}{hint}"
        ) from None


def jsonl_items(
    lines: Iterable[bytes], file: str, fields: Fields, encoding: str, default_date: str | None
) -> Iterator[Item]:
    """An item per non-blank line of a JSON Lines archive."""
    import json

    for n, raw in enumerate(lines, 1):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = _decode(raw.rstrip(b"\r\n"), encoding, n)
        except ValueError as e:
            yield _error(file, f"{file}:{n}", str(e))
            continue
        try:
            row = json.loads(line, parse_float=Decimal)
        except ValueError as e:  # json.JSONDecodeError
            yield _error(file, f"{file}:{n}", f"not a JSON line ({e})")
            continue
        except RecursionError:
            yield _error(file, f"{file}:{n}", "JSON nested too deeply to read")
            continue
        if not isinstance(row, dict):
            yield _error(file, f"{file}:{n}", f"not a JSON object ({_kind(row)})")
            continue
        yield row_item(row, file, n, fields, default_date)


def csv_items(
    lines: Iterable[bytes], file: str, fields: Fields, encoding: str, default_date: str | None
) -> Iterator[Item]:
    """An item per record of a CSV archive with a header; a record's line is its first."""
    import csv

    numbered = _numbered_text(lines, file, encoding)
    reader = csv.reader(text for _, text in numbered)
    try:
        header = _next_record(reader)
        if header is None:
            return
        seen = reader.line_num
        while (values := _next_record(reader)) is not None:
            first, seen = seen + 1, reader.line_num
            if not values:
                continue
            if len(values) != len(header):
                yield _error(
                    file,
                    f"{file}:{first}",
                    f"{len(values)} fields where the header has {len(header)}",
                )
                continue
            yield row_item(
                dict(zip(header, values, strict=True)), file, first, fields, default_date
            )
    except csv.Error as e:
        raise InputError(f"{file}: line {reader.line_num}: not CSV ({e})") from None


def _next_record(reader) -> list[str] | None:
    """The reader's next record, read with a field size limit wide enough for an article in
    one field (the default is 128 KiB), and the module's limit put back for other readers."""
    import csv

    old = csv.field_size_limit(1 << 30)
    try:
        return next(reader, None)
    finally:
        csv.field_size_limit(old)


def _numbered_text(lines: Iterable[bytes], file: str, encoding: str) -> Iterator[tuple[int, str]]:
    for n, raw in enumerate(lines, 1):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield n, _decode(raw, encoding, n)
        except ValueError as e:  # a CSV record may span lines: the file stops here
            raise InputError(f"{file}: {e}") from None


def items(
    name: str,
    kind: str,
    fields: Fields,
    encoding: str,
    default_date: str | None,
    advance: Callable[[int], object] | None = None,
) -> Iterator[Item]:
    """The items of one archive file (``kind`` jsonl or csv), in order."""
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}") from None
    read = {"jsonl": jsonl_items, "csv": csv_items}[kind]
    label = "stdin" if name == "-" else name
    with BinaryLines(name, advance) as lines:
        yield from read(lines, label, fields, encoding, default_date)


def read(
    names: Iterable[str],
    kind: str,
    fields: Fields,
    encoding: str,
    date: str | None,
    advance: Callable[[int], object] | None = None,
) -> Iterator[Item | FincliError]:
    """The items of every input in turn (``kind``: text, jsonl or csv). An error row is its
    error item followed by a :class:`FincliError` for standard error; an input that cannot
    be read is its :class:`InputError`, where its items stop, and the next input goes on."""
    for name in names:
        if kind == "text":
            yield from text_items(name, encoding, date, advance)
            continue
        try:
            for item in items(name, kind, fields, encoding, date, advance):
                yield item
                meta = item[0]
                if meta.error is not None:
                    rid = meta.id or meta.file
                    where = rid if rid.startswith(meta.file) else f"{meta.file}: {rid}"
                    yield FincliError(f"{where}: {meta.error}")
        except InputError as e:
            yield e


def check_items(stream: Iterable[Item | FincliError], series) -> Iterator[dict | FincliError]:
    """check's records for a stream of items (each row an article of its own), with the
    row's ``id``; an error row is its record, and a row with a stated conversion but no date
    is an error for that row, not the end of the run."""
    from fincli.check import check_articles
    from fincli.extract import extract

    for item in stream:
        if isinstance(item, FincliError):
            yield item
            continue
        meta, offset, text = item
        if meta.error is not None:
            yield {"file": meta.file, "id": meta.id, "error": meta.error}
            continue
        found = ((meta.file, meta.date, meta.date_from, f) for f in extract(text or "", offset))
        for out in check_articles([found], series):
            if isinstance(out, UsageError):  # no date: an error for this row, not the run's
                message = "no date (no date field, no dateline, no --date)"
                yield {"file": meta.file, "id": meta.id, "error": message}
                yield FincliError(f"{meta.id}: {message}")
                break
            if isinstance(out, dict):
                out["id"] = meta.id
            yield out
