"""Commitments from articles: each amount with a currency, its period, its stated
conversion, the article's date and who announced it, as registry-like entries
(``fincli compare --from-text``).

The announcer is a guess from the sentence (:func:`subject`); the entry's ``source`` names
the file and the amount's offset so a reader can check it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fincli import lang
from fincli.commitments import Commitment
from fincli.errors import UsageError
from fincli.inputs import found_records
from fincli.periods import PeriodSpec

_SUBJECT = re.compile(rf"\s*(.{{1,40}}?)(?:{'|'.join(map(re.escape, lang.subject_particles()))})\s")


def entries_from_text(
    files: list[str], encoding: str = "utf-8"
) -> tuple[list[Commitment], list[UsageError]]:
    """Registry-like entries from the amounts found in articles (for --from-text), and a
    :class:`UsageError` for each article with amounts but no dateline (it gives no entries;
    the others go on)."""
    out, problems = [], []
    for name in files:
        for k, (shown, doc_date, _, f) in enumerate(found_records([name], encoding, None), 1):
            if doc_date is None:
                problems.append(
                    UsageError(
                        f"{shown}: no dateline found in the text; put one (date 2025-10-29) in it"
                    )
                )
                break
            if not f.amount.currency or f.amount.vague:
                continue
            p = f.period
            spec = PeriodSpec(p.kind, p.text, p.years, p.until) if p else None
            out.append(
                Commitment(
                    id=f"{Path(name).stem}-{k}",
                    announcer=subject(f.sentence, f.amount.text),
                    announced=dt.date.fromisoformat(doc_date),
                    source=f"{name} @{f.amount.start}",
                    amount_text=f.amount.text,
                    amount=f.amount,
                    stated_text=f.stated.text if f.stated else None,
                    stated=f.stated,
                    period_text=p.text if p else None,
                    period=spec,
                    path=name,
                )
            )
    return out, problems


def subject(sentence: str, amount_text: str) -> str:
    """The sentence's subject (the words before 은/는/이/가), else the words before the amount."""
    m = _SUBJECT.match(sentence)
    if m:
        return m.group(1).strip()
    before = sentence.split(amount_text)[0].strip()
    return before[-30:] or sentence[:30]
