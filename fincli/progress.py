"""A progress bar on standard error for long reads: bytes done of the total, rate, time left.

Drawn by tqdm, imported only when a bar is drawn (about 19 ms, against 23 ms for
rich.progress, measured on top of typer). :func:`progress` gives None, and nothing is drawn,
when standard error is not a terminal, with ``--quiet``, for inputs under
:data:`MIN_BYTES`, and when records go to a terminal as they are made (a bar would be torn
by them). Records never depend on it: the bar only counts bytes the readers report.
"""

from __future__ import annotations

import sys
from typing import TextIO

MIN_BYTES = 1 << 20
STEP = 1 << 20  # bytes between updates of the bar: the readers report every line
DELAY = 0.5  # seconds before a bar shows: a quick run shows nothing


class Progress:
    """Counts bytes read; ``advance`` is the callback the readers take."""

    def __init__(self, total: int | None, stream: TextIO):
        from tqdm import tqdm  # type: ignore[import-untyped]

        self._bar = tqdm(
            total=total,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            file=stream,
            leave=False,
            delay=DELAY,
            mininterval=0.25,
            dynamic_ncols=True,
        )
        self._pending = 0

    def advance(self, n: int) -> None:
        self._pending += n
        if self._pending >= STEP or DELAY == 0:
            self._bar.update(self._pending)
            self._pending = 0

    def close(self) -> None:
        self._bar.update(self._pending)
        self._pending = 0
        self._bar.close()


def progress(
    total: int | None, quiet: bool, records_to_terminal: bool, stream: TextIO | None = None
) -> Progress | None:
    """A bar for reading ``total`` bytes (None: unknown, as for standard input), or None."""
    stream = stream or sys.stderr
    if quiet or records_to_terminal or not _isatty(stream):
        return None
    if total is not None and total < MIN_BYTES:
        return None
    return Progress(total, stream)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
