"""Read ``data/layers/``: the catalogue and the observed spells of the Factbook and COW."""

from __future__ import annotations

import csv
import gzip
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

COW_LAST_YEAR = 2014
"""The last year COW IGO v3 observes: a spell still open then is censored, not ended."""
FACTBOOK_OBSERVED = date(2026, 1, 22)
"""The day of the Factbook mirror's last data update (its "auto-update week 4")."""
COW_SOURCE = (
    "https://github.com/dieghernan/igoR/blob/c9936cac3f0fc117520e89f9a232e62dde1ce3e9/"
    "data/igo_year_format3.rda"
)
FACTBOOK_SOURCE = (
    "https://github.com/factbook/factbook.json/blob/8662a8b17a784841ab4528631b04090eb2f183eb/"
)
READ_ON = "2026-12-03"


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One organisation across the layers (a row of ``data/layers/catalogue.csv``)."""

    key: str
    name_en: str
    name_ru: str
    abbreviations: tuple[str, ...]
    founded: str
    dissolved: str
    kind: str
    wikidata: str
    curated_key: str
    cow_ioname: str
    factbook_abbreviation: str
    identity: str
    note: str


@dataclass(frozen=True, slots=True)
class ObservedSpell:
    """A membership as a lower layer observed it.

    COW: ``first``/``last`` observed years, ``next_observed`` (the first observation out of the
    role), ``censored`` when still in force in 2014. Factbook: ``observed_on`` only.
    """

    layer: str
    body: str
    state: str
    role: str
    source_url: str
    first: int | None = None
    last: int | None = None
    next_observed: int | None = None
    ended_by: str = ""
    censored: bool = False
    observed_on: date | None = None
    qualifier: str = ""


@dataclass(slots=True)
class LayerData:
    """The catalogue and every observed spell whose state the project knows."""

    catalogue: list[CatalogueEntry] = field(default_factory=list)
    spells: list[ObservedSpell] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    """Rows left out per layer (no ISO3 code the project knows, or not a state's membership)."""


def _rows(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_layers(data_dir: Path, known_states: set[str] | None = None) -> LayerData:
    """Read the catalogue, the COW spells and the Factbook rows under ``data_dir/layers``.

    Parameters:
        data_dir: the project's ``data/`` folder.
        known_states: ISO3 codes the graph has; rows for other codes are counted as skipped
            (default: the codes of ``data/states.csv``).

    Returns:
        Empty when ``data_dir/layers`` does not exist (a data folder without layers).
    """
    folder = data_dir / "layers"
    if not (folder / "catalogue.csv").is_file():
        return LayerData()
    if known_states is None:
        known_states = {r["iso3"] for r in _rows(data_dir / "states.csv")}
    data = LayerData()
    for row in _rows(folder / "catalogue.csv"):
        data.catalogue.append(
            CatalogueEntry(
                **{k: row[k] for k in row if k != "abbreviations"},
                abbreviations=tuple(a for a in row["abbreviations"].split(";") if a),
            )
        )
    by_cow = {e.cow_ioname: e.key for e in data.catalogue if e.cow_ioname}
    by_factbook = {
        e.factbook_abbreviation: e.key for e in data.catalogue if e.factbook_abbreviation
    }
    skipped = dict.fromkeys(("cow-igo-v3", "factbook-2026-01"), 0)
    for row in _rows(folder / "cow-igo-v3" / "spells.csv.gz"):
        if row["iso3"] not in known_states:
            skipped["cow-igo-v3"] += 1
            continue
        data.spells.append(
            ObservedSpell(
                layer="cow-igo-v3",
                body=by_cow[row["ioname"]],
                state=row["iso3"],
                role=row["role"],
                source_url=COW_SOURCE,
                first=int(row["first_year"]),
                last=int(row["last_year"]),
                next_observed=int(row["next_observed"]) if row["next_observed"] else None,
                ended_by=row["ended_by"],
                censored=row["censored"] == "yes",
            )
        )
    for row in _rows(folder / "factbook-2026-01" / "participation.csv"):
        if row["iso3"] not in known_states or not row["role"]:
            skipped["factbook-2026-01"] += 1
            continue
        data.spells.append(
            ObservedSpell(
                layer="factbook-2026-01",
                body=by_factbook[row["abbreviation"]],
                state=row["iso3"],
                role=row["role"],
                source_url=FACTBOOK_SOURCE + row["file"],
                observed_on=FACTBOOK_OBSERVED,
                qualifier=row["qualifier"],
            )
        )
    data.skipped = skipped
    return data
