"""Large regular expressions compiled once per Python, not once per start.

``re.compile`` of fincli's number pattern takes ~20 ms of Python (parsing it and building its
character sets), paid by every command on every start, a sixth of ``fincli parse``'s start-up.
:func:`compile` keeps what the compile step produces, the regex engine's code (a list of
integers), in the user's cache directory the first time, and hands it straight to the engine
(``_sre.compile``, which checks the code before it accepts it) afterwards, as Python does with
a module's bytecode in ``__pycache__``. The cached form is keyed by the interpreter (its cache
tag and the engine's ``MAGIC``) and by the sha256 of the pattern and flags, and carries the
sha256 of its code: any other file, a torn write or another Python's file is ignored and
compiled afresh. Anything unexpected (no ``_sre``, another engine, a directory that cannot be
written) falls back to ``re.compile``, so the cache only ever makes a start faster.

The directory is ``$FINCLI_CACHE_DIR``, else ``$XDG_CACHE_HOME/fincli``, else
``~/.cache/fincli``; ``FINCLI_CACHE_DIR=`` (empty) turns the cache off. It holds a few files of
~100 KB and may be deleted at any time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path


def cache_dir() -> Path | None:
    """Where compiled patterns are kept, or None when the cache is off."""
    env = os.environ.get("FINCLI_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    try:
        return (Path(xdg) if xdg else Path.home() / ".cache") / "fincli"
    except RuntimeError:  # no home directory to be found
        return None


def compile(source: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (re.compile's name)
    """``re.compile(source, flags)``, from the cached engine code when there is some."""
    try:
        import _sre  # type: ignore[import-not-found]  # the engine, with no stubs
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # another Python: nothing to cache
        return re.compile(source, flags)
    where = cache_dir()
    if where is None:
        return re.compile(source, flags)
    flags = int(flags)
    key = hashlib.sha256(f"{flags}\0{source}".encode("utf-8", "surrogatepass")).hexdigest()
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    path = where / "regex" / f"{tag}-{key[:32]}.bin"
    try:
        return _load(path, source, key, _sre)
    except Exception:  # absent, torn, another file: compile it and keep it for next time
        pass
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        spec = [flags | parsed.state.flags, parsed.state.groups - 1, groupindex, indexgroup]
        rx = _sre.compile(source, spec[0], code, spec[1], groupindex, tuple(indexgroup))
    except Exception:  # an engine that works otherwise
        return re.compile(source, flags)
    _store(path, key, spec, code, _sre.CODESIZE)
    return rx


def _load(path: Path, source: str, key: str, _sre) -> re.Pattern:
    data = path.read_bytes()
    head, _, body = data.partition(b"\n")
    meta = json.loads(head)
    if meta["key"] != key or meta["sha256"] != hashlib.sha256(body).hexdigest():
        raise ValueError("not this pattern's code")
    code = _codes(body, _sre.CODESIZE)
    flags, groups, groupindex, indexgroup = meta["spec"]
    return _sre.compile(source, flags, code, groups, groupindex, tuple(indexgroup))


def _codes(body: bytes, size: int) -> list[int]:
    from array import array

    codes = array("I" if size == 4 else "H")
    if codes.itemsize != size:
        raise ValueError("no array type of the engine's code size")
    codes.frombytes(body)
    return codes.tolist()


def _store(path: Path, key: str, spec: list, code: list[int], size: int) -> None:
    from array import array

    try:
        codes = array("I" if size == 4 else "H", code)
        if codes.itemsize != size:
            return
        body = codes.tobytes()
        head = json.dumps({"key": key, "sha256": hashlib.sha256(body).hexdigest(), "spec": spec})
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_bytes(head.encode() + b"\n" + body)
            os.replace(tmp, path)  # whole or not at all, whoever else writes at the same time
        finally:
            tmp.unlink(missing_ok=True)
    except (OSError, ValueError, OverflowError):
        pass  # a cache that cannot be written only costs the next start its compile
