"""Generate ``data/states.csv`` once from named, licensed sources; the CSV is then curated by hand.

Sources:
- ISO 3166-1 / 3166-3 codes and ISO names: ``pycountry`` (LGPL-2.1; data from Debian iso-codes).
- Short names in English, Russian, French, Spanish, Chinese and Arabic: Unicode CLDR via ``babel``
  (Unicode licence).
- UN M49 regions and Wikidata QIDs: ``data/provenance/m49_countries.csv`` and
  ``data/provenance/wikidata_qids.csv``, which cite a source on every row.
- Which states are UN members: ``data/memberships/UN.csv`` (current spells).

Run from the project root: ``.venv/bin/python tools/make_states.py``. It refuses to overwrite a
``states.csv`` that has hand edits unless ``--force`` is given.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
LANGS = ("en", "ru", "fr", "es", "zh", "ar")

#: Entities the bodies admit that are not UN members: code → (iso2, numeric, status, names, note)
EXTRAS: dict[str, tuple[str | None, str | None, str, dict[str, str], str]] = {
    "VAT": (
        "VA",
        "336",
        "un_observer",
        {"en": "Holy See", "ru": "Святой Престол"},
        "UN non-member observer state; ISO 3166 names the territory Vatican City",
    ),
    "PSE": (
        "PS",
        "275",
        "un_observer",
        {"en": "Palestine", "ru": "Палестина"},
        "State of Palestine: UN non-member observer state since 2012",
    ),
    "TWN": (
        "TW",
        "158",
        "partially_recognised",
        {"en": "Taiwan", "ru": "Тайвань"},
        "Republic of China; takes part in APEC as 'Chinese Taipei'; not a UN member since 1971",
    ),
    "HKG": (
        "HK",
        "344",
        "special_administrative_region",
        {"en": "Hong Kong", "ru": "Гонконг"},
        "Special administrative region of China; APEC member economy as 'Hong Kong, China'",
    ),
    "XKX": (
        "XK",
        None,
        "partially_recognised",
        {"en": "Kosovo", "ru": "Косово"},
        "No ISO 3166-1 code; XKX/XK are the user-assigned codes used by the EU and the IMF",
    ),
    "ESH": (
        "EH",
        "732",
        "partially_recognised",
        {
            "en": "Sahrawi Arab Democratic Republic",
            "ru": "Сахарская Арабская Демократическая Республика",
        },
        "ISO 3166 codes the territory Western Sahara; the SADR, which claims it, "
        "is an African Union member",
    ),
    "XNC": (
        None,
        None,
        "partially_recognised",
        {"en": "Northern Cyprus", "ru": "Северный Кипр"},
        "Turkish Republic of Northern Cyprus, recognised by Turkey only; "
        "no ISO code, XNC is user-assigned",
    ),
    "XZN": (
        None,
        None,
        "autonomous_region",
        {"en": "Zanzibar", "ru": "Занзибар"},
        "Semi-autonomous part of Tanzania; joined the OIC in its own right in 1993 and "
        "withdrew the "
        "same year. No ISO code: XZN is user-assigned",
    ),
    "SUN": ("SU", "810", "former", {"en": "Soviet Union", "ru": "СССР"}, "dissolved 1991-12-26"),
    "YUG": (
        "YU",
        "890",
        "former",
        {"en": "Yugoslavia", "ru": "Югославия"},
        "Socialist Federal Republic of Yugoslavia, dissolved 1992",
    ),
    "SCG": (
        "CS",
        "891",
        "former",
        {"en": "Serbia and Montenegro", "ru": "Сербия и Черногория"},
        "Federal Republic of Yugoslavia (1992-2003), then Serbia and Montenegro until 2006",
    ),
    "CSK": (
        "CS",
        "200",
        "former",
        {"en": "Czechoslovakia", "ru": "Чехословакия"},
        "dissolved 1993-01-01",
    ),
    "DDR": (
        "DD",
        "278",
        "former",
        {"en": "East Germany", "ru": "ГДР"},
        "German Democratic Republic, joined the Federal Republic 1990-10-03",
    ),
    "YMD": (
        "YD",
        "720",
        "former",
        {"en": "South Yemen", "ru": "Южный Йемен"},
        "People's Democratic Republic of Yemen, united with Yemen 1990-05-22",
    ),
}

#: CLDR's short names where analysts expect another one (English, Russian).
NAME_OVERRIDES: dict[str, dict[str, str]] = {
    "COD": {"en": "Democratic Republic of the Congo", "ru": "Демократическая Республика Конго"},
    "COG": {"en": "Republic of the Congo", "ru": "Республика Конго"},
    "MMR": {"en": "Myanmar", "ru": "Мьянма"},
    "FSM": {"en": "Micronesia", "ru": "Микронезия"},
    "KOR": {"ru": "Южная Корея"},
    "PRK": {"ru": "Северная Корея"},
}

#: Other names in common use (English; Russian) that CLDR and ISO do not give.
ALIASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "RUS": (("Russian Federation", "RF"), ("Российская Федерация", "РФ")),
    "USA": (
        ("United States of America", "US", "USA", "America"),
        ("США", "Соединённые Штаты Америки"),
    ),
    "GBR": (
        ("United Kingdom of Great Britain and Northern Ireland", "UK", "Britain", "Great Britain"),
        ("Великобритания", "Соединённое Королевство"),
    ),
    "TUR": (("Turkey", "Türkiye", "Republic of Türkiye"), ("Турецкая Республика",)),
    "CZE": (("Czech Republic",), ("Чешская Республика",)),
    "SWZ": (("Swaziland",), ("Свазиленд",)),
    "MKD": (("Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM"), ("Македония",)),
    "CIV": (("Ivory Coast", "Cote d'Ivoire"), ()),
    "MMR": (("Burma",), ("Бирма",)),
    "TLS": (("East Timor",), ("Тимор-Лесте",)),
    "CPV": (("Cabo Verde",), ("Кабо-Верде",)),
    "PRK": (("North Korea", "DPRK", "Democratic People's Republic of Korea"), ("КНДР",)),
    "KOR": (("South Korea", "Republic of Korea"), ("Республика Корея",)),
    "LAO": (("Laos", "Lao PDR"), ()),
    "COD": (("DR Congo", "DRC", "Congo-Kinshasa"), ("ДР Конго",)),
    "COG": (("Congo-Brazzaville", "Congo"), ()),
    "IRN": (("Iran", "Islamic Republic of Iran"), ("Исламская Республика Иран",)),
    "SYR": (("Syrian Arab Republic",), ()),
    "VNM": (("Viet Nam",), ()),
    "BOL": (("Plurinational State of Bolivia",), ()),
    "VEN": (("Bolivarian Republic of Venezuela",), ()),
    "TZA": (("United Republic of Tanzania",), ()),
    "MDA": (("Republic of Moldova",), ()),
    "BRN": (("Brunei Darussalam",), ()),
    "CHN": (("People's Republic of China", "PRC"), ("КНР", "Китайская Народная Республика")),
    "TWN": (
        ("Chinese Taipei", "Republic of China", "Taiwan, Province of China"),
        ("Китайский Тайбэй",),
    ),
    "HKG": (("Hong Kong, China", "Hong Kong SAR"), ("Гонконг, Китай",)),
    "VAT": (("Vatican", "Vatican City"), ("Ватикан",)),
    "PSE": (("State of Palestine",), ("Государство Палестина",)),
    "ESH": (("SADR", "Western Sahara"), ("САДР", "Западная Сахара")),
    "XNC": (
        ("Turkish Republic of Northern Cyprus", "TRNC", "Turkish Cypriot State"),
        ("Турецкая Республика Северного Кипра",),
    ),
    "SUN": (("USSR", "Union of Soviet Socialist Republics"), ("Советский Союз",)),
    "YUG": (("SFR Yugoslavia", "Socialist Federal Republic of Yugoslavia"), ("СФРЮ",)),
    "SCG": (("FR Yugoslavia", "Federal Republic of Yugoslavia"), ("СРЮ",)),
    "DDR": (("German Democratic Republic", "GDR"), ("Германская Демократическая Республика",)),
    "YMD": (("People's Democratic Republic of Yemen",), ()),
    "ARE": (("UAE", "Emirates"), ("ОАЭ",)),
    "BIH": (("Bosnia",), ()),
}

#: Wikidata items that fit the entity better than the mapping file's (which keys territories).
QID_OVERRIDES: dict[str, tuple[str, str]] = {
    "VAT": (
        "Q159583",
        "Q159583 is the Holy See, the UN observer; the mapping file gives Q237, "
        "Vatican City, the territory (see the VAT note in data/states.csv for what was read)",
    ),
    "ESH": ("", "the mapping file gives Q6250, Western Sahara the territory, not the SADR"),
    "YUG": ("", "no Wikidata item given: no wikidata.org page or citable file was read for it"),
    "SCG": ("", "no Wikidata item given: no wikidata.org page or citable file was read for it"),
    "YMD": ("", "no Wikidata item given: no wikidata.org page or citable file was read for it"),
}

#: M49 does not list dissolved states or Zanzibar: placed as their successors, and the note says so.
REGION_BY_ANALOGY: dict[str, tuple[str, str, str]] = {
    "SUN": ("150", "151", ""),
    "YUG": ("150", "039", ""),
    "SCG": ("150", "039", ""),
    "CSK": ("150", "151", ""),
    "DDR": ("150", "155", ""),
    "YMD": ("142", "145", ""),
    "XZN": ("002", "202", "014"),
}

#: Extras whose CLDR names denote another entity (the territory, not the state): keep en/ru only.
ONLY_OWN_NAMES = {"ESH"}

COLUMNS = (
    "iso3",
    "iso2",
    "numeric",
    "name_en",
    "name_ru",
    "name_fr",
    "name_es",
    "name_zh",
    "name_ar",
    "aliases_en",
    "aliases_ru",
    "status",
    "m49_region",
    "m49_subregion",
    "m49_intermediate",
    "wikidata",
    "note",
)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _un_members() -> set[str]:
    return {
        r["member"]
        for r in _read(DATA / "memberships" / "UN.csv")
        if r["role"] == "member" and not r["end"].strip()
    }


def _row(
    iso3: str, status: str, m49: dict[str, dict[str, str]], qids: dict[str, str]
) -> dict[str, str]:
    extra = EXTRAS.get(iso3)
    country = pycountry.countries.get(alpha_3=iso3)
    if extra is None and country is None:
        raise SystemExit(f"{iso3} is neither an ISO 3166-1 code nor listed in EXTRAS")
    iso2 = extra[0] if extra else str(getattr(country, "alpha_2", ""))
    names = {lang: Locale(lang).territories.get(iso2 or "", "") for lang in LANGS}
    if extra:
        names.update(extra[3])
    names.update(NAME_OVERRIDES.get(iso3, {}))
    en_aliases, ru_aliases = ALIASES.get(iso3, ((), ()))
    iso_names = (
        [getattr(country, a, None) for a in ("name", "official_name", "common_name")]
        if country
        else []
    )
    en = [n for n in (*iso_names, *en_aliases) if n and n != names["en"]]
    ru = [n for n in ru_aliases if n != names["ru"]]
    regions = m49.get(iso3, {})
    notes = [extra[4] if extra else "", QID_OVERRIDES.get(iso3, ("", ""))[1]]
    if iso3 in REGION_BY_ANALOGY:
        region, subregion, intermediate = REGION_BY_ANALOGY[iso3]
        regions = {
            "m49_region": region,
            "m49_subregion": subregion,
            "m49_intermediate": intermediate,
        }
        notes.append(
            "M49 does not list it: regions as for the state(s) that succeeded or contain it"
        )
    if iso3 in ONLY_OWN_NAMES:
        names = {lang: (extra[3].get(lang, "") if extra else "") for lang in LANGS}
    return {
        "iso3": iso3,
        "iso2": iso2 or "",
        "numeric": (extra[1] or "") if extra else str(getattr(country, "numeric", "")),
        **{f"name_{lang}": names[lang] for lang in LANGS},
        "aliases_en": ";".join(dict.fromkeys(en)),
        "aliases_ru": ";".join(dict.fromkeys(ru)),
        "status": status,
        "m49_region": regions.get("m49_region", ""),
        "m49_subregion": regions.get("m49_subregion", ""),
        "m49_intermediate": regions.get("m49_intermediate", ""),
        "wikidata": QID_OVERRIDES.get(iso3, (qids.get(iso3, ""), ""))[0],
        "note": "; ".join(n for n in notes if n),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--m49", type=Path, default=DATA / "provenance" / "m49_countries.csv")
    parser.add_argument("--qids", type=Path, default=DATA / "provenance" / "wikidata_qids.csv")
    parser.add_argument("--force", action="store_true", help="overwrite data/states.csv")
    args = parser.parse_args()
    out = DATA / "states.csv"
    if out.exists() and not args.force:
        print(f"{out} exists and may hold hand edits; pass --force to regenerate", file=sys.stderr)
        return 1
    m49 = {r["iso3"]: r for r in _read(args.m49)} if args.m49.exists() else {}
    qids = (
        {r["iso3"]: r["qid"] for r in _read(args.qids) if r.get("qid")}
        if args.qids.exists()
        else {}
    )
    rows = [_row(code, "un_member", m49, qids) for code in sorted(_un_members())]
    rows += [_row(code, extra[2], m49, qids) for code, extra in EXTRAS.items()]
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
