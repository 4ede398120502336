"""``fincli compare``: all commitments in one currency, on one date basis, per year."""

from __future__ import annotations

import sys

import typer

from fincli.cli.base import _check_format, _code_option, app, report_error
from fincli.errors import ExitStatus, UsageError


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
    from decimal import DecimalException

    from fincli.numerals import ARITHMETIC

    try:  # a century of discounting must be representable (1e999999 is not; 1 - 1e-200 neither)
        base = ARITHMETIC.add(1, rate)
        ARITHMETIC.divide(1, ARITHMETIC.power(base, 100))
    except (DecimalException, ArithmeticError):
        raise UsageError(
            f"--discount {discount!r} cannot be worked with exactly; use a rate such as 0.05"
        ) from None
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
        None,
        "--horizon",
        min=1,
        max=100,
        help="Years an annual amount runs, 1 to 100 (gives it a total).",
    ),
    discount: str = typer.Option(
        None, "--discount", help="Annual discount rate, e.g. 0.05: present values."
    ),
    sort: str = typer.Option("total", "--sort", help="total, per-year, date, announcer or id."),
    where: str = typer.Option(None, "--where", help="Only announcers containing this text."),
    locale: str = typer.Option("en", "--locale", help="en or ko: how the table writes numbers."),
    bar_of: str = typer.Option("per-year", "--bar", help="per-year or total: what the bar draws."),
    from_text: list[str] = typer.Option(
        None,
        "--from-text",
        help="Build rows from amounts in this article instead (repeat it for each article).",
    ),
    fmt: str = typer.Option(
        "table", "--format", "-f", help="table, markdown, csv, jsonl, json or html (a page)."
    ),
    encoding: str = typer.Option(
        "utf-8", "--encoding", help="Encoding of the --from-text articles, e.g. cp949."
    ),
):
    """Compare all announced commitments: one currency, one date basis, per year.

    Each row is traceable: the amount as written, the rate and its date and source, the
    years it is spread over, and the verdict on the conversion its source stated.
    """
    from fincli.compare import basis_note, records_of
    from fincli.compare import compare as run_compare
    from fincli.rates import get_series

    _check_format(fmt, ("table", "markdown", "csv", "jsonl", "json", "html"))
    if from_text and registry:
        raise UsageError(
            f"compare reads a registry or --from-text articles, not both (got {registry!r} "
            "too); give each article its own --from-text: --from-text a.txt --from-text b.txt"
        )
    to = _code_option(to, "--to")
    _check_options(encoding, at, years_rule, sort, locale, bar_of)
    rate = _discount_option(discount)
    series = get_series(source)
    status = [ExitStatus.OK]

    def problem(err):  # an article with no dateline: its rows are missing
        report_error("", err)
        status[0] = max(status[0], err.exit_status)

    def skipped(err):  # an entry that cannot be compared: named, and the others go on
        report_error("", err)
        status[0] = max(status[0], ExitStatus.FAILED)

    entries = _entries(from_text, registry, encoding, problem)
    rows = run_compare(entries, series, to, at, years_rule, horizon, rate, where, sort, skipped)
    records = records_of(rows, skipped)
    if fmt in ("csv", "jsonl", "json", "html"):
        what = ", ".join(from_text) if from_text else registry or "the shipped registry"
        _write_records(fmt, records, rows, series, to, locale, bar_of, (at, rate), what)
        return status[0]
    _write_table(fmt, rows, to, locale, bar_of, basis_note(series, at, rate))
    return status[0]


def _check_options(encoding, at, years_rule, sort, locale, bar_of) -> None:
    from fincli.compare import SORTS
    from fincli.inputs import check_encoding
    from fincli.rates import period_kind

    check_encoding(encoding)
    at_is_date = False
    if at not in ("announcement", "tranche"):
        try:
            at_is_date = period_kind(at) == "date"
        except UsageError:
            pass
        if not at_is_date:
            raise UsageError(f"--at takes announcement, tranche or a date (2025-10-29), not {at!r}")
    _choice("--years-rule", years_rule, ("exact", "inclusive", "exclusive"))
    _choice("--sort", sort, tuple(SORTS))
    _choice("--locale", locale, ("en", "ko"))
    _choice("--bar", bar_of, ("per-year", "total"))


def _entries(from_text, registry, encoding, problem):
    """The entries to compare: from --from-text articles (an article with no dateline is a
    problem, its rows missing) or from the registry."""
    from fincli import commitments as cm
    from fincli.attribution import entries_from_text

    if not from_text:
        return cm.load(registry)
    entries, problems = entries_from_text(from_text, encoding)
    for p in problems:
        problem(p)
    return entries


def _write_records(fmt, records, rows, series, to, locale, bar_of, at_rate, what) -> None:
    """The records for scripts (csv, jsonl, json), or the page (html)."""
    from fincli.compare import COMPARE_KEYS, basis_note, table
    from fincli.report import Writer

    if fmt == "html":
        from fincli.html import compare_page

        basis = basis_note(series, *at_rate).strip()
        table_ = table(rows, to, locale, bar_of)
        sys.stdout.write(compare_page(records, table_, series, to, basis, what, locale))
        return
    w = Writer(fmt, sys.stdout, COMPARE_KEYS)
    try:
        for rec in records:
            w.write(rec)
    finally:
        w.close()


def _write_table(fmt, rows, to, locale, bar_of, basis) -> None:
    """The table for people (table, markdown), its footer, and the basis of its numbers."""
    from fincli.compare import table
    from fincli.report import Writer

    headers, people, footer = table(rows, to, locale, bar_of)
    w = Writer(fmt, sys.stdout, list(headers), headers=headers)
    for rec in people:
        w.write(rec)
    w.close(footer=footer)
    print(basis, file=sys.stdout if fmt == "markdown" else sys.stderr)
