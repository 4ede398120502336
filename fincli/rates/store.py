"""The user store of rate series: validated imports, replaced atomically under a lock.

Layout of ``$FINCLI_DATA_DIR/rates``::

    .lock                  taken (flock) by every writer: imports and updates never interleave
    .v/NAME.STAMP.RANDOM/  one version of series NAME: meta.json (written last) and columns
    NAME -> .v/NAME....    the current version, a symbolic link

A new version is written and synced in ``.v``, then a new link is renamed over ``NAME``.
That rename is the one step that changes what readers see, and it is atomic: a reader finds
the old version or the new one, never nothing, and a process killed at any point leaves one
of the two whole. Readers resolve the link once and read that version only. The version
before the current one is kept (a reader that opened it a moment ago can finish); older
ones, and the leftovers of killed writers, are removed by the next writer, under the lock.

A series directory of fincli 0.1 (``NAME`` a real directory) is moved into ``.v`` the first
time it is replaced; if that move is interrupted, the next writer puts the newest whole
version back.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
from contextlib import contextmanager
from pathlib import Path

from fincli.errors import DataFileError, UsageError
from fincli.rates.layouts import Table, _meta, parse_table, read_bytes
from fincli.rates.series import NAME_RULE, RESERVED, Series, user_rates_dir
from fincli.resources import rates_dir

VERSIONS = ".v"
KEEP = 2  # versions kept per series: the current one and the one before


def _store_error(e: OSError, where: Path) -> DataFileError:
    return DataFileError(
        f"cannot write the rate store ({e.strerror}); set FINCLI_DATA_DIR to a writable directory",
        str(where),
    )


@contextmanager
def locked(base: Path | None = None):
    """Hold the store's writer lock (created if need be)."""
    import fcntl

    base = base or user_rates_dir()
    try:
        (base / VERSIONS).mkdir(parents=True, exist_ok=True)
        lock = open(base / ".lock", "a")
    except OSError as e:
        raise _store_error(e, base) from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _tidy(base)
        yield base


