"""extract's jsonl lines written straight from the amounts (JsonlLines.of_item) are byte for
byte the lines jsonl_line writes for the records to_record makes: on every amount of the real
news corpus, the seed articles and a generated bench corpus, for text inputs and archive rows,
and for arbitrary values of every field."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fincli.archive import Meta, row_keys
from fincli.extract import EXTRACT_KEYS, JsonlLines, _json_value, chunks, extract
from fincli.money import Amount
from fincli.report import jsonl_line

HERE = Path(__file__).parent


def generic(meta: Meta, found, keys) -> list[str]:
    out = []
    for f in found:
        rec = f.to_record(spellings=False)
        rec.update(file=meta.file, id=meta.id, date=meta.date, date_from=meta.date_from)
        rec["error"] = meta.error
        out.append(jsonl_line(rec, keys))
    return out


def texts():
    for line in (HERE / "corpus" / "real_news.jsonl").read_text(encoding="utf-8").splitlines():
        yield json.loads(line)["text"]
    for path in sorted((HERE / "articles").glob("*.txt")):
        yield path.read_text(encoding="utf-8")


def bench_corpus(tmp_path_factory) -> str:
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("gen") / "corpus.txt"
    gen = HERE.parent / "bench" / "gen.py"
    subprocess.run([sys.executable, str(gen), "corpus", str(out), "--mb", "0.3"], check=True)
    return out.read_text(encoding="utf-8")


METAS = [
    Meta("a.txt", None, "2025-10-29", "text: 2025.10.29"),
    Meta('dir/"odd"\\name\u00e9.txt', None, None, None),
    Meta("arch.jsonl", "row-7", "2025-01-02", "field: published"),
]


@pytest.mark.parametrize("keys", [EXTRACT_KEYS, row_keys(EXTRACT_KEYS)], ids=["text", "archive"])
def test_every_amount_of_the_corpora(keys, tmp_path_factory):
    shape = JsonlLines(keys)
    assert shape.fast
    n = 0
    for text in [*texts(), bench_corpus(tmp_path_factory)]:
        for offset, chunk in chunks(text.splitlines(keepends=True)):
            for meta in METAS:
                found = extract(chunk, offset)
                assert shape.of_item(meta, found) == generic(meta, found, keys)
                n += len(found)
    assert n > 3000  # the corpora really hold amounts of every kind


def test_other_columns_take_the_generic_path():
    keys = ["text", "value", "file"]
    shape = JsonlLines(keys)
    assert not shape.fast
    found = extract("약 2조4천억 원(미화 약 18억 달러)을 향후 5년간 투자")
    assert shape.of_item(METAS[0], found) == generic(METAS[0], found, keys)


values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.text(),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x3000)),
)


@given(values)
def test_a_value_is_written_as_the_encoder_writes_it(v):
    assert _json_value(v) == json.dumps(v, ensure_ascii=False)


@given(
    st.text(), st.text(), st.one_of(st.none(), st.text()), st.one_of(st.none(), st.text()),
    st.booleans(), st.booleans(), st.text(),
)  # fmt: skip
def test_arbitrary_fields(text, file, rid, qualifier, vague, inferred, context):
    from decimal import Decimal

    from fincli.extract import Found, Period

    a = Amount(text, Decimal("1.5E+3"), "KRW", 3, 9, qualifier, None, None, vague, None, 0)
    s = Amount(text[::-1], Decimal("-2"), None, 10, 12, None)
    f = Found(a, s, Period("over", text, 0, 2, 5, None), inferred, context)
    g = Found(a, None, None, inferred, context)
    meta = Meta(file, rid, None, text, None)
    for keys in (EXTRACT_KEYS, row_keys(EXTRACT_KEYS)):
        assert JsonlLines(keys).of_item(meta, [f, g]) == generic(meta, [f, g], keys)
