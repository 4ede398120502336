"""The command line: a thin skin over the library.

Only this module prints, reads standard input or exits. Errors from the library are mapped
to exit statuses in one place (:func:`main`); users see ``fincli: error: ...`` on stderr and
never a traceback unless they ask for one with ``--traceback``.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

import typer

from fincli.errors import ExitStatus, FincliError, InputError, UsageError
from fincli.report import group_thousands, short_rate

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Read money figures out of Korean financial news, exactly, and make them comparable.",
)
rates_app = typer.Typer(
    no_args_is_help=True, help="Dated exchange-rate series: show, list, import."
)
app.add_typer(rates_app, name="rates")

_state = {"traceback": False, "line_buffered": False}

FormatOpt = typer.Option("table", "--format", "-f", help="table, jsonl, csv or json.")
EncodingOpt = typer.Option(
    "utf-8", "--encoding", help="Input encoding, e.g. cp949 for old Korean archives."
)
FailFastOpt = typer.Option(False, "--fail-fast", help="Stop at the first line that fails.")


def warn(message: str) -> None:
    print(f"fincli: {message}", file=sys.stderr, flush=True)


def error(message: str) -> None:
    print(f"fincli: error: {message}", file=sys.stderr, flush=True)


@app.callback()
def _root(
    traceback: bool = typer.Option(
        False, "--traceback", help="Show Python tracebacks (debugging)."
    ),
    line_buffered: bool = typer.Option(
        False, "--line-buffered", help="Flush each record at once, even into a pipe."
    ),
):
    """fincli reads Korean and English money figures exactly and converts them at dated rates.

    Records go out as soon as they are made on a terminal; into a pipe they are buffered
    (much faster) unless --line-buffered is given, as with grep.
    """
    _state["traceback"] = traceback
    _state["line_buffered"] = line_buffered or sys.stdout.isatty()


def _check_format(fmt: str, allowed) -> None:
    if fmt not in allowed:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(allowed)}")


def iter_inputs(exprs: list[str] | None, encoding: str):
    """(label, text) for each argument, or for each line of standard input.

    A stdin line that cannot be decoded yields an :class:`InputError` in place of its text,
    so the stream goes on and the line still gets its record.
    """
    if exprs and exprs != ["-"]:
        for i, e in enumerate(exprs, 1):
            yield f"argument {i}", e
        return
    stream = sys.stdin.buffer
    for n, raw in enumerate(stream, 1):
        line = raw.rstrip(b"\r\n")
        if n == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        try:
            yield f"line {n}", line.decode(encoding)
        except UnicodeDecodeError as e:
            hint = "; try --encoding cp949" if encoding.lower().replace("-", "") == "utf8" else ""
            yield (
                f"line {n}",
                InputError(
                    f"cannot decode byte {e.start} of the line as {encoding}{hint}",
                    line.decode(encoding, errors="backslashreplace"),
                ),
            )
        except LookupError:
            raise UsageError(f"unknown encoding {encoding!r}") from None


def run_stream(exprs, encoding, fmt, fail_fast, keys, table_keys, handle, display=None) -> int:
    """The stream contract: one record per input, errors as records plus stderr, exit 1."""
    from fincli.report import Writer

    writer = Writer(
        fmt, sys.stdout, keys, table_keys, display=display, flush=_state["line_buffered"]
    )
    failed = False
    template = dict.fromkeys(keys)  # every record has the writer's keys in its order
    for label, text in iter_inputs(exprs, encoding):
        rec = template.copy()
        rec["input"] = text.text if isinstance(text, InputError) else text
        err = text if isinstance(text, InputError) else None
        if err is None:
            try:
                handle(text, label, rec)  # fills rec; what it filled stays if it then fails
            except FincliError as e:
                err = e
        if err is not None:
            failed = True
            rec["error"] = str(err)
            error(f"{label}: {err}")
        writer.write(rec)
        if err is not None and fail_fast:
            break
    writer.close()
    return ExitStatus.FAILED if failed else ExitStatus.OK


PARSE_KEYS = [
    "input",
    "value",
    "currency",
    "qualifier",
    "low",
    "high",
    "vague",
    "per",
    "korean",
    "english",
    "error",
]


@app.command()
def parse(
    exprs: list[str] = typer.Argument(
        None, help="Expressions; '-' or none reads stdin, one a line."
    ),
    fmt: str = FormatOpt,
    encoding: str = EncodingOpt,
    fail_fast: bool = FailFastOpt,
):
    """Parse written amounts ('2조4천억 원', '$50 billion') into exact values.

    One record per expression, in order. A line that does not parse gets a record with
    'error' and a message on stderr; the exit status is then 1.
    """
    _check_format(fmt, ("table", "jsonl", "csv", "json"))

    def handle(text: str, label: str, rec: dict) -> None:
        rec.update(_parse_fields(text))

    return run_stream(
        exprs,
        encoding,
        fmt,
        fail_fast,
        PARSE_KEYS,
        ["input", "value", "currency", "qualifier", "per", "korean", "english", "error"],
        handle,
        {"value": group_thousands},
    )


@lru_cache(maxsize=16384)
def _parse_fields(text: str) -> tuple[tuple[str, object], ...]:
    """parse's record for one expression (its fields, as an immutable tuple of pairs);
    like parse_amount, the last 16,384 distinct expressions are remembered."""
    from fincli.money import parse_amount

    fields = parse_amount(text).to_record()
    del fields["text"]  # the record's 'input' is the whole line as given
    return tuple(fields.items())


CONVERT_KEYS = [
    "input",
    "value",
    "currency",
    "to",
    "converted",
    "rate",
    "rate_date",
    "source",
    "converted_low",
    "converted_high",
    "requested",
    "error",
]


def _plain(d) -> str | None:
    if d is None:
        return None
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def _round_to_minor(d, code: str) -> str:
    from decimal import ROUND_HALF_EVEN, Decimal

    from fincli.currencies import minor_digits

    return format(d.quantize(Decimal(1).scaleb(-minor_digits(code)), rounding=ROUND_HALF_EVEN), "f")


def _code_option(value: str, option: str) -> str:
    from fincli.currencies import normalize_code
    from fincli.errors import UnknownCurrencyError

    try:
        return normalize_code(value)
    except UnknownCurrencyError as e:
        raise UsageError(f"{option}: {e}") from None


def _series_and_on(source: str, on: str | None):
    from fincli.rates import get_series, period_kind

    series = get_series(source)
    if on is None:
        on = series.last
        warn(f"note: no --on given; using the latest fixing of the {series.name} series, {on}")
    period_kind(on)
    return series, on


@app.command()
def convert(
    exprs: list[str] = typer.Argument(
        None, help="Expressions; '-' or none reads stdin, one a line."
    ),
    to: str = typer.Option(
        ..., "--to", "-t", help="Target currency (ISO code: USD, KRW, EUR, ...)."
    ),
    on: str = typer.Option(
        None,
        "--on",
        help="Date 2025-10-29, month 2025-10 (mean) or year 2025 (mean). Default: the series' latest fixing.",
    ),
    source: str = typer.Option(
        "ecb", "--source", "-s", help="ecb, fred, an imported series' name, or a CSV path."
    ),
    assume: str = typer.Option(
        None, "--from", help="Currency for amounts written without one (35조2000억)."
    ),
    fmt: str = FormatOpt,
    encoding: str = EncodingOpt,
    fail_fast: bool = FailFastOpt,
):
    """Convert written amounts into another currency at the rate of a date.

    The rate is units of --to per 1 unit of the amount's currency, exact to 28 digits; the
    converted amount is rounded to the target currency's minor unit on output only. A date
    with no fixing uses the latest earlier one (a note on stderr; rate_date shows it).
    """
    from fincli.errors import ParseError
    from fincli.money import parse_amount

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    to = _code_option(to, "--to")
    assume = _code_option(assume, "--from") if assume else None
    series, on = _series_and_on(source, on)

    def handle(text: str, label: str, rec: dict) -> None:
        a = parse_amount(text)
        cur = a.currency or assume
        rec.update(value=_plain(a.value), currency=cur, to=to, requested=on)
        if cur is None:
            raise ParseError(
                f"no currency written in {text.strip()!r}; write one (원, 달러) or pass --from KRW"
            )
        if cur == to:
            rec.update(
                rate="1", rate_date=on, source="identity", converted=_round_to_minor(a.value, to)
            )
            conv = lambda v: v  # noqa: E731
        else:
            r = series.lookup(cur, to, on)
            if r.substituted and r.fixings == 1:
                warn(f"note: {label}: no {series.name} fixing on {on}; used {r.date}")
            rec.update(
                rate=_plain(r.value),
                rate_date=r.date,
                source=r.source,
                converted=_round_to_minor(r.convert(a.value), to),
            )
            conv = r.convert
        if a.low is not None:
            rec["converted_low"] = _round_to_minor(conv(a.low), to)
            rec["converted_high"] = _round_to_minor(conv(a.high), to)

    return run_stream(
        exprs,
        encoding,
        fmt,
        fail_fast,
        CONVERT_KEYS,
        ["input", "value", "currency", "converted", "to", "rate", "rate_date", "source", "error"],
        handle,
        {"value": group_thousands, "converted": group_thousands, "rate": short_rate},
    )


@rates_app.command("show")
def rates_show(
    pair: str = typer.Argument(..., help="BASE/QUOTE, e.g. USD/KRW = KRW per 1 USD."),
    on: str = typer.Option(None, "--on", help="Date, month (mean) or year (mean)."),
    start: str = typer.Option(None, "--from", help="First date of a range."),
    end: str = typer.Option(None, "--to", help="Last date of a range."),
    source: str = typer.Option(
        "ecb", "--source", "-s", help="ecb, fred, an imported name or a CSV path."
    ),
    fmt: str = FormatOpt,
):
    """Show a rate on a date, or every fixing in a range (--from/--to)."""
    from fincli.rates import parse_pair, period_kind
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    base, quote = parse_pair(pair)
    keys = ["pair", "rate", "rate_date", "requested", "source", "fixings"]
    w = Writer(fmt, sys.stdout, keys, display={"rate": short_rate})
    if start or end:
        from fincli.rates import get_series

        series = get_series(source)
        s, e = start or series.first, end or series.last
        for d in (s, e):
            if period_kind(d) != "date":
                raise UsageError(f"--from and --to take dates (2025-10-01), not {d!r}")
        rows = series.history(base, quote, s, e)
        if not rows:
            raise FincliError(
                f"no {base}/{quote} fixings from {s} to {e} in the {series.name} series "
                f"(it covers {series.first} to {series.last})"
            )
        for d, v in rows:
            w.write(
                {
                    "pair": f"{base}/{quote}",
                    "rate": _plain(v),
                    "rate_date": d,
                    "requested": d,
                    "source": series.name,
                    "fixings": 1,
                }
            )
    else:
        series, on = _series_and_on(source, on)
        r = series.lookup(base, quote, on)
        if r.substituted and r.fixings == 1:
            warn(f"note: no {series.name} fixing on {on}; used {r.date}")
        w.write(
            {
                "pair": f"{base}/{quote}",
                "rate": _plain(r.value),
                "rate_date": r.date,
                "requested": on,
                "source": r.source,
                "fixings": r.fixings,
            }
        )
    w.close()
    return ExitStatus.OK


@rates_app.command("sources")
def rates_sources(fmt: str = FormatOpt):
    """List the rate series: shipped (ecb, fred) and imported, with coverage and provenance."""
    from fincli.rates import all_series
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    keys = ["name", "first", "last", "currencies", "title", "provenance"]
    w = Writer(fmt, sys.stdout, keys, ["name", "first", "last", "currencies", "title"])
    for s in all_series():
        w.write(
            {
                "name": s.name,
                "first": s.first,
                "last": s.last,
                "currencies": " ".join(s.codes)
                if fmt != "table" or len(s.codes) < 6
                else f"{len(s.codes)} currencies",
                "title": s.describe(),
                "provenance": s.meta.get("provenance") or s.meta.get("imported_from"),
            }
        )
    w.close()
    return ExitStatus.OK


@rates_app.command("import")
def rates_import(
    file: Path = typer.Argument(..., help="CSV in the ECB layout, the FRED layout, or date,rate."),
    name: str = typer.Option(
        None, "--name", help="Name to select it with --source (default: the file's name)."
    ),
    pair: str = typer.Option(
        None, "--pair", help="For a plain date,rate file: BASE/QUOTE, e.g. USD/KRW."
    ),
    layout: str = typer.Option("auto", "--layout", help="auto, ecb, fred or plain."),
):
    """Import a rate series from a CSV into the user data directory.

    Every row is validated first; a bad file changes nothing and the error names its first
    bad line. The store is $FINCLI_DATA_DIR (else ~/.local/share/fincli). An imported series
    never replaces the shipped ones: select it with --source NAME.
    """
    from fincli.rates import import_file

    if layout not in ("auto", "ecb", "fred", "plain"):
        raise UsageError(f"unknown layout {layout!r}; choose auto, ecb, fred or plain")
    s = import_file(file, name, pair, layout)
    print(f"imported {s.name}: {', '.join(s.codes)} from {s.first} to {s.last}", file=sys.stderr)
    return ExitStatus.OK


def read_lines(name: str, encoding: str):
    """Decoded lines (ends kept) of a file or of stdin ('-'); undecodable bytes are an
    :class:`InputError` naming the file, line and byte offset."""
    import codecs

    try:
        decoder = codecs.getincrementaldecoder(encoding)()
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}") from None
    try:
        fh = sys.stdin.buffer if name == "-" else open(name, "rb")
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror})") from None
    offset = 0
    try:
        for n, raw in enumerate(fh, 1):
            try:
                yield decoder.decode(raw)
            except UnicodeDecodeError as e:
                hint = (
                    " ; try --encoding cp949" if encoding.lower().replace("-", "") == "utf8" else ""
                )
                raise InputError(
                    f"{'stdin' if name == '-' else name}: line {n}: cannot decode byte "
                    f"{offset + e.start} (0x{raw[e.start]:02x}) as {encoding}{hint.replace(' ;', ';')}"
                ) from None
            offset += len(raw)
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tail
    except UnicodeDecodeError:
        raise InputError(
            f"{name}: the file ends inside a {encoding} character (byte {offset})"
        ) from None
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def _document(name: str, encoding: str, date: str | None):
    """(lines, date, date_from) for one input: the date from --date or the text's dateline."""
    from itertools import chain

    from fincli.extract import DATE_WINDOW, find_date

    lines = read_lines(name, encoding)
    head: list[str] = []
    size = 0
    try:
        for line in lines:
            head.append(line)
            size += len(line)
            if size >= DATE_WINDOW:
                break
    except InputError as e:  # raise it after the lines before it have been used
        lines = _raise_later(e)
    stream = chain(head, lines)
    if date:
        return stream, date, "--date"
    found = find_date("".join(head))
    if found:
        return stream, found[0].isoformat(), f"text: {found[1]}"
    return stream, None, None


