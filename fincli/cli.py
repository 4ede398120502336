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
from fincli.report import plain as _plain
from fincli.report import round_to_minor as _round_to_minor

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


def run_stream(exprs, encoding, fmt, fail_fast, keys, table_keys, handle, display=None) -> int:
    """The stream contract: one record per input, errors as records plus stderr, exit 1."""
    from fincli.inputs import iter_inputs
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


def _date_option(date: str | None) -> str | None:
    if date is None:
        return None  # without --date, extract and check need no rate code at all
    from fincli.rates import period_kind

    if period_kind(date) != "date":
        raise UsageError(f"--date takes a date such as 2025-10-29, not {date!r}")
    return date


def _write(w, outcomes, failing=frozenset()) -> int:
    """Write each record and report each error on stderr, going on after both; the exit
    status they come to (a record whose verdict is in ``failing`` counts as a failure)."""
    status = ExitStatus.OK
    for out in outcomes:
        if isinstance(out, FincliError):
            error(str(out))
            status = max(status, out.exit_status)
            continue
        w.write(out)
        if failing and out["verdict"] in failing:
            status = max(status, ExitStatus.FAILED)
    return status


EXTRACT_TABLE_KEYS = [
    "file",
    "start",
    "context",
    "value",
    "currency",
    "qualifier",
    "stated",
    "period",
]
EXTRACT_DISPLAY = {
    "value": group_thousands,
    "stated": lambda s: f"{s['text']}",
    "period": lambda p: " ".join(
        str(x) for x in (p["kind"], p["years"] or p["until"], f"({p['text']})") if x
    ),
}


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
    from fincli.extract import EXTRACT_CSV_KEYS, EXTRACT_KEYS
    from fincli.parallel import extract_files
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    date = _date_option(date)
    keys = EXTRACT_CSV_KEYS if fmt == "csv" else EXTRACT_KEYS
    table_keys = EXTRACT_TABLE_KEYS if (files and len(files) > 1) else EXTRACT_TABLE_KEYS[1:]
    w = Writer(
        fmt, sys.stdout, keys, table_keys, display=EXTRACT_DISPLAY, flush=_state["line_buffered"]
    )
    status = _write(w, extract_files(files or ["-"], encoding, date, jobs, fmt))
    w.close()
    return status


CHECK_TABLE_KEYS = ["text", "stated_text", "implied_rate", "rate", "rate_date", "rate_low",
                    "rate_high", "verdict", "deviation", "held_last"]  # fmt: skip


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
    from itertools import chain

    from fincli.check import CHECK_KEYS, check_articles, failing
    from fincli.inputs import found_records
    from fincli.rates import get_series
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    date = _date_option(date)
    series = get_series(source)
    rates = dict.fromkeys(("implied_rate", "rate", "rate_low", "rate_high"), short_rate)
    w = Writer(fmt, sys.stdout, CHECK_KEYS, CHECK_TABLE_KEYS, display=rates)
    from_registry = ()
    if registry:
        from fincli.commitments import check_registry

        from_registry = check_registry(registry, series)
    names = files or ([] if registry else ["-"])
    articles = (found_records([name], encoding, date) for name in names)
    status = _write(w, chain(from_registry, check_articles(articles, series)), failing(strict))
    w.close()
    return status


def _choice(option: str, value: str, allowed) -> None:
    if value not in allowed:
        raise UsageError(f"{option} takes {', '.join(allowed)}, not {value!r}")


def _discount_option(discount: str | None):
    from decimal import Decimal, InvalidOperation

    if discount is None:
        return None
    try:
        rate = Decimal(discount)
    except InvalidOperation:
        raise UsageError(f"--discount takes a rate such as 0.05, not {discount!r}") from None
    if not rate.is_finite() or rate <= -1:
        raise UsageError(f"--discount must be a rate above -1, not {discount!r}")
    return rate


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
    from fincli import commitments as cm
    from fincli.attribution import entries_from_text
    from fincli.compare import COMPARE_KEYS, SORTS, basis_note, record, table
    from fincli.compare import compare as run_compare
    from fincli.rates import get_series, period_kind
    from fincli.report import Writer

    _check_format(fmt, ("table", "markdown", "csv", "jsonl", "json"))
    to = _code_option(to, "--to")
    if at not in ("announcement", "tranche") and period_kind(at) != "date":
        raise UsageError(f"--at takes announcement, tranche or a date, not {at!r}")
    _choice("--years-rule", years_rule, ("exact", "inclusive", "exclusive"))
    _choice("--sort", sort, tuple(SORTS))
    _choice("--locale", locale, ("en", "ko"))
    _choice("--bar", bar_of, ("per-year", "total"))
    rate = _discount_option(discount)
    series = get_series(source)
    entries = entries_from_text(from_text) if from_text else cm.load(registry)
    rows = run_compare(entries, series, to, at, years_rule, horizon, rate, where, sort)
    records = [record(r) for r in rows]
    if fmt in ("csv", "jsonl", "json"):
        w = Writer(fmt, sys.stdout, COMPARE_KEYS)
        for rec in records:
            w.write(rec)
        w.close()
        return ExitStatus.OK
    headers, people, footer = table(rows, to, locale, bar_of)
    w = Writer(fmt, sys.stdout, list(headers), headers=headers)
    for rec in people:
        w.write(rec)
    w.close(footer=footer)
    print(basis_note(series, at, rate), file=sys.stdout if fmt == "markdown" else sys.stderr)
    return ExitStatus.OK


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
