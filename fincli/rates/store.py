"""The user store of rate series: validated imports, replaced atomically under a lock."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

from fincli.errors import UsageError
from fincli.rates.layouts import Table, _meta, read_table
from fincli.rates.series import SHIPPED, Series, user_rates_dir
from fincli.resources import rates_dir


def write_series(
    table: Table, dest: Path, name: str, title: str, extra: dict | None = None
) -> None:
    """Write a validated table as a series directory, atomically (a rename at the end)."""
    import tempfile

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=dest.parent))
    try:
        meta = _meta(table, name, title, extra)
        for col, rows in table.columns.items():
            if rows:
                with open(tmp / f"{col}.csv", "w", encoding="ascii", newline="\n") as fh:
                    fh.writelines(f"{d},{v}\n" for d, v in rows)
                    fh.flush()
                    os.fsync(fh.fileno())
        (tmp / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")
        old = None
        if dest.exists():
            old = dest.with_name(f".{name}.old.{os.getpid()}")
            os.rename(dest, old)
        os.rename(tmp, dest)
        if old is not None:
            _rmtree(old)
    except BaseException:
        _rmtree(tmp)
        raise


def _rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def import_file(
    path: Path, name: str | None = None, pair: str | None = None, layout: str = "auto"
) -> Series:
    """Validate every row of ``path``, then install it as user series ``name``.

    Nothing changes unless the whole file is good; concurrent imports are serialised by a lock.
    """
    import fcntl
    import hashlib

    name = name or re.sub(r"[^A-Za-z0-9_-]+", "-", path.stem).strip("-").lower() or "user"
    if name in SHIPPED or not re.fullmatch(r"[A-Za-z0-9_-]+", name):
        raise UsageError(
            f"cannot import as {name!r}: pick a name of letters, digits, - or _ "
            f"other than {', '.join(SHIPPED)}"
        )
    table = read_table(path, pair, layout)
    base = user_rates_dir()
    base.mkdir(parents=True, exist_ok=True)
    with open(base / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        write_series(
            table,
            base / name,
            name,
            f"imported from {path.name}",
            {
                "imported_from": str(path.resolve()),
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "imported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
        )
    return Series(base / name)


# -- building the shipped series from the raw files ----------------------------------------


def build_shipped(root: Path | None = None) -> None:
    root = root or rates_dir()
    ecb = read_table(root / "eurofxref-hist.csv", layout="ecb")
    write_series(
        ecb,
        root / "compact" / "ecb",
        "ecb",
        "European Central Bank euro foreign exchange reference rates (units per 1 EUR)",
        {"provenance": "Source: ECB. eurofxref-hist.csv, see rates/README.md"},
    )
    fred = read_table(root / "DEXKOUS.csv", layout="fred")
    write_series(
        fred,
        root / "compact" / "fred",
        "fred",
        "Federal Reserve H.10 DEXKOUS, KRW per 1 USD, noon buying rates in New York",
        {
            "provenance": "Board of Governors of the Federal Reserve System (US), DEXKOUS, "
            "retrieved from FRED; see rates/README.md"
        },
    )