def _raise_later(e: Exception):
    raise e
    yield  # a generator that raises when first read


def _date_option(date: str | None) -> str | None:
    if date is None:
        return None  # without --date, extract and check need no rate code at all
    from fincli.rates import period_kind

    if period_kind(date) != "date":
        raise UsageError(f"--date takes a date such as 2025-10-29, not {date!r}")
    return date


def _found_records(files, encoding, date):
    """(file, date, date_from, Found) for every amount in the inputs, in order."""
    from fincli.extract import extract_stream

    for name in files or ["-"]:
        lines, doc_date, date_from = _document(name, encoding, date)
        for f in extract_stream(lines):
            yield name, doc_date, date_from, f


def _extract_rows(name: str, encoding: str, date: str | None, jobs: int, fmt: str):
    """What extract's writer gets for every amount in one input, in order: a jsonl line or
    a record. With ``jobs`` > 1 worker processes make them, so the parent only writes."""
    from fincli.extract import chunks, extract_stream

    lines, doc_date, date_from = _document(name, encoding, date)
    meta = (name, doc_date, date_from, fmt)
    if jobs > 1:
        return _parallel(chunks(lines), jobs, meta)
    return _rows(extract_stream(lines), *meta)


def _rows(found, file: str, doc_date: str | None, date_from: str | None, fmt: str):
    from fincli.report import jsonl_line

    for f in found:
        rec = f.to_record(spellings=False)  # extract's columns have no spellings
        rec.update(file=file, date=doc_date, date_from=date_from)
        if fmt == "jsonl":
            yield jsonl_line(rec, EXTRACT_KEYS)
        else:
            yield _flatten(rec) if fmt == "csv" else rec


