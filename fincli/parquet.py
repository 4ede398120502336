"""``--format parquet``: the columns of ``--format csv`` in a Parquet file, with types
(``extract`` and ``check``).

Amounts are ``DECIMAL(38, 10)`` columns (Arrow's decimal128), not decimal strings: DuckDB,
Spark, pandas and Polars read them as exact decimals, so ``sum(value)`` is exact with no
cast, and 38 digits is the widest decimal those readers take (a decimal256 column reads as
a float in some of them, or not at all). Ten places after the point hold every fraction a
news figure is written with (a range's midpoint adds one digit); 28 before it hold 10^28,
ten thousand times 1해. A value outside that (more digits either side) stops the run with an
error naming the record, and no file is left: ``--format jsonl`` and ``csv`` keep every
digit. Offsets and years are int64, flags booleans, dates (the document's, check's
``rate_date`` and ``held_last``) date32, ``held_on`` the ``;``-joined text csv writes,
everything else text; what the records hold as null is null.

The file is written to ``FILE.partial`` beside the target and renamed into place when
complete, so an interrupted or failed run never leaves a truncated file under the name
asked for. Rows are written in row groups of :data:`ROW_GROUP` rows, so memory stays flat.
pyarrow is the optional extra ``archive`` and is imported only here.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Context, Decimal, Inexact, InvalidOperation

from fincli.errors import FincliError, UsageError

PRECISION, SCALE = 38, 10
ROW_GROUP = 16384
_EXP = Decimal(1).scaleb(-SCALE)
_CTX = Context(prec=PRECISION, traps=[Inexact, InvalidOperation])

# the type of each column of extract's and check's --format csv, by name; others are text
TYPES = {
    **dict.fromkeys(
        ["start", "end", "stated_start", "stated_end", "period_years", "period_until"], "int"
    ),
    **dict.fromkeys(["value", "low", "high", "stated_value"], "decimal"),
    # check's rates are written to four places and its deviation (percent) to two
    **dict.fromkeys(["implied_rate", "rate", "rate_low", "rate_high", "deviation"], "decimal"),
    **dict.fromkeys(["vague", "currency_inferred"], "bool"),
    **dict.fromkeys(["date", "rate_date", "held_last"], "date"),
}


def _pyarrow():
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
        import pyarrow.parquet as pq  # type: ignore[import-untyped]
    except ImportError:
        raise UsageError("--format parquet needs pyarrow: pip install 'fincli[archive]'") from None
    return pa, pq


def exact(value, column: str = "value", where: str = "") -> Decimal:
    """A decimal string as the Decimal the column stores, or an error when it does not fit."""
    d = Decimal(value)
    try:
        return d.quantize(_EXP, context=_CTX)
    except (Inexact, InvalidOperation):
        raise FincliError(
            f"{where}{column} {value} does not fit Parquet's DECIMAL({PRECISION},{SCALE}) "
            f"({PRECISION - SCALE} digits before the point, {SCALE} after); "
            "--format jsonl or csv keep every digit"
        ) from None


class ParquetWriter:
    """Writes flat rows (dicts keyed by ``columns``) to a Parquet file; :meth:`close` puts it
    in place, :meth:`abort` removes what was written."""

    def __init__(self, path: str, columns: list[str], types: dict | None = None):
        pa, pq = _pyarrow()
        self.pa, self.path, self.columns = pa, path, list(columns)
        types = TYPES if types is None else types
        self.kinds = [types.get(c, "text") for c in self.columns]
        arrow = {
            "int": pa.int64(),
            "decimal": pa.decimal128(PRECISION, SCALE),
            "bool": pa.bool_(),
            "date": pa.date32(),
            "text": pa.string(),
        }
        self.schema = pa.schema(
            [(c, arrow[k]) for c, k in zip(self.columns, self.kinds, strict=True)]
        )
        self.partial = f"{path}.partial"
        try:
            self._writer = pq.ParquetWriter(self.partial, self.schema, compression="zstd")
        except OSError as e:
            raise UsageError(f"--output {path}: cannot write ({e})") from None
        self._cols: list[list] = [[] for _ in self.columns]
        self._rows = 0

    def write(self, row: dict) -> None:
        for col, name, kind in zip(self._cols, self.columns, self.kinds, strict=True):
            v = row.get(name)
            if v is None or (v == "" and kind != "text"):
                col.append(None)
            elif kind == "decimal":
                col.append(exact(v, name, _where(row)))
            elif kind == "date":
                col.append(dt.date.fromisoformat(v))
            elif kind == "text" and not isinstance(v, str):
                from fincli.report import _cell

                col.append(_cell(v))  # lists and objects as --format csv writes them
            else:
                col.append(v)
        self._rows += 1
        if self._rows >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            arrays = [
                self.pa.array(col, type=f.type)
                for col, f in zip(self._cols, self.schema, strict=True)
            ]
            self._writer.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema))
            self._cols = [[] for _ in self.columns]
            self._rows = 0

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self.partial, self.path)

    def abort(self) -> None:
        try:
            self._writer.close()
        finally:
            try:
                os.unlink(self.partial)
            except OSError:
                pass


def _where(row: dict) -> str:
    parts = [str(row[k]) for k in ("id", "file") if row.get(k) is not None][:1]
    if row.get("start") is not None:
        parts.append(f"at {row['start']}")
    return " ".join(parts) + ": " if parts else ""
