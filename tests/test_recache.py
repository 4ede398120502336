"""fincli.recache: a pattern from the cache is the pattern re.compile makes, a damaged or
foreign cache file is compiled afresh, and a cache that cannot be written costs nothing."""

import re
from pathlib import Path

import pytest

from fincli import money, periods, recache

SOURCES = [
    (money.pattern().pattern, 0),
    (periods.grammar().pattern, re.I),
    (r"(?P<a>x)(?P<b>y)?|(?i:z)+", 0),
]
TEXTS = [
    (Path(__file__).parent / "articles" / "ai_investment_2025_10_29.txt").read_text("utf-8"),
    "약 2조4천억 원(미화 약 18억 달러)을 향후 5년간, 2026~2030년 연간 1천억 원 $50 billion",
    "xy XZzz xz",
]


def same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for text in TEXTS:
        got = [(m.span(), m.groupdict()) for m in a.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in b.finditer(text)]


def files(where: Path) -> list[Path]:
    return sorted((where / "regex").glob("*.bin")) if (where / "regex").exists() else []


@pytest.mark.parametrize("source,flags", SOURCES)
def test_cached_is_compiled(source, flags, tmp_path, monkeypatch):
    monkeypatch.setenv("FINCLI_CACHE_DIR", str(tmp_path))
    first = recache.compile(source, flags)  # compiled, and kept
    assert len(files(tmp_path)) == 1
    import re._parser

    def no_parse(*a, **k):
        raise AssertionError("parsed again: the cache was not used")

    with monkeypatch.context() as m:
        m.setattr(re._parser, "parse", no_parse)
        second = recache.compile(source, flags)  # from the file
    same(second, re.compile(source, flags))
    same(first, second)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # torn
        lambda b: b.replace(b'"key": "', b'"key": "0', 1),  # another pattern's
        lambda b: b[:-8] + b"\xff" * 8,  # code that is not what its header hashed
        lambda b: b"",
        lambda b: b"\x00garbage\n",
    ],
    ids=["torn", "other-key", "bad-code", "empty", "garbage"],
)
def test_a_damaged_file_is_compiled_afresh(damage, tmp_path, monkeypatch):
    monkeypatch.setenv("FINCLI_CACHE_DIR", str(tmp_path))
    source, flags = SOURCES[0]
    recache.compile(source, flags)
    (path,) = files(tmp_path)
    good = path.read_bytes()
    path.write_bytes(damage(good))
    same(recache.compile(source, flags), re.compile(source, flags))
    assert path.read_bytes() == good  # and written again


def test_code_that_the_engine_refuses_is_compiled_afresh(tmp_path, monkeypatch):
    """A file whose hash is right but whose code is not valid engine code (written by a
    buggy or hostile hand) is refused by _sre's check, and compiled afresh."""
    import hashlib
    import json

    monkeypatch.setenv("FINCLI_CACHE_DIR", str(tmp_path))
    source, flags = SOURCES[2]
    recache.compile(source, flags)
    (path,) = files(tmp_path)
    head, _, body = path.read_bytes().partition(b"\n")
    body = b"\x07\x00\x00\x00" * (len(body) // 4)
    meta = json.loads(head)
    meta["sha256"] = hashlib.sha256(body).hexdigest()
    path.write_bytes(json.dumps(meta).encode() + b"\n" + body)
    same(recache.compile(source, flags), re.compile(source, flags))


def test_off_and_unwritable(tmp_path, monkeypatch):
    source, flags = SOURCES[2]
    monkeypatch.setenv("FINCLI_CACHE_DIR", "")
    same(recache.compile(source, flags), re.compile(source, flags))
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("FINCLI_CACHE_DIR", str(blocker))
    same(recache.compile(source, flags), re.compile(source, flags))
    assert blocker.read_text() == "not a directory"


def test_the_default_place(monkeypatch, tmp_path):
    monkeypatch.delenv("FINCLI_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert recache.cache_dir() == tmp_path / "fincli"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert recache.cache_dir() == Path.home() / ".cache" / "fincli"