BATCH_CHARS = 256 * 1024


def _parallel(chunks, jobs: int, meta: tuple):
    """extract() over batches of paragraphs in ``jobs`` processes, in input order, with a
    bounded number of batches in flight so memory does not grow with the input."""
    import multiprocessing as mp
    from collections import deque

    def batches():
        batch, size = [], 0
        for ch in chunks:
            batch.append(ch)
            size += len(ch[1])
            if size >= BATCH_CHARS:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    with mp.get_context("fork").Pool(jobs, initializer=_worker_init) as pool:
        window: deque = deque()
        for batch in batches():
            window.append(pool.apply_async(_extract_batch, (batch, meta)))
            if len(window) > 2 * jobs:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which stops them and exits 130 without tracebacks."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_batch(batch, meta):
    from fincli.extract import extract

    return list(_rows((f for offset, text in batch for f in extract(text, offset)), *meta))


EXTRACT_KEYS = ["file", "start", "end", "text", "value", "currency", "qualifier", "low", "high",
                "vague", "per", "currency_inferred", "stated", "period", "date", "date_from",
                "context"]  # fmt: skip
# CSV has no nesting: 'stated' and 'period' become columns of their own
FLAT_FIELDS = {"stated": ("text", "start", "end", "value", "currency"),
               "period": ("kind", "years", "until", "text")}  # fmt: skip
