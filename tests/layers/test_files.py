"""The layer files under ``data/layers/``: every COW organisation and Factbook abbreviation is in
the catalogue, curated keys are kept, spells are well formed and censoring is consistent."""

from __future__ import annotations

import csv
import gzip
import itertools
from collections import defaultdict
from pathlib import Path

import pytest

from blocgraph.config import PROJECT_ROOT
from blocgraph.layers import COW_LAST_YEAR, read_layers

DATA = PROJECT_ROOT / "data"
LAYERS = DATA / "layers"


def rows(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def catalogue() -> list[dict[str, str]]:
    return rows(LAYERS / "catalogue.csv")


def test_catalogue_keys_unique_and_curated_keys_kept(catalogue: list[dict[str, str]]) -> None:
    keys = [r["key"] for r in catalogue]
    assert len(keys) == len(set(keys))
    curated = {r["key"] for r in rows(DATA / "bodies.csv")}
    assert curated == {r["key"] for r in catalogue if r["curated_key"]}
    assert all(r["key"] == r["curated_key"] for r in catalogue if r["curated_key"])
    states = {r["iso3"] for r in rows(DATA / "states.csv")}
    assert not {r["key"] for r in catalogue if not r["curated_key"]} & states


def test_every_cow_organisation_and_factbook_abbreviation_is_catalogued(
    catalogue: list[dict[str, str]],
) -> None:
    cow = {r["ioname"] for r in rows(LAYERS / "cow-igo-v3" / "organisations.csv")}
    assert len(cow) == 534
    mapped_cow = [r["cow_ioname"] for r in catalogue if r["cow_ioname"]]
    assert sorted(mapped_cow) == sorted(cow)  # each exactly once
    factbook = {r["abbreviation"] for r in rows(LAYERS / "factbook-2026-01" / "participation.csv")}
    assert factbook == {r["factbook_abbreviation"] for r in catalogue if r["factbook_abbreviation"]}


@pytest.mark.parametrize(
    ("key", "cow", "factbook"),
    [("COE", "COE", "CE"), ("LAS", "LOAS", "LAS"), ("ICC", "ICC", "ICCt"), ("ADB", "AsDB", "ADB")],
)
def test_known_identities(
    catalogue: list[dict[str, str]], key: str, cow: str, factbook: str
) -> None:
    row = next(r for r in catalogue if r["key"] == key)
    assert (row["cow_ioname"], row["factbook_abbreviation"]) == (cow, factbook)


def test_same_abbreviation_different_organisations_stay_apart(
    catalogue: list[dict[str, str]],
) -> None:
    icc = next(r for r in catalogue if r["factbook_abbreviation"] == "ICC")
    assert icc["cow_ioname"] == ""  # the Chamber of Commerce is not COW's Criminal Court
    assert "Chamber of Commerce" in icc["note"]


def test_cow_spells_are_well_formed_and_censored_only_at_the_end() -> None:
    spells = rows(LAYERS / "cow-igo-v3" / "spells.csv.gz")
    assert len(spells) > 19_000
    runs: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for spell in spells:
        first, last = int(spell["first_year"]), int(spell["last_year"])
        assert 1815 <= first <= last <= COW_LAST_YEAR
        assert (spell["censored"] == "yes") == (last == COW_LAST_YEAR)
        assert spell["role"] in {"member", "associate_member", "observer"}
        runs[(spell["ioname"], spell["cow_state"])].append((first, last))
    for spans in runs.values():  # one state, one organisation: spells never overlap
        spans.sort()
        assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))


def test_factbook_roles_follow_the_qualifiers() -> None:
    parsed = rows(LAYERS / "factbook-2026-01" / "participation.csv")
    by = {(r["iso3"], r["abbreviation"]): r for r in parsed}
    assert by[("IND", "SCO")]["role"] == "observer"  # stale in the Factbook, as documented
    assert by[("ARM", "CIS")]["role"] == "member"
    assert by[("KAZ", "NAM")]["role"] == "observer"
    assert by[("USA", "ICC")]["role"] == ""  # "(NGOs)": not a state's membership
    assert len({r["abbreviation"] for r in parsed if r["iso3"] == "KAZ"}) >= 50


def test_read_layers_skips_what_the_graph_cannot_hold() -> None:
    data = read_layers(DATA)
    assert len(data.catalogue) == len(rows(LAYERS / "catalogue.csv"))
    assert data.skipped["cow-igo-v3"] > 0  # Baden, Bavaria, … have no ISO code
    assert {s.layer for s in data.spells} == {"cow-igo-v3", "factbook-2026-01"}


def test_a_data_folder_without_layers_reads_as_empty(tmp_path: Path) -> None:
    assert read_layers(tmp_path).spells == []


def test_the_factbook_layer_holds_the_crosschecked_lists_unchanged() -> None:
    """``blocgraph crosscheck`` compares the curated layer with ``data/crosscheck/``; for the
    bodies it covers, the Factbook layer says exactly the same, so every disagreement between
    the curated and the Factbook layer on those bodies is listed there."""
    reference = rows(DATA / "crosscheck" / "factbook_io_participation_2026-01.csv")
    bodies = {r["body"] for r in reference}
    expected = {(r["iso3"] or r["fips"], r["body"], r["qualifier"]) for r in reference}
    layer = {
        (r["iso3"] or r["gec"], r["abbreviation"], r["qualifier"])
        for r in rows(LAYERS / "factbook-2026-01" / "participation.csv")
        if r["abbreviation"] in bodies
    }
    assert layer == expected
