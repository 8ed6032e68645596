"""Identifier normalization with checksums, entity keys, the CSV and JSON Schema formats."""

import json
from pathlib import Path

import pytest

from scamgraph.loaders.identifiers import normalize_identifier
from scamgraph.loaders.structured import parse_csv
from scamgraph.model import Label, RelType
from scamgraph.resolve import candidates, entity_key

SCHEMA = Path(__file__).resolve().parents[2] / "scamgraph" / "loaders" / "report.schema.json"


@pytest.mark.parametrize(
    ("kind", "value", "region", "expected"),
    [
        ("phone", "+855 12 345 678", None, "+85512345678"),
        ("phone", "012 345 678", "KH", "+85512345678"),
        ("domain", "https://www.Secure-Invest.co.kh/login?x=1", None, "secure-invest.co.kh"),
        ("email", "Help@Example.COM", None, "help@example.com"),
        ("telegram", "TW_Support_KH", None, "@tw_support_kh"),
        ("iban", "GB82 WEST 1234 5698 7654 32", None, "GB82WEST12345698765432"),
        ("wallet-btc", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", None, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
        ("wallet-btc", "BC1QXY2KGDYGJRSQTZQ2N0YRF2493P83KKFJHX0WLH", None, "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"),
        ("wallet-eth", "0x52908400098527886e0f7030069857d2e4169ee7", None, "0x52908400098527886E0F7030069857D2E4169EE7"),
    ],
)
def test_identifiers_normalize(kind: str, value: str, region: str | None, expected: str) -> None:
    assert normalize_identifier(kind, value, region) == expected


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("phone", "012 345 678", "no country code"),
        ("iban", "GB83 WEST 1234 5698 7654 32", "check digits"),
        ("wallet-btc", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "checksum"),
        ("wallet-btc", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlx", "bech32 checksum"),
        ("wallet-eth", "0x52908400098527886E0F7030069857D2E4169Ee7", "EIP-55"),
        ("wallet-tron", "TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMX", "checksum"),
        ("fax", "123", "unknown identifier kind"),
    ],
)
def test_bad_identifiers_say_why(kind: str, value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        normalize_identifier(kind, value)


def test_entity_keys_fold_only_what_cannot_tell_entities_apart() -> None:
    assert entity_key(Label.PERSON, "Kim Seok-ki") == entity_key(Label.PERSON, "Lawmaker KIM SEOK KI")
    assert entity_key(Label.PERSON, "Kim Tae-hoon") != entity_key(Label.PERSON, "Kim Jun-seo")
    assert entity_key(Label.ORGANIZATION, "Prince Holding Group Co., Ltd.") == "organization:prince-holding-group"
    assert entity_key(Label.ORGANIZATION, "Golden Fortune Holdings") != entity_key(Label.ORGANIZATION, "Golden Fortune Trading")
    assert entity_key(Label.AGENCY, "KNPA") == entity_key(Label.AGENCY, "Korean National Police Agency")


def test_candidates_find_spelling_variants_but_not_namesakes() -> None:
    names = {"person:lim-kok-seng": ("Person", "Lim Kok Seng"), "person:lim-kokseng": ("Person", "Lim Kokseng"),
             "person:kim-tae-hoon": ("Person", "Kim Tae-hoon"), "person:kim-jun-seo": ("Person", "Kim Jun-seo")}
    found = candidates(names)
    assert [(c.left, c.right) for c in found] == [("person:lim-kok-seng", "person:lim-kokseng")]
    assert found[0].score == 100.0


def test_csv_rows_become_facts_and_bad_rows_are_numbered() -> None:
    text = ("source_label,source_name,relation,target_label,target_name,count\n"
            "Event,raid 1,ARRESTED,Nationality,Chinese,12\n"
            "Event,raid 1,ARRESTED,Nationality,Atlantean,3\n")
    batch = parse_csv(text, key="report:0000000000000001", source="x.csv")
    (edge,) = batch.edges
    assert (edge.type, edge.target, edge.properties["count"]) == (RelType.ARRESTED, "nationality:CN", 12)
    assert batch.problems == ["<input> at row 3: cannot tell which country 'Atlantean' is; give properties.iso2; skipped"]


def test_the_json_schema_matches_the_model() -> None:
    schema = json.loads(SCHEMA.read_text())
    labels = schema["properties"]["entities"]["items"]["properties"]["label"]["enum"]
    types = schema["properties"]["relations"]["items"]["properties"]["type"]["enum"]
    assert set(labels) == {lbl.value for lbl in Label} - {"Report"}
    assert set(types) == {t.value for t in RelType} - {"MENTIONS", "SAME_AS"}