EXTRACT_CSV_KEYS = [
    col for key in EXTRACT_KEYS
    for col in ([f"{key}_{sub}" for sub in FLAT_FIELDS[key]] if key in FLAT_FIELDS else [key])
]  # fmt: skip


def _flatten(rec: dict) -> dict:
    out = dict(rec)
    for key, subs in FLAT_FIELDS.items():
        nested = out.pop(key, None) or {}
        for sub in subs:
            out[f"{key}_{sub}"] = nested.get(sub)
    return out


@app.command()
def extract(
    files: list[str] = typer.Argument(None, help="Text files; '-' or none reads stdin."),
    date: str = typer.Option(
        None, "--date", help="The document date (default: the text's dateline)."
    ),
    fmt: str = FormatOpt,
    encoding: str = EncodingOpt,
    jobs: int = typer.Option(
        1, "--jobs", "-j", min=1, help="Worker processes (output is the same, in the same order)."
    ),
):
    """Find every amount in running text, with its offsets, stated conversion and period.

    One record per amount: start/end are offsets into the decoded text (Python string
    indices) and text is exactly that slice. A conversion stated beside an amount
    ('50억 달러(약 7조 원)') is its 'stated' object; the period it is spread over
    ('향후 5년간', '2031년까지', '연간') is its 'period'.
    """
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    date = _date_option(date)
    keys = EXTRACT_CSV_KEYS if fmt == "csv" else EXTRACT_KEYS
    table_keys = ["file", "start", "context", "value", "currency", "qualifier", "stated", "period"]
    w = Writer(
        fmt,
        sys.stdout,
        keys,
        table_keys if (files and len(files) > 1) else table_keys[1:],
        display={
            "value": group_thousands,
            "stated": lambda s: f"{s['text']}",
            "period": lambda p: " ".join(
                str(x) for x in (p["kind"], p["years"] or p["until"], f"({p['text']})") if x
            ),
        },
        flush=_state["line_buffered"],
    )
    status = ExitStatus.OK
    for name in files or ["-"]:
        try:
            for row in _extract_rows(name, encoding, date, jobs, fmt):
                w.write(row)
        except InputError as e:
            error(str(e))
            status = ExitStatus.USAGE
    w.close()
    return status


