"""The command line: a thin skin over the library.

Only this package prints, reads standard input or exits. A command takes its options, makes
one library call and writes the records it gets; :mod:`fincli.cli.base` holds what they
share and :func:`main`, where every error becomes a message and an exit status. One module
per group of commands: :mod:`~fincli.cli.amounts` (parse, convert),
:mod:`~fincli.cli.articles` (extract, check), :mod:`~fincli.cli.compare`,
:mod:`~fincli.cli.rates`. Nothing in the library imports this package.
"""

from fincli.cli import amounts, articles, compare, rates  # noqa: F401  (they register commands)
from fincli.cli.base import app, main, rates_app

__all__ = ["app", "main", "rates_app"]
