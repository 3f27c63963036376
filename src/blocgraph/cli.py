"""The ``blocgraph`` command (``blocgraph.cli:main``; ``python -m blocgraph.cli``).

:func:`main` runs a plain ``bodies`` or ``members`` command line without loading typer (see
:mod:`blocgraph._cli_quick`) and hands every other one — ``--help`` included — to the typer
app, :data:`app` (defined in :mod:`blocgraph._cli_app`, loaded on first use).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from blocgraph._cli_app import app

__all__ = ["app", "main"]


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line ``argv`` (default: the process's arguments after the program)."""
    args = list(sys.argv[1:] if argv is None else argv)
    from blocgraph import _cli_quick

    if _cli_quick.run(args):
        return
    from blocgraph._cli_app import app

    app(args)


# hidden from mypy, which would otherwise take any name of the module as valid
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """``app`` (the typer app), imported when first asked for."""
        if name == "app":
            from blocgraph._cli_app import app

            return app
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":  # pragma: no cover
    main()
