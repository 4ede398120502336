"""``fincli rates``: show, list, import and update the dated rate series."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from fincli.cli.base import (
    FormatOpt,
    _check_format,
    _series_and_on,
    _state,
    as_error,
    error,
    rates_app,
    warn,
    write_all,
)
from fincli.errors import ExitStatus, InputError, UsageError
from fincli.report import short_rate


@rates_app.command("show")
def rates_show(
    pair: str = typer.Argument(..., help="BASE/QUOTE, e.g. USD/KRW = KRW per 1 USD."),
    on: str = typer.Option(None, "--on", help="Date, month (mean) or year (mean)."),
    start: str = typer.Option(None, "--from", help="First date of a range."),
    end: str = typer.Option(None, "--to", help="Last date of a range."),
    source: str = typer.Option(
        "ecb", "--source", "-s", help="ecb, fred, bok, an imported name or a CSV path."
    ),
    fmt: str = FormatOpt,
):
    """Show a rate on a date, or every fixing in a range (--from/--to)."""
    from fincli.rates import parse_pair
    from fincli.records import rate_history, rate_on
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    base, quote = parse_pair(pair)
    if on is not None and (start or end):
        raise UsageError("--on gives one date; --from/--to give a range: use one or the other")
    keys = ["pair", "rate", "rate_date", "requested", "source", "fixings"]
    w = Writer(fmt, sys.stdout, keys, display={"rate": short_rate})
    if start or end:
        from fincli.rates import get_series

        write_all(w, rate_history(get_series(source), base, quote, start, end))
        return ExitStatus.OK
    series, on = _series_and_on(source, on)
    rec, note = rate_on(series, base, quote, on)
    if note:
        warn(f"note: {note}")
    write_all(w, [rec])
    return ExitStatus.OK


@rates_app.command("sources")
def rates_sources(fmt: str = FormatOpt):
    """List the rate series: shipped, updated (rates update) and imported, with coverage,
    where the data came from, and its age (a series whose last fixing is more than 7 days
    old is marked stale)."""
    from fincli.rates.series import describe_each
    from fincli.records import source_row
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    keys = [
        "name",
        "first",
        "last",
        "currencies",
        "title",
        "provenance",
        "origin",
        "updated",
        "url",
        "sha256",
        "age_days",
        "stale",
        "error",
    ]
    if fmt == "table":
        keys = ["name", "first", "last", "age", "currencies", "origin"]
    w = Writer(fmt, sys.stdout, keys)
    status = ExitStatus.OK
    for rec, err in describe_each():
        if err is not None:
            error(f"series {rec['name']}: {rec['error']}")
            status = max(status, err.exit_status)
        w.write(source_row(rec) if fmt == "table" else rec)
    w.close()
    return status


@rates_app.command("import")
def rates_import(
    file: Path = typer.Argument(
        ..., help="CSV in the ECB layout, the FRED layout, or date,rate; '-' reads stdin."
    ),
    name: str = typer.Option(
        None, "--name", help="Name to select it with --source (default: the file's name)."
    ),
    pair: str = typer.Option(
        None, "--pair", help="For a plain date,rate file: BASE/QUOTE, e.g. USD/KRW."
    ),
    layout: str = typer.Option("auto", "--layout", help="auto, ecb, fred or plain."),
    replace: bool = typer.Option(
        False, "--replace", help="Replace a series of that name imported from another file."
    ),
):
    """Import a rate series from a CSV into the user data directory.

    Every row is validated first; a bad file changes nothing and the error names its first
    bad line. The store is $FINCLI_DATA_DIR (else ~/.local/share/fincli). An imported series
    never replaces the shipped ones: select it with --source NAME. A name already taken by a
    series from another file is refused unless --replace is given.
    """
    from fincli.rates import import_file

    if layout not in ("auto", "ecb", "fred", "plain"):
        raise UsageError(f"unknown layout {layout!r}; choose auto, ecb, fred or plain")
    data = None
    if str(file) == "-":
        if name is None:
            raise UsageError("importing from stdin needs --name")
        try:
            data = sys.stdin.buffer.read()
        except (AttributeError, OSError, ValueError) as e:
            raise InputError(f"cannot read stdin ({e})") from None
    s = import_file(file, name, pair, layout, replace=replace, data=data)
    if s.replaced:
        print(f"replaced {s.name} ({s.replaced})", file=sys.stderr)
    print(f"imported {s.name}: {', '.join(s.codes)} from {s.first} to {s.last}", file=sys.stderr)
    return ExitStatus.OK


UPDATE_KEYS = [
    "series",
    "status",
    "url",
    "bytes",
    "sha256",
    "first",
    "last",
    "added",
    "currencies",
    "error",
]


@rates_app.command("update")
def rates_update(
    names: list[str] = typer.Argument(
        None, help="ecb, fred and/or bok (default: ecb fred; bok needs an ECOS key)."
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Print what would be fetched; fetch and change nothing."
    ),
    timeout: float = typer.Option(
        30.0, "--timeout", min=0.1, max=600, help="Seconds to wait to connect and for each read."
    ),
    key: str = typer.Option(
        None,
        "--key",
        envvar="FINCLI_ECOS_KEY",
        show_envvar=True,
        show_default=False,
        help="The Bank of Korea ECOS API key (never printed).",
    ),
    fmt: str = FormatOpt,
):
    """Download the ECB, FRED and Bank of Korea rates, validate them, and store them.

    The only fincli command that uses the network. Each download is validated whole (the
    same rules as the shipped files) and refused, changing nothing, if it is not the series:
    an HTML page, an empty or truncated file, a zip without a CSV, a series ending earlier
    or lacking a currency of the copy it would replace. Then it replaces the stored copy
    atomically. ecb and fred keep the shipped data and read the download after its end; bok
    becomes --source bok. URLs: FINCLI_ECB_URL, FINCLI_FRED_URL, FINCLI_ECOS_URL override.
    """
    from fincli.rates.update import Outcome, planned
    from fincli.report import Writer

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    key = (key or "").strip()
    names = _update_names(names, key, dry_run)
    table_keys = ["series", "status", "first", "last", "added", "bytes", "sha256", "url"]
    w = Writer(fmt, sys.stdout, UPDATE_KEYS if fmt != "table" else table_keys)

    def mask(text: str) -> str:  # the key is never printed
        return text.replace(key, "***") if key else text

    if dry_run:
        plan = planned(names, key).items()
        write_all(w, (Outcome(n, "would fetch", [mask(u)]).record() for n, us in plan for u in us))
        return ExitStatus.OK
    status = [ExitStatus.OK]
    write_all(w, _updates(names, key, timeout, fmt, mask, status))
    return status[0]


def _update_names(names, key: str, dry_run: bool) -> list[str]:
    names = names or ["ecb", "fred"]
    for n in names:
        if n not in ("ecb", "fred", "bok"):
            raise UsageError(f"rates update takes ecb, fred or bok, not {n!r}")
    names = list(dict.fromkeys(names))
    if "bok" in names and not key and not dry_run:
        raise UsageError(
            "bok needs an ECOS API key: set FINCLI_ECOS_KEY or pass --key "
            "(free at https://ecos.bok.or.kr/api/#/AuthKeyApply)"
        )
    return names


def _updates(names, key, timeout, fmt, mask, status):
    """One record per series updated; a refusal or a bug in one series is its record's
    error (said on stderr, the status raised to the table's) and the next is still tried."""
    from fincli.rates.update import Outcome, update

    for n in names:
        try:
            out = update(n, key, timeout, log=lambda m: warn(mask(m)))
        except UsageError:
            raise
        except Exception as e:  # a refusal, or a bug in one series' update: the rest go on
            err = as_error(n, e)
            msg = mask(str(err)).removeprefix(f"{n}: ")
            error(f"{n}: {msg}")
            details = getattr(err, "details", "")
            if details and _state["traceback"] and sys.stderr is not None:
                sys.stderr.write(details)
            out = Outcome(n, "refused", error=msg)
            status[0] = max(status[0], err.exit_status)
        rec = out.record()
        if fmt == "table" and rec["sha256"]:
            rec["sha256"] = rec["sha256"][:12] + "…"
        yield rec