CHECK_KEYS = [
    "file",
    "text",
    "stated_text",
    "start",
    "end",
    "value",
    "currency",
    "stated_value",
    "stated_currency",
    "pair",
    "implied_rate",
    "rate",
    "rate_date",
    "source",
    "rate_low",
    "rate_high",
    "verdict",
    "deviation",
    "held_on",
    "held_last",
    "date",
    "date_from",
]


@app.command()
def check(
    files: list[str] = typer.Argument(None, help="Articles; '-' or none reads stdin."),
    date: str = typer.Option(None, "--date", help="The article's date (default: its dateline)."),
    source: str = typer.Option(
        "ecb", "--source", "-s", help="ecb, fred, an imported name or a CSV path."
    ),
    strict: bool = typer.Option(False, "--strict", help="Count 'loose' as a failure too."),
    registry: str = typer.Option(
        None, "--registry", help="Also check that a registry quotes its sources right."
    ),
    fmt: str = FormatOpt,
    encoding: str = EncodingOpt,
):
    """Check the conversions an article states against the real rate of its date.

    For each amount with a stated conversion ('50억 달러(약 7조 원)'): the implied rate, the
    interval of rates consistent with the precision written, the day's real rate, a verdict
    (ok, loose, suspect, unit-error), the deviation in percent, and when the implied rate
    last held. Exit 0 when all are ok or loose, 1 when any is suspect or unit-error (or loose
    with --strict), 2 for usage errors or unreadable input.
    """
    from fincli.check import check as check_one
    from fincli.rates import get_series
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    date = _date_option(date)
    series = get_series(source)
    w = Writer(
        fmt,
        sys.stdout,
        CHECK_KEYS,
        [
            "text",
            "stated_text",
            "implied_rate",
            "rate",
            "rate_date",
            "rate_low",
            "rate_high",
            "verdict",
            "deviation",
            "held_last",
        ],
        display={
            "implied_rate": short_rate,
            "rate": short_rate,
            "rate_low": short_rate,
            "rate_high": short_rate,
        },
    )
    bad = {"suspect", "unit-error"} | ({"loose"} if strict else set())
    status = ExitStatus.OK
    if registry:
        status = _check_registry(registry, series, w, bad)
    for name in files or ([] if registry else ["-"]):
        try:
            for file, doc_date, date_from, f in _found_records([name], encoding, date):
                if f.stated is None or not f.amount.currency:
                    continue
                if doc_date is None:
                    raise UsageError(f"{file}: no date found in the text; pass --date 2025-10-29")
                try:
                    rec = check_one(f.amount, f.stated, series, doc_date).to_record()
                except FincliError as e:
                    error(f"{file}: {f.amount.text} ({f.stated.text}): {e}")
                    status = max(status, ExitStatus.FAILED)
                    continue
                rec.update(file=file, date=doc_date, date_from=date_from)
                w.write(rec)
                if rec["verdict"] in bad:
                    status = max(status, ExitStatus.FAILED)
        except InputError as e:
            error(str(e))
            status = ExitStatus.USAGE
    w.close()
    return status


