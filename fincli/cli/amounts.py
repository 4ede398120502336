"""``fincli parse`` and ``fincli convert``: written amounts, one a line, to exact values and
to other currencies."""

from __future__ import annotations

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

    from fincli.records import parse_fields

    def handle(text: str, label: str, rec: dict) -> None:
        rec.update(parse_fields(text))

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
    from fincli.records import convert as convert_one

    _check_format(fmt, ("table", "jsonl", "csv", "json"))
    to = _code_option(to, "--to")
    assume = _code_option(assume, "--from") if assume is not None else None
    series, on = _series_and_on(source, on)

    def handle(text: str, label: str, rec: dict) -> None:
        convert_one(text, to, on, series, assume, rec, lambda n: warn(f"note: {label}: {n}"))

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