def _write_dir(table: Table, d: Path, name: str, title: str, extra: dict | None, sizes: bool):
    """The columns, then meta.json, each synced: meta.json present means the version is whole."""
    meta = _meta(table, name, title, extra)
    written = {}
    for col, rows in table.columns.items():
        if rows:
            with open(d / f"{col}.csv", "w", encoding="ascii", newline="\n") as fh:
                fh.writelines(f"{dd},{v}\n" for dd, v in rows)
                fh.flush()
                os.fsync(fh.fileno())
                written[col] = fh.tell()
    if sizes:
        meta["sizes"] = written
    with open(d / "meta.json", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(meta, indent=1, sort_keys=True) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    _fsync_dir(d)


def _fsync_dir(d: Path) -> None:
    fd = os.open(d, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_series(
    table: Table, dest: Path, name: str, title: str, extra: dict | None = None
) -> None:
    """Write a validated table as a plain series directory, replacing ``dest`` whole.

    For the shipped series in the repository (``build``); the user store goes through
    :func:`install`, whose replacement readers never see half-done.
    """
    import shutil
    import tempfile

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=dest.parent))
    try:
        _write_dir(table, tmp, name, title, extra, sizes=False)
        old = None
        if dest.exists():
            old = dest.with_name(f".{name}.old.{os.getpid()}")
            os.rename(dest, old)
        os.rename(tmp, dest)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def install(base: Path, table: Table, name: str, title: str, extra: dict) -> Path:
    """Install ``table`` as the current version of ``name``; the caller holds :func:`locked`."""
    import time

    ns = time.time_ns()  # nanoseconds in the name: versions sort in the order written
    stamp = dt.datetime.fromtimestamp(ns // 10**9, dt.UTC).strftime("%Y%m%dT%H%M%S")
    stamp += f"{ns % 10**9:09d}"
    version = base / VERSIONS / f"{name}.{stamp}.{secrets.token_hex(4)}"
    link = base / name
    try:
        version.mkdir()
        try:
            _write_dir(table, version, name, title, extra, sizes=True)
        except BaseException:
            _rmtree(version)
            raise
        if link.is_dir() and not link.is_symlink():  # a fincli 0.1 series directory
            os.rename(link, base / VERSIONS / f"{name}.0-legacy.{secrets.token_hex(4)}")
        tmp_link = base / VERSIONS / f".link.{name}.{secrets.token_hex(4)}"
        os.symlink(Path(VERSIONS) / version.name, tmp_link)
        os.replace(tmp_link, link)  # the one step readers can see
        _fsync_dir(base)
    except OSError as e:
        raise _store_error(e, base) from None
    _tidy(base)
    return version


def _versions(base: Path) -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    for p in (base / VERSIONS).iterdir():
        m = re.fullmatch(r"([a-z0-9][a-z0-9_-]*)\.([0-9T]+|0-legacy)\.[0-9a-f]+", p.name)
        if m:
            out.setdefault(m.group(1), []).append(p)
    for v in out.values():
        v.sort(key=lambda p: p.name.split(".")[1])
    return out


def _tidy(base: Path) -> None:
    """Under the lock: put back a series an interrupted move left without a link, and remove
    what killed writers left (temporary links and folders) and versions beyond :data:`KEEP`."""
    try:
        versions = _versions(base)
        for name, vs in versions.items():
            link = base / name
            current = os.path.realpath(link) if link.is_symlink() else None
            if not os.path.lexists(link):
                whole = [v for v in vs if (v / "meta.json").is_file()]
                if whole:  # recover: point at the newest whole version
                    tmp_link = base / VERSIONS / f".link.{name}.{secrets.token_hex(4)}"
                    os.symlink(Path(VERSIONS) / whole[-1].name, tmp_link)
                    os.replace(tmp_link, link)
                    current = str(whole[-1].resolve())
            keep = {current}
            whole = [v for v in vs if (v / "meta.json").is_file()]
            older = [v for v in whole if str(v.resolve()) != current]
            keep.update(str(v.resolve()) for v in older[-(KEEP - 1) :] if KEEP > 1)
            for v in vs:
                if str(v.resolve()) not in keep:
                    _rmtree(v)
        for p in (base / VERSIONS).iterdir():
            if p.name.startswith(".link."):
                p.unlink(missing_ok=True)
        for p in base.iterdir():  # fincli 0.1 temporary folders: .NAME.xxxxxxxx, .NAME.old.PID
            if p.name.startswith(".") and p.name not in (".lock", VERSIONS) and p.is_dir():
                _rmtree(p)
    except OSError:
        pass  # tidying is best effort; it never blocks an import


def _rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def default_name(path: Path) -> str:
    """The name an import gets from its file name: letters and digits, lower-case, runs of
    anything else as one '-' (``USD_KRW 2025.csv`` → ``usd_krw-2025``)."""
    return re.sub(r"[^a-z0-9_]+", "-", path.stem.lower()).strip("-")[:64]


def check_name(name: str, explicit: bool, path: Path) -> str:
    if not explicit and not NAME_RULE.fullmatch(name):
        raise UsageError(
            f"cannot make a source name from the file name {path.name!r} (names are ASCII "
            f"letters, digits, - and _); give one with --name"
        )
    if name.lower() in RESERVED:
        raise UsageError(
            f"cannot import as {name!r}: {', '.join(RESERVED)} are fincli's own series "
            f"(fincli rates update refreshes them); pick another --name"
        )
    if not NAME_RULE.fullmatch(name):
        raise UsageError(
            f"cannot import as {name!r}: a name is 1 to 64 lower-case ASCII letters, digits, "
            f"- or _, starting with a letter or digit"
        )
    return name


def _origin(path: Path) -> str:
    """What `imported_from` records: the file's real path, or 'stdin' for a pipe."""
    if str(path) in ("-", "/dev/stdin"):
        return "stdin"
    try:
        real = path.resolve()
        return str(real) if real.is_file() else str(path)
    except OSError:
        return str(path)


def import_file(
    path: Path,
    name: str | None = None,
    pair: str | None = None,
    layout: str = "auto",
    replace: bool = False,
    data: bytes | None = None,
) -> Series:
    """Validate every row of ``path``, then install it as user series ``name``.

    Nothing changes unless the whole file is good; concurrent imports are serialised by a
    lock. A series of that name imported from another file is replaced only with
    ``replace``; re-importing the same file replaces it. ``data`` is the file's bytes when
    the caller has read them already (standard input); ``sha256`` is always the hash of the
    bytes validated.
    """
    explicit = name is not None
    name = check_name(name if name is not None else default_name(path), explicit, path)
    raw = data if data is not None else read_bytes(path)
    table = parse_table(raw, "stdin" if str(path) == "-" else str(path), pair, layout)
    origin = _origin(path)
    with locked() as base:
        link = base / name
        replaced = None
        if os.path.lexists(link):
            try:
                old = Series(link.resolve(), name)
                same = old.meta.get("imported_from") == origin and origin != "stdin"
            except DataFileError:
                old, same = None, False
            if not (replace or same):
                what = (
                    f"imported from {old.meta.get('imported_from')} on "
                    f"{old.meta.get('imported_at', '?')[:10]}"
                    if old
                    else "unreadable"
                )
                raise UsageError(
                    f"a series named {name!r} exists ({what}); pass --replace to replace it, "
                    f"or --name to import beside it"
                )
            replaced = (
                f"was {' '.join(old.codes)} {old.first} to {old.last} from "
                f"{old.meta.get('imported_from')}"
                if old
                else "was unreadable"
            )
        install(
            base,
            table,
            name,
            f"imported from {path.name if origin != 'stdin' else 'stdin'}",
            {
                "imported_from": origin,
                "sha256": table.sha256,
                "bytes": table.size,
                "imported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
        )
    series = Series((base / name).resolve(), name)
    series.replaced = replaced
    return series


# -- building the shipped series from the raw files ----------------------------------------


def build_shipped(root: Path | None = None) -> None:
    from fincli.rates.layouts import read_table

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
