"""blocgraph: a knowledge graph of international organisations and the states they link.

The package is laid out as the data flows (see DESIGN.md): ``reference`` reads the curated data,
``build`` writes it and the ontology into the ``store``, ``validate`` checks it with SHACL,
``lookup`` answers "which bodies include X" and "who is in Y", and ``cli`` prints;
:func:`open` gives notebooks the same answers as records.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from blocgraph._workbench import Workbench

__version__ = "0.1.0"


# blocgraph.open(), as shelve.open or xarray.open_dataset: a module function, not the builtin
def open(
    store: str | os.PathLike[str] | None = None,
    *,
    endpoint: str | None = None,
    lang: str = "en",
) -> Workbench:
    """The built graph for notebooks: states, bodies, members, coverage and spells as records
    (``.to_pandas()`` when pandas is installed). See :mod:`blocgraph._workbench`.

    Parameters:
        store: the store folder (default: ``BLOCGRAPH_STORE``, else ``var/store``).
        endpoint: read this SPARQL 1.1 endpoint instead.
        lang: the language of the names in the answers (``en``, ``ru``, ``fr``, ``es``,
            ``zh``, ``ar``).

    Raises:
        blocgraph.store.StoreError: no store there (run ``blocgraph build``).
    """
    from blocgraph._workbench import Workbench

    return Workbench.open(store, endpoint=endpoint, lang=lang)
