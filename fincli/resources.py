"""Where fincli's shipped data lives.

An installed wheel carries ``rates/`` and ``seeds/`` inside the package as ``fincli/_data``;
a source checkout (and an editable install) reads them from the top of the repository.
User data (imported rate series) lives in ``$FINCLI_DATA_DIR``, else
``$XDG_DATA_HOME/fincli``, else ``~/.local/share/fincli``.
"""

from __future__ import annotations

import os
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_root() -> Path:
    bundled = _PKG / "_data"
    if bundled.is_dir():
        return bundled
    return _PKG.parent


def rates_dir() -> Path:
    return data_root() / "rates"


def seeds_dir() -> Path:
    return data_root() / "seeds"


def package_data(name: str) -> Path:
    return _PKG / "data" / name


def user_dir() -> Path:
    env = os.environ.get("FINCLI_DATA_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "fincli"
