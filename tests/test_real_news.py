"""Real news: every amount of tests/corpus/real_news.jsonl, read as the corpus says.

One test per annotated amount (``<sentence id>#<index>``): value, currency, range ends, the
stated conversion, ``per`` and the spread period must be what the annotation says. Amounts
fincli still gets wrong are listed in tests/corpus/known_gaps.tsv with the reason, and are
``xfail(strict=True)``: fixing one fails its test until it leaves the list
(``python tests/corpus/score.py --write-gaps`` rewrites it). The figures over the whole corpus
are ``make eval``.
"""

from functools import cache

import pytest
from corpus import score

RECS = score.load()
BY_ID = {r["id"]: r for r in RECS}
GAPS = score.read_gaps()


@cache
def judged(rid: str):
    return score.judge(BY_ID[rid])


def rows():
    for aid in score.amount_ids(RECS):
        marks = [pytest.mark.xfail(strict=True, reason=GAPS[aid])] if aid in GAPS else []
        yield pytest.param(aid, id=aid, marks=marks)


@pytest.mark.parametrize("aid", list(rows()))
def test_amount(aid):
    rid, _, i = aid.rpartition("#")
    expected, found = judged(rid)[0][int(i)]
    assert score.problems(expected, found) == []


def test_gaps_name_real_amounts():
    assert set(GAPS) <= set(score.amount_ids(RECS))


def test_ids_are_unique():
    assert len(BY_ID) == len(RECS)


def test_precision_stays_at_least_99_percent():
    n, misses = score.score(RECS)
    wrong = [m for m in misses if ": precision:" in m]
    assert n["precision_ok"] / n["precision"] >= 0.99, wrong


def test_heldout_is_about_a_fifth_of_the_pages():
    urls = {r["url"] for r in RECS}
    held = {u for u in urls if score.heldout(u)}
    assert 0.15 <= len(held) / len(urls) <= 0.25
