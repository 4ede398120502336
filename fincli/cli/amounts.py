"""``fincli parse`` and ``fincli convert``: written amounts, one a line, to exact values and
to other currencies."""

from __future__ import annotations

from functools import lru_cache

import typer

from fincli.cli.base import (
    EncodingOpt,
    FailFastOpt,
    FormatOpt,
    _check_format,
    _code_option,
    _series_and_on,
    app,
    run_stream,
    warn,
)
from fincli.report import group_thousands, short_rate
from fincli.report import plain as _plain
from fincli.report import round_to_minor as _round_to_minor

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
        "ecb",
        "--source",
        "-s",
        help="ecb, fred, bok (after rates update bok), an imported series' name, or a CSV path.",
    ),
    assume: str | None = typer.Option(
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
    assume = _code_option(assume, "--from") if assume is not None else None
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
                warn(
                    f"note: {label}: no {series.name} fixing on {on}; used {r.date}"
                    + series.past_end_note(r)
                )
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
