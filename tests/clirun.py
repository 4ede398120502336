"""Running ``fincli`` in-process with a strict UTF-8 standard output, as on a desktop locale
(the hostile report's F15 set-up), for the tests that need bytes rather than a StringIO."""

import io
import sys


def run_strict(args, stdin: bytes = b""):
    """(exit status, stdout bytes, stderr text) of ``fincli ARGS`` through fincli.cli.main."""
    from fincli.cli import main

    old = sys.stdin, sys.stdout, sys.stderr
    raw = io.BytesIO()
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", write_through=True)
    sys.stderr = io.StringIO()
    try:
        try:
            main(list(args))
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        sys.stdout.flush()
        return code, raw.getvalue(), sys.stderr.getvalue()
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