COMPARE_KEYS = [
    "id",
    "announcer",
    "amount_text",
    "currency",
    "amount",
    "announced",
    "to",
    "total",
    "usd",
    "krw",
    "rate",
    "rate_date",
    "source",
    "years",
    "per_year",
    "per_year_usd",
    "per_year_krw",
    "share",
    "verdict",
    "period_text",
    "tranches",
    "basis",
]


def _check_registry(path: str, series, w, bad) -> int:
    """Check each entry's quote against its source text, and its stated conversion."""
    from fincli.check import check as check_one
    from fincli.commitments import load, verify_quote

    status = ExitStatus.OK
    for c in load(path):
        problem = verify_quote(c)
        if problem:
            error(f"{c.path}:{c.line}: {c.id}: {problem}")
            status = ExitStatus.FAILED
        if c.stated is None:
            continue
        rec = check_one(c.amount, c.stated, series, c.announced.isoformat()).to_record()
        rec.update(
            file=f"{c.path}:{c.line} ({c.id})", date=c.announced.isoformat(), date_from="registry"
        )
        w.write(rec)
        if rec["verdict"] in bad:
            status = ExitStatus.FAILED
    return status


@app.command()
def compare(
    registry: str = typer.Argument(None, help="A registry TOML file (default: the shipped one)."),
    to: str = typer.Option("USD", "--to", "-t", help="Currency of the total and per-year columns."),
    at: str = typer.Option(
        "announcement", "--at", help="announcement, a date (2025-10-29), or tranche."
    ),
    source: str = typer.Option(
        "ecb", "--source", "-s", help="ecb, fred, an imported name or a CSV path."
    ),
    years_rule: str = typer.Option(
        "exact", "--years-rule", help="For 'by YYYY': exact, inclusive or exclusive."
    ),
    horizon: int = typer.Option(
        None, "--horizon", min=1, help="Years an annual amount runs (gives it a total)."
    ),
    discount: str = typer.Option(
        None, "--discount", help="Annual discount rate, e.g. 0.05: present values."
    ),
    sort: str = typer.Option("total", "--sort", help="total, per-year, date, announcer or id."),
    where: str = typer.Option(None, "--where", help="Only announcers containing this text."),
    locale: str = typer.Option("en", "--locale", help="en or ko: how the table writes numbers."),
    bar_of: str = typer.Option("per-year", "--bar", help="per-year or total: what the bar draws."),
    from_text: list[str] = typer.Option(
        None, "--from-text", help="Build rows from amounts in these articles instead."
    ),
    fmt: str = typer.Option("table", "--format", "-f", help="table, markdown, csv, jsonl or json."),
):
    """Compare all announced commitments: one currency, one date basis, per year.

    Each row is traceable: the amount as written, the rate and its date and source, the
    years it is spread over, and the verdict on the conversion its source stated.
    """
    from decimal import Decimal, InvalidOperation

    from fincli import commitments as cm
    from fincli.compare import SORTS
    from fincli.compare import compare as run_compare
    from fincli.rates import get_series, period_kind
    from fincli.report import Writer, bar, format_money, format_percent

    _check_format(fmt, ("table", "markdown", "csv", "jsonl", "json"))
    to = _code_option(to, "--to")
    if at not in ("announcement", "tranche") and period_kind(at) != "date":
        raise UsageError(f"--at takes announcement, tranche or a date, not {at!r}")
    for name, value, allowed in (
        ("--years-rule", years_rule, ("exact", "inclusive", "exclusive")),
        ("--sort", sort, tuple(SORTS)),
        ("--locale", locale, ("en", "ko")),
        ("--bar", bar_of, ("per-year", "total")),
    ):
        if value not in allowed:
            raise UsageError(f"{name} takes {', '.join(allowed)}, not {value!r}")
    rate = None
    if discount is not None:
        try:
            rate = Decimal(discount)
        except InvalidOperation:
            raise UsageError(f"--discount takes a rate such as 0.05, not {discount!r}") from None
        if not rate.is_finite() or rate <= -1:
            raise UsageError(f"--discount must be a rate above -1, not {discount!r}")
    series = get_series(source)
    entries = _entries_from_text(from_text) if from_text else cm.load(registry)
    if where:
        entries = [e for e in entries if where.lower() in e.announcer.lower()]
    rows = sorted(run_compare(entries, series, to, at, years_rule, horizon, rate), key=SORTS[sort])

    def plain(d):
        return None if d is None else _plain(d)

    def money(d, code):  # money is rounded to its minor unit on output; rates stay exact
        return None if d is None else _round_to_minor(d, code)

    records = []
    for r in rows:
        records.append(
            {
                "id": r.id,
                "announcer": r.announcer,
                "amount_text": r.amount_text,
                "currency": r.currency,
                "amount": plain(r.amount),
                "announced": r.announced.isoformat(),
                "to": r.to,
                "total": money(r.total, r.to),
                "usd": money(r.usd, "USD"),
                "krw": money(r.krw, "KRW"),
                "rate": plain(r.rate),
                "rate_date": r.rate_date,
                "source": r.source,
                "years": plain(r.years),
                "per_year": money(r.per_year, r.to),
                "per_year_usd": money(r.per_year_usd, "USD"),
                "per_year_krw": money(r.per_year_krw, "KRW"),
                "share": None if r.share is None else _plain(r.share.quantize(Decimal("0.0001"))),
                "verdict": r.verdict,
                "period_text": r.period_text,
                "tranches": {str(y): _plain(a) for y, a in r.spread.tranches},
                "basis": "; ".join(r.notes),
            }
        )
    if fmt in ("csv", "jsonl", "json"):
        w = Writer(fmt, sys.stdout, COMPARE_KEYS)
        for rec in records:
            w.write(rec)
        w.close()
        return ExitStatus.OK
    largest = max(
        (getattr(r, "per_year" if bar_of == "per-year" else "total") or 0 for r in rows), default=0
    )
    people = []
    for r in rows:
        people.append(
            {
                "announcer": r.announcer,
                "amount_text": r.amount_text + (f" ({r.period_text})" if r.period_text else ""),
                "total": format_money(r.total, to, locale),
                "krw": format_money(r.krw, "KRW", locale),
                "rate": f"{short_rate(_plain(r.rate))} ({r.rate_date})",
                "years": ""
                if r.years is None
                else _plain(r.years.quantize(Decimal("0.01"))).rstrip("0").rstrip("."),
                "per_year": format_money(r.per_year, to, locale),
                "share": format_percent(r.share, locale),
                "bar": bar(getattr(r, "per_year" if bar_of == "per-year" else "total"), largest),
                "verdict": r.verdict or "",
            }
        )
    total = sum((r.total for r in rows if r.total is not None), Decimal(0))
    total_krw = sum((r.krw for r in rows if r.krw is not None), Decimal(0))
    per_year = sum((r.per_year for r in rows if r.per_year is not None), Decimal(0))
    footer = [
        {
            "announcer": f"total ({len(rows)})",
            "total": format_money(total, to, locale),
            "krw": format_money(total_krw, "KRW", locale),
            "per_year": format_money(per_year, to, locale),
            "share": format_percent(Decimal(100) if total else None, locale),
        }
    ]
    headers = {
        "announcer": "announcer",
        "amount_text": "as written",
        "total": f"total {to}",
        "krw": "total KRW",
        "rate": "USD/KRW (date)",
        "years": "years",
        "per_year": f"per year {to}",
        "share": "share",
        "bar": f"{bar_of}",
        "verdict": "stated",
    }
    if to == "KRW":
        del headers["krw"]
    w = Writer(fmt, sys.stdout, list(headers), headers=headers)
    for rec in people:
        w.write(rec)
    w.close(footer=footer)
    basis = {
        "announcement": "each at the rate of its announcement date",
        "tranche": "each calendar-year tranche at that year's mean rate",
    }.get(at, f"all at the rate of {at}")
    print(
        f"\nRates: {series.name} ({series.describe()}), {basis}."
        + (f" Present values at {rate} a year." if rate is not None else ""),
        file=sys.stdout if fmt == "markdown" else sys.stderr,
    )
    return ExitStatus.OK


