"""fincli: read money figures out of Korean financial news, exactly, and make them comparable.

The library has the same nouns as the command line: :func:`fincli.money.parse_amount`,
:func:`fincli.extract.extract`, :mod:`fincli.rates`, :mod:`fincli.commitments`.
"""

__version__ = "0.1.0"
