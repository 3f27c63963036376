"""The build: counts by type, idempotence, and a failed build that leaves the store intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from blocgraph.build import BuildSummary, build
from blocgraph.config import PROJECT_ROOT, Settings
from blocgraph.extract._model import DOCUMENT_NAMESPACE
from blocgraph.reference import DataError
from blocgraph.store import Store, StoreError
from blocgraph.vocab import CATALOGUE_GRAPH, LAYER_GRAPHS, ONTOLOGY_GRAPH, RELATIONS_GRAPH


def test_summary_counts_by_type(summary: BuildSummary) -> None:
    counts = summary.counts
    assert counts["State"] >= 195  # 193 UN members + 2 observer states, and more
    assert counts["Body"] >= 26
    assert counts["Membership"] > 1000
    assert counts["Source"] > 50
    assert counts["Role"] >= 9
    assert counts["Continent"] >= 6  # five M49 regions and Eurasia
    assert counts["Document"] == len(list((PROJECT_ROOT / "seeds").glob("*.txt")))
    assert counts["Assertion"] > 0
    documents = [g for g in summary.graphs if g.startswith(DOCUMENT_NAMESPACE)]
    assert counts["Treaty"] >= 12 and counts["Obligation"] >= 13 and counts["Partnership"] >= 6
    built = {
        str(ONTOLOGY_GRAPH),
        str(CATALOGUE_GRAPH),
        str(RELATIONS_GRAPH),
        *(str(g) for g in LAYER_GRAPHS.values()),
    }
    assert sorted({*documents, *built}) == summary.graphs  # LAYER_GRAPHS has the reference
    assert len(documents) == counts["Document"]


def _dump(store: Store) -> set[str]:
    return {" ".join(str(t) for t in triple) for triple in store.to_graph()}


def test_build_is_idempotent(settings: Settings, tmp_path: Path) -> None:
    first = build(settings.model_copy(update={"store": tmp_path / "a"}))
    second_settings = settings.model_copy(update={"store": tmp_path / "a"})
    second = build(second_settings)
    assert first.counts == second.counts
    assert first.triples == second.triples
    other = build(settings.model_copy(update={"store": tmp_path / "b"}))
    assert _dump(Store.open(tmp_path / "a")) == _dump(Store.open(other.store))


def test_failed_build_leaves_previous_store(
    settings: Settings, data_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "store"
    good = build(settings.model_copy(update={"store": target}))
    with (data_copy / "memberships" / "CIS.csv").open("a", encoding="utf-8") as handle:
        handle.write("GEO,member,2010-01-01,2009-01-01,,https://example.org,2026-11-27,,\n")
    with pytest.raises(DataError):
        build(settings.model_copy(update={"store": target, "data_dir": data_copy}))
    assert len(Store.open(target)) == good.triples


def test_missing_store_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="blocgraph build"):
        Store.open(tmp_path / "nowhere")


def test_ontology_parse_error_leaves_store(settings: Settings, tmp_path: Path) -> None:
    target = tmp_path / "store"
    good = build(settings.model_copy(update={"store": target}))
    ontology = tmp_path / "ontology"
    shutil.copytree(settings.ontology_dir, ontology)
    (ontology / "blocgraph.ttl").write_text("@prefix broken", encoding="utf-8")
    with pytest.raises(Exception, match=r"(?i)bad syntax|expected"):
        build(settings.model_copy(update={"store": target, "ontology_dir": ontology}))
    assert len(Store.open(target)) == good.triples