def _entries_from_text(files: list[str]):
    """Registry-like entries from the amounts found in articles (for --from-text)."""
    import datetime as dt

    from fincli.commitments import Commitment
    from fincli.periods import PeriodSpec

    out = []
    for name in files:
        for k, (_, doc_date, _, f) in enumerate(_found_records([name], "utf-8", None), 1):
            if doc_date is None:
                raise UsageError(
                    f"{name}: no date found in the text; put a dateline (date 2025-10-29) in it"
                )
            if not f.amount.currency or f.amount.vague:
                continue
            p = f.period
            spec = PeriodSpec(p.kind, p.text, p.years, p.until) if p else None
            subject = _subject(f.sentence, f.amount.text)
            out.append(
                Commitment(
                    id=f"{Path(name).stem}-{k}",
                    announcer=subject,
                    announced=dt.date.fromisoformat(doc_date),
                    source=f"{name} @{f.amount.start}",
                    amount_text=f.amount.text,
                    amount=f.amount,
                    stated_text=f.stated.text if f.stated else None,
                    stated=f.stated,
                    period_text=p.text if p else None,
                    period=spec,
                    path=name,
                )
            )
    return out


def _subject(sentence: str, amount_text: str) -> str:
    """The sentence's subject (the words before 은/는/이/가), else the words before the amount."""
    import re

    m = re.match(r"\s*(.{1,40}?)(?:은|는|이|가|와|과)\s", sentence)
    if m:
        return m.group(1).strip()
    before = sentence.split(amount_text)[0].strip()
    return before[-30:] or sentence[:30]


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app and map every outcome to an exit status."""
    try:
        status = app(args=argv, standalone_mode=False, prog_name="fincli")
        code = int(status or 0)
    except FincliError as e:
        if _state["traceback"]:
            raise
        error(str(e))
        code = int(e.exit_status)
    except typer.Exit as e:
        code = e.exit_code
    except typer.TyperException as e:  # usage errors from the command-line parser
        show = getattr(e, "show", None)
        show() if show else error(e.format_message())
        code = getattr(e, "exit_code", ExitStatus.USAGE) or ExitStatus.USAGE
    except (KeyboardInterrupt, typer.Abort):
        print(file=sys.stderr)
        code = ExitStatus.INTERRUPTED
    except BrokenPipeError:
        code = _quiet_pipe()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = _quiet_pipe()
    sys.exit(code)


def _quiet_pipe() -> int:
    """The reader went away (``| head``): stop quietly, as shell tools do (status 141)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 141
