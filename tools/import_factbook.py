"""Parse the final CIA World Factbook's "International organization participation" field of
every country into ``data/layers/factbook-2026-01/participation.csv`` (run once; the build
reads the CSV).

Source: the public repository ``factbook/factbook.json`` (CC0 1.0; the Factbook text is a US
government work, public domain), one ``<region>/<gec>.json`` per entity. Its last data
update is the week of 2026-01-21; the CIA withdrew the Factbook in February 2026, so this is
the final edition.

Each entry ``ABBR (qualifier)`` becomes one row: the entity's GEC code, ISO3 (from its name, via
pycountry, blank for entities without one), the abbreviation as printed and its canonical form, the
qualifier verbatim and the role it maps to (blank when the entry is not a state's membership:
``NGOs``, ``national committees``). Run from the project root with the repository checked out:
``python tools/import_factbook.py --repo DIR --commit SHA``.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "layers" / "factbook-2026-01" / "participation.csv"
FIELD = "International organization participation"

#: Printed variants → the Factbook's usual abbreviation (typos and synonyms seen in the field).
CANONICAL = {
    "G- 9": "G-9",
    "Australian Group": "Australia Group",
    "ICCT": "ICCt",  # the International Criminal Court is "ICCt" everywhere else
    "World Bank Group": "WBG",
    "Commonwealth of Nations": "C",
    "UN Security Council": "UNSC",
    "EEU": "EAEU",
}

#: Qualifier (lower case) → role key; "" marks entries that are not a state's membership.
ROLE_BY_QUALIFIER = {
    "observer": "observer",
    "associate observer": "observer",
    "correspondent": "observer",  # ISO correspondent members follow, without voting
    "subscriber": "observer",
    "associate": "associate_member",
    "associate member": "associate_member",
    "associated member": "associate_member",
    "partner": "partner",
    "partners": "partner",
    "enhanced engagement": "partner",
    "cooperating state": "partner",
    "dialogue partner": "dialogue_partner",
    "dialogue member": "dialogue_partner",
    "sectoral dialogue partner": "partner",
    "candidate country": "candidate",
    "candidate": "candidate",
    "candidates": "candidate",
    "accession candidate": "candidate",
    "pending member": "candidate",
    "suspended": "suspended",
    "temporarily suspended": "suspended",
    "excluded from formal participation since 1962": "suspended",
    "ngos": "",
    "national committees": "",
    "signatory": "",  # signed, not a party
}

#: Factbook names pycountry does not resolve, or entities this project codes itself.
ISO3_BY_NAME = {
    "Kosovo": "XKX",
    "Turkey (Turkiye)": "TUR",
    "Turkey": "TUR",
    "Korea, North": "PRK",
    "Korea, South": "KOR",
    "Congo, Democratic Republic of the": "COD",
    "Congo, Republic of the": "COG",
    "Micronesia, Federated States of": "FSM",
    "Holy See (Vatican City)": "VAT",
    "Burma": "MMR",
    "Cabo Verde": "CPV",
    "Gambia, The": "GMB",
    "Bahamas, The": "BHS",
    "Laos": "LAO",
    "Russia": "RUS",
    "Iran": "IRN",
    "Syria": "SYR",
    "Vietnam": "VNM",
    "Brunei": "BRN",
    "Macau": "MAC",
    "Taiwan": "TWN",
    "West Bank": "PSE",
    "Gaza Strip": "PSE",
    "Eswatini": "SWZ",
    "Timor-Leste": "TLS",
    "Cote d'Ivoire": "CIV",
    "Saint Helena, Ascension, and Tristan da Cunha": "SHN",
    "Virgin Islands": "VIR",
    "British Virgin Islands": "VGB",
    "Falkland Islands (Islas Malvinas)": "FLK",
    "Curacao": "CUW",
    "Saint Martin": "MAF",
    "Sint Maarten": "SXM",
    "Saint Barthelemy": "BLM",
    "Congo (Brazzaville)": "COG",
    "DRC": "COD",
    "The Bahamas": "BHS",
    "The Dominican": "DOM",  # the field reads "The Dominican" for the Dominican Republic (dr)
    "The Gambia": "GMB",
    "French Southern and Antarctic Lands": "ATF",
    "Pitcairn Islands": "PCN",
    "South Georgia and South Sandwich Islands": "SGS",
}
#: Entities whose name field is empty, by GEC code.
ISO3_BY_GEC = {"ct": "CAF"}
NAME_BY_GEC = {
    "ct": "Central African Republic",
    "ee": "European Union",
    "ae": "United Arab Emirates",
    "fm": "Micronesia, Federated States of",
    "sh": "Saint Helena, Ascension, and Tristan da Cunha",
    "io": "British Indian Ocean Territory",
}
NOT_STATES = {"European Union", "World"}

_ENTRY = re.compile(r"^(?P<abbr>.*?)\s*(?:\((?P<qualifier>.*)\))?\s*$")


def iso3_of(name: str) -> str:
    """ISO3 of a Factbook short name, or "" (the EU, the World, unresolved territories)."""
    if name in ISO3_BY_NAME:
        return ISO3_BY_NAME[name]
    if name in NOT_STATES or len(name) < 4:  # a bare code would match ISO alpha-2 ("ee")
        return ""
    import pycountry

    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return ""


def split_entries(text: str) -> list[str]:
    """Top-level comma-separated entries (commas inside parentheses stay)."""
    text = html.unescape(text).replace("\xa0", " ")
    if ":" in text.split(",")[0]:  # "X is a member of … but …: ADB, …"
        text = text.split(":", 1)[1]
    return [e.strip() for e in re.split(r",\s*(?![^()]*\))", text) if e.strip()]


def parse_entry(entry: str) -> tuple[str, str, str, str] | None:
    """(printed abbreviation, canonical abbreviation, qualifier, role) of one entry, or None."""
    match = _ENTRY.match(entry)
    if match is None or match.group("abbr").lower() in {"", "none"}:
        return None
    printed = match.group("abbr").strip()
    qualifier = (match.group("qualifier") or "").strip()
    # "EITI (compliant country) (suspended)": the last parenthesis wins for the role
    last = qualifier.rsplit("(", 1)[-1].strip(") ").lower()
    if not qualifier:
        role = "member"
    elif last in ROLE_BY_QUALIFIER:
        role = ROLE_BY_QUALIFIER[last]
    elif qualifier.lower().startswith(("associate member", "associated member")):
        role = "associate_member"
    else:  # nonregional member, permanent, temporary, compliant country, de facto member, …
        role = "member"
    return printed, CANONICAL.get(printed, printed), qualifier, role


def rows_from(repo: Path) -> list[dict[str, Any]]:
    """One row per (entity, entry) over every country file of the repository."""
    rows: list[dict[str, Any]] = []
    for path in sorted(repo.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = data.get("Government", {}).get(FIELD, {}).get("text", "")
        if not text:
            continue
        name_field = data.get("Government", {}).get("Country name", {})
        name = (
            name_field.get("conventional short form", {}).get("text", "")
            if isinstance(name_field, dict)
            else ""
        )
        if not name or name.lower() == "none":
            name = NAME_BY_GEC.get(path.stem, path.stem)
        name = html.unescape(name).strip()
        iso3 = ISO3_BY_GEC.get(path.stem) or iso3_of(name)
        seen: set[tuple[str, str]] = set()
        for entry in split_entries(text):
            parsed = parse_entry(entry)
            if parsed is None:
                continue
            printed, abbreviation, qualifier, role = parsed
            if (abbreviation, qualifier) in seen:
                continue
            seen.add((abbreviation, qualifier))
            rows.append(
                {
                    "gec": path.stem,
                    "file": path.relative_to(repo).as_posix(),
                    "country": name,
                    "iso3": iso3,
                    "abbreviation": abbreviation,
                    "printed": printed,
                    "qualifier": qualifier,
                    "role": role,
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``--repo DIR`` (a checkout of factbook/factbook.json)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = rows_from(args.repo)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
