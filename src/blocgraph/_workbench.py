"""The graph from Python, for notebooks: :func:`blocgraph.open` gives a :class:`Workbench` whose
methods answer with :class:`Records` — plain lists of dicts (JSON-ready), with ``.to_pandas()``
when pandas is installed.

Names are read in any language (``"Россия"``, ``"ШОС"``, ``"Kazakhstan"``, ``"KAZ"``); the
names in the answers are in the workbench's language (``open(lang="ru")``, default English).

Example:
    >>> import blocgraph
    >>> graph = blocgraph.open()                                       # doctest: +SKIP
    >>> graph.members("SCO", as_of="2024-08-01")[0]["state"]           # doctest: +SKIP
    'CHN'
    >>> graph.coverage("Africa").report["uncovered"]                   # doctest: +SKIP
    []
"""

from __future__ import annotations

import os
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from blocgraph.store import GraphStore, open_store

if TYPE_CHECKING:
    import pandas

    from blocgraph.analysis import MembershipData
    from blocgraph.lookup import MembershipRecord, NameIndex


class Records(list[dict[str, Any]]):
    """Rows as dicts (one per state, body or spell), in a stable order; ``report`` holds the
    whole answer where there is more than rows (:meth:`Workbench.coverage`)."""

    def __init__(self, rows: list[dict[str, Any]], report: dict[str, Any] | None = None) -> None:
        super().__init__(rows)
        self.report: dict[str, Any] = report or {}

    def to_pandas(self) -> pandas.DataFrame:
        """The rows as a pandas DataFrame, one column per key.

        Raises:
            ImportError: pandas is not installed (``pip install pandas``).
        """
        try:
            import pandas as pd
        except ImportError:
            raise ImportError(
                "Records.to_pandas() needs pandas: pip install pandas (the rows themselves "
                "are plain dicts: list(records) works without it)"
            ) from None
        return pd.DataFrame.from_records(list(self))


def _day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"as_of {value[:40]!r} is not a date: use YYYY-MM-DD") from None


class Workbench:
    """The built graph (or a SPARQL endpoint) for notebooks: states, bodies, members, coverage
    and every spell as :class:`Records`."""

    def __init__(self, store: GraphStore, lang: str = "en") -> None:
        self.store = store
        self.lang = lang

    @classmethod
    def open(
        cls,
        store: str | os.PathLike[str] | None = None,
        *,
        endpoint: str | None = None,
        lang: str = "en",
    ) -> Workbench:
        """The store folder ``store`` (default: ``BLOCGRAPH_STORE``, else ``var/store``, as
        ``blocgraph build`` writes it) or the SPARQL ``endpoint``."""
        from blocgraph.config import get_settings

        settings = get_settings()
        graph = open_store(Path(store) if store else settings.store, endpoint or settings.endpoint)
        graph.ask("ASK {}")  # a missing store fails here, not half-way through a question
        return cls(graph, lang)

    @cached_property
    def names(self) -> NameIndex:
        """Every name and code of the graph's states and bodies, in every language."""
        from blocgraph.lookup import NameIndex

        return NameIndex.from_store(self.store)

    @cached_property
    def data(self) -> MembershipData:
        """The spells, states, regions and bodies the analyses read."""
        from blocgraph.analysis import load_membership_data

        return load_membership_data(self.store)

    def _code(self, name: str, kind: Literal["state", "body"] | None) -> str:
        """The code of the state or body ``name`` names (UnknownNameError with suggestions)."""
        return self.names.resolve(name, kind, self.lang).code

    def _name(self, code: str) -> str:
        kind: Literal["state", "body"] = (
            "state" if ("state", code) in self.names.entities else "body"
        )
        return self.names.label((kind, code), self.lang)

    def states(self) -> Records:
        """Every state: iso3, iso2, name (in the workbench's language), status, continent,
        wikidata."""
        from blocgraph.lookup import list_states

        return Records(
            [
                {
                    "iso3": s.iso3,
                    "iso2": s.iso2,
                    "name": self.names.label(("state", s.iso3), self.lang),
                    "status": s.status,
                    "continent": s.continent,
                    "wikidata": s.wikidata,
                }
                for s in list_states(self.store)
            ]
        )

    def bodies(self) -> Records:
        """Every body: key, name, kind, founded, seat_country, wikidata, homepage."""
        from blocgraph.lookup import list_bodies

        return Records(
            [
                {
                    "key": b.key,
                    "name": self.names.label(("body", b.key), self.lang),
                    "kind": b.kind,
                    "founded": b.founded,
                    "seat_country": b.seat_country,
                    "wikidata": b.wikidata,
                    "homepage": b.homepage,
                }
                for b in list_bodies(self.store)
            ]
        )

    def _spells(self, records: list[MembershipRecord]) -> Records:
        return Records(
            [
                {
                    "body": r.body,
                    "body_name": self._name(r.body),
                    "state": r.state,
                    "state_name": self._name(r.state),
                    "role": r.role,
                    "start": r.start,
                    "end": r.end,
                    "end_reason": r.end_reason,
                    "uncertain": r.uncertain,
                    "layer": r.layer,
                    "sources": [s.url for s in r.sources],
                    "tiers": [s.tier for s in r.sources],
                }
                for r in records
            ]
        )

    def members(
        self,
        body: str,
        as_of: str | date | None = None,
        role: str | None = None,
        layer: str = "curated",
    ) -> Records:
        """The spells of ``body``'s members (every spell; ``as_of``: those of that day), as
        ``blocgraph members`` lists them: body, state, names, role, start, end, sources …"""
        from blocgraph.lookup import members_of

        code = self._code(body, "body")
        return self._spells(members_of(self.store, code, as_of=_day(as_of), role=role, layer=layer))

    def bodies_of(
        self,
        state: str,
        as_of: str | date | None = None,
        role: str | None = None,
        layer: str = "curated",
    ) -> Records:
        """The spells of ``state`` (or of a body that is itself a member) in every body."""
        from blocgraph.lookup import bodies_of

        code = self._code(state, None)
        return self._spells(bodies_of(self.store, code, as_of=_day(as_of), role=role, layer=layer))

    def coverage(
        self,
        continent: str = "Eurasia",
        bodies: list[str] | None = None,
        as_of: str | date | None = None,
    ) -> Records:
        """One row per body (body, members, members_in_continent, share, continental) of
        ``blocgraph coverage``; ``.report`` is the whole report (union, uncovered, best,
        pan_continental …). Without ``bodies``: the continent's default, as the CLI, the API
        and the home page pick it (Eurasia: the seed's six)."""
        from blocgraph.analysis import coverage_report

        chosen = [self._code(b, "body") for b in bodies] if bodies is not None else None
        report = coverage_report(self.data, continent=continent, chosen=chosen, as_of=_day(as_of))
        return Records([dict(row) for row in report["bodies"]], report)

    def spells(self, as_of: str | date | None = None) -> Records:
        """Every spell of the analyses (``as_of``: those in force that day), the rows of
        ``blocgraph export --format csv``: state, state_name, body, body_name, role, start,
        end (None while it lasts)."""
        day = _day(as_of)
        spells = sorted(self.data.spells, key=lambda s: (s.state, s.body, s.start))
        return Records(
            [
                {
                    "state": s.state,
                    "state_name": self._name(s.state),
                    "body": s.body,
                    "body_name": self._name(s.body),
                    "role": s.role,
                    "start": s.start.isoformat(),
                    "end": s.end.isoformat() if s.end else None,
                }
                for s in spells
                if day is None or s.in_force(day)
            ]
        )
