"""Policies: presets load, files load by path, the content hash, and a folder of broken YAML.

Every file in ``tests/policies_broken/`` is a policy with one deliberate mistake; the table below
says which field the error message must name and which words tell the reader how to fix it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from pipelines.categories import SENSITIVE
from pipelines.errors import BlindscreenError, PolicyError
from pipelines.policy import DEFAULT_POLICY, Policy, list_presets, load_policy
from policies import POLICY_DIR

BROKEN = Path(__file__).resolve().parent / "policies_broken"
PRESETS = ("default", "eu-gdpr", "nyc", "strict", "uk-equality-act", "us-federal")
# "Identity ... is redacted in every preset: a blind screen must not know who the candidate is."
IDENTITY = ("PERSON", "HANDLE", "CONTACT", "SOCIAL_METRIC", "SCHOOL", "LOCATION")


# --- presets -------------------------------------------------------------------------------------
def test_list_presets_is_every_yaml_file_in_the_policies_package_sorted():
    assert list_presets() == sorted(p.stem for p in POLICY_DIR.glob("*.yaml"))
    assert set(PRESETS) <= set(list_presets())
    assert DEFAULT_POLICY in list_presets()


@pytest.mark.parametrize("preset", list_presets())
def test_every_preset_loads_and_validates(preset):
    policy = load_policy(preset)
    assert isinstance(policy, Policy)
    assert policy.name == preset  # the file name and the name inside agree
    assert re.fullmatch(r"\d+\.\d+\.\d+", policy.version)
    assert set(policy.categories) == set(SENSITIVE)
    assert policy.follows.strip(), "a preset says which law or list it follows"
    for category in IDENTITY:
        assert policy.rule(category).action == "redact", category
    for category, rule in policy.categories.items():
        assert rule.rationale.strip(), f"{preset}: {category} has no rationale"
        assert 0.0 <= rule.threshold <= 1.0


def test_default_policy_is_loaded_when_no_name_is_given():
    assert load_policy() == load_policy("default")


def test_presets_differ_where_their_laws_differ():
    # UK Equality Act does not list political opinion; GDPR Art. 9 does.
    assert load_policy("uk-equality-act").rule("POLITICAL").action == "keep"
    assert load_policy("eu-gdpr").rule("POLITICAL").action == "redact"
    assert load_policy("nyc").rule("APPEARANCE").action == "redact"  # height and weight
    assert load_policy("us-federal").rule("APPEARANCE").action == "keep"
    hashes = {load_policy(p).content_hash for p in PRESETS}
    assert len(hashes) == len(PRESETS)


# --- by path -------------------------------------------------------------------------------------
def _default_raw() -> dict:
    return yaml.safe_load((POLICY_DIR / "default.yaml").read_text(encoding="utf-8"))


def test_a_policy_is_loaded_by_path(tmp_path):
    raw = _default_raw() | {"name": "acme-hiring", "version": "2.3.4"}
    raw["deny_list"] = [{"text": "Project Nightjar", "category": "AFFINITY_GROUP"}]
    path = tmp_path / "acme.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    for given in (path, str(path)):
        policy = load_policy(given)
        assert policy.identity()["name"] == "acme-hiring"
        assert policy.version == "2.3.4"
        assert policy.deny_list[0].text == "Project Nightjar"


def test_a_yml_extension_is_accepted(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text(yaml.safe_dump(_default_raw()), encoding="utf-8")
    assert load_policy(path).name == "default"


def test_unknown_preset_name_lists_the_presets():
    with pytest.raises(PolicyError) as e:
        load_policy("no-such-preset")
    message = str(e.value)
    assert "no-such-preset" in message
    assert "default" in message and "strict" in message  # what to use instead


def test_missing_policy_file_is_named(tmp_path):
    missing = tmp_path / "nope.yaml"
    with pytest.raises(PolicyError, match=re.escape(str(missing))):
        load_policy(missing)


def test_policy_error_is_a_blindscreen_error():
    assert issubclass(PolicyError, BlindscreenError)


# --- content hash and identity -------------------------------------------------------------------
def test_hash_ignores_comments_layout_and_key_order(tmp_path):
    original = tmp_path / "a.yaml"
    original.write_text((POLICY_DIR / "default.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    raw = _default_raw()
    reordered = {key: raw[key] for key in reversed(list(raw))}  # keys in another order
    reformatted = tmp_path / "b.yaml"
    reformatted.write_text(
        "# the same rules, no comments, block style, other key order\n"
        + yaml.safe_dump(reordered, default_flow_style=False, sort_keys=False, width=60),
        encoding="utf-8",
    )
    assert original.read_text() != reformatted.read_text()
    assert load_policy(original).content_hash == load_policy(reformatted).content_hash
    assert load_policy(original).content_hash == load_policy("default").content_hash


def test_hash_changes_when_a_threshold_changes(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    raw = _default_raw()
    a.write_text(yaml.safe_dump(raw), encoding="utf-8")
    raw["categories"]["AGE"]["threshold"] = 0.55
    b.write_text(yaml.safe_dump(raw), encoding="utf-8")
    assert load_policy(a).content_hash != load_policy(b).content_hash


@pytest.mark.parametrize(
    "change",
    [
        lambda raw: raw["categories"]["GENDER"].update(action="redact"),
        lambda raw: raw["allow_list"].append("Waffle House"),
        lambda raw: raw.update(placeholder="<{category}-{n}>"),
        lambda raw: raw["rewrite"].update(language_skills="redact"),
    ],
    ids=["action", "allow-list", "placeholder", "rewrite"],
)
def test_hash_changes_with_any_rule(tmp_path, change):
    raw = _default_raw()
    before = Policy.model_validate(raw).content_hash
    change(raw)
    assert Policy.model_validate(raw).content_hash != before


def test_hash_is_stable_across_loads():
    assert load_policy("strict").content_hash == load_policy("strict").content_hash


def test_identity_records_name_version_and_hash():
    policy = load_policy("nyc")
    identity = policy.identity()
    assert set(identity) == {"name", "version", "hash"}
    assert identity["name"] == "nyc"
    assert identity["version"] == policy.version == "1.1.0"
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", identity["hash"])
    assert identity["hash"] == policy.content_hash


def test_policy_is_immutable():
    policy = load_policy()
    with pytest.raises(Exception):
        policy.name = "other"  # type: ignore[misc]


# --- the folder of broken policies ---------------------------------------------------------------
# file -> (field the message must name, words that tell how to fix it)
BROKEN_CASES = [
    ("unknown_top_level_key.yaml", "alow_list", r"unknown key; remove it or check its spelling"),
    ("unknown_rule_key.yaml", "categories.PERSON.treshold", r"remove it or check its spelling"),
    ("bad_action.yaml", "categories.HANDLE.action", r"'redact', 'remove', 'neutralize' or 'keep'.*'erase'"),
    ("threshold_too_high.yaml", "categories.AGE.threshold", r"less than or equal to 1"),
    ("missing_category.yaml", "categories", r"TRADE_UNION missing.*every category must be listed.*keep"),
    ("unknown_category.yaml", "categories", r"unknown RACE; known: PERSON, AGE"),
    ("bad_placeholder.yaml", "placeholder", r"only \{category\}, \{label\} and \{n\}.*\[\{label\}\{n\}\]"),
    ("deny_unknown_category.yaml", "deny_list.0.category", r"unknown category 'EMPLOYER'; use one of PERSON"),
    ("bad_rewrite_option.yaml", "rewrite.language_skills", r"'keep' or 'redact'.*'drop'"),
    ("missing_name.yaml", "name", r"required field missing; add it"),
    ("bad_name.yaml", "name", r"pattern '\^\[a-z0-9\]"),
    pytest.param(
        "bad_version.yaml", "version", r"1\.0\.0|semantic|quote",
        
        id="bad_version.yaml",
    ),
    ("not_a_mapping.yaml", None, r"a policy is a YAML mapping with name, version and categories"),
    ("empty.yaml", None, r"a policy is a YAML mapping with name, version and categories"),
    ("invalid_syntax.yaml", None, r"not valid YAML.*line 5.*expected ',' or '\}'"),
]  # fmt: skip


def test_every_broken_file_has_a_row_in_the_table():
    rows = {c.values[0] if hasattr(c, "values") else c[0] for c in BROKEN_CASES}
    assert rows == {p.name for p in BROKEN.glob("*.yaml")}


@pytest.mark.parametrize(("filename", "field", "fix"), BROKEN_CASES)
def test_broken_policy_is_refused_with_file_field_and_fix(filename, field, fix):
    path = BROKEN / filename
    with pytest.raises(PolicyError) as e:
        load_policy(path)
    message = str(e.value)
    assert message.startswith(str(path)), message  # names the file
    if field is not None:
        assert re.search(rf"(^|\s){re.escape(field)}:", message, re.M), message  # names the field
    assert re.search(fix, message, re.S), message  # says how to fix it
    assert "Traceback" not in message and "pydantic" not in message.lower()


@pytest.mark.parametrize("filename", sorted(p.name for p in BROKEN.glob("*.yaml")))
def test_broken_policy_error_is_translated_not_raw(filename):
    # No yaml.YAMLError or pydantic.ValidationError escapes: callers catch BlindscreenError.
    with pytest.raises(BlindscreenError):
        load_policy(BROKEN / filename)
