"""The ``blindscreen`` command, as a person or the acceptance harness runs it.

The real console script runs in a subprocess where the process boundary matters (the JSON-lines
contract, exit codes, no traceback); everything else calls ``pipelines.cli.main`` in-process with
captured output, which is much faster once the models are loaded.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines import cli
from pipelines.errors import InputError
from pipelines.policy import list_presets, load_policy

try:
    from tests.netblock import block_network
except ModuleNotFoundError:  # run as `pytest` (tests/ on sys.path) rather than `python -m pytest`
    from netblock import block_network

ROOT = Path(__file__).resolve().parents[1]
BLINDSCREEN = ROOT / ".venv" / "bin" / "blindscreen"
BROKEN = ROOT / "tests" / "policies_broken"


@pytest.fixture(autouse=True)
def _offline_env(monkeypatch):
    # main() sets HF_HUB_OFFLINE with setdefault; make monkeypatch restore it afterwards.
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


def run(*args: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The installed console script, as a user runs it."""
    assert BLINDSCREEN.exists(), f"{BLINDSCREEN} missing: run `make test` to set up the venv"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [str(BLINDSCREEN), *args], input=stdin, capture_output=True, text=True, cwd=cwd, env=env, timeout=180
    )


def main(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    """``pipelines.cli.main`` in-process with ``stdin`` as standard input."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_clean_error(code: int, err: str, *words: str) -> None:
    assert code == cli.EXIT_ERROR, err
    assert "Traceback" not in err, err
    assert err.strip(), "an error needs a message"
    for word in words:
        assert word in err, err


# --- redact-text ---------------------------------------------------------------------------------
def test_redact_text_plain(monkeypatch, capsys):
    code, out, err = main(monkeypatch, capsys, "redact-text", stdin="Hi, I'm Maria Lopez from Memphis.\n")
    assert code == 0, err
    assert out == "Hi, I'm [Person1] from [Location1].\n"


def test_redact_text_with_known_and_policy(monkeypatch, capsys):
    text = "People say Kaffir, but my name is Brianna. I'm a Marine veteran."
    code, out, _ = main(
        monkeypatch, capsys, "redact-text", "--known", "Brianna Okafor", "--policy", "us-federal", stdin=text
    )
    assert code == 0
    assert "Kaffir" not in out and "Brianna" not in out
    assert out.count("[Person1]") == 2


JSONL_TEXTS = [
    "Hi, I'm Maria Lopez and I worked at Kroger for three years.",
    "Email me at maya.lee@gmail.com or call 555-123-4567.",
    "I have 52,000 followers on TikTok and I'm fast in Epic.",
    "I grew up in Orange Mound, Memphis — my manager Keisha Brown taught me to cook at a café.",
    "Nothing sensitive here: I ran the register and trained new hires.",
]


def test_redact_text_jsonl_contract_in_one_process():
    """Lines {"id", "text"} in; lines {"id", "redacted_text", "entities"} out, ids in order."""
    records = [
        {"id": i if i % 2 else f"rec-{i}", "text": JSONL_TEXTS[i % len(JSONL_TEXTS)]} for i in range(50)
    ]
    records[7]["known"] = ["Brianna Okafor"]
    records[7]["text"] = "Call me Kaffir, everyone does."
    stdin = "\n".join(json.dumps(r, ensure_ascii=False) for r in records[:25]) + "\n\n"  # a blank line
    stdin += "\n".join(json.dumps(r, ensure_ascii=False) for r in records[25:]) + "\n"
    result = run("redact-text", "--jsonl", stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 50  # one out per record, blank input lines skipped
    outputs = [json.loads(line) for line in lines]
    assert [o["id"] for o in outputs] == [r["id"] for r in records]  # ids and their types kept
    policy = load_policy("default").identity()
    for record, out in zip(records, outputs):
        assert {"id", "redacted_text", "entities"} <= set(out)
        assert isinstance(out["redacted_text"], str) and isinstance(out["entities"], list)
        assert out.get("policy", policy) == policy
        text = record["text"]
        for entity in out["entities"]:
            assert {"entity_type", "start", "end", "score"} <= set(entity)
            assert isinstance(entity["start"], int) and isinstance(entity["end"], int)
            assert 0 <= entity["start"] < entity["end"] <= len(text)
            assert 0.0 <= entity["score"] <= 1.0
            assert entity["entity_type"].isupper()
            if "out_start" in entity:  # the replacement is where the entity says it is
                assert out["redacted_text"][entity["out_start"] : entity["out_end"]] == entity["replacement"]
    first = outputs[0]
    assert first["redacted_text"] == "Hi, I'm [Person1] and I worked at Kroger for three years."
    assert [(e["entity_type"], JSONL_TEXTS[0][e["start"] : e["end"]]) for e in first["entities"]] == [
        ("PERSON", "Maria Lopez")
    ]
    assert "maya.lee" not in outputs[1]["redacted_text"] and "555" not in outputs[1]["redacted_text"]
    assert outputs[3]["redacted_text"] == (  # UTF-8 written as is, not \u-escaped
        "I grew up in [Location1], [Location2] — my manager [Person1] taught me to cook at a café."
    )
    assert "—" in lines[3] and "café" in lines[3]
    assert outputs[7]["redacted_text"] == "Call me [Person1], everyone does."  # per-record "known"


def test_redact_text_jsonl_loads_the_models_once(monkeypatch, capsys):
    from pipelines.detect import engine

    calls = []
    real = engine.build_nlp_engine
    monkeypatch.setattr(engine, "build_nlp_engine", lambda options: calls.append(1) or real(options))
    stdin = "".join(json.dumps({"id": i, "text": f"I'm Maria Lopez, shift {i}."}) + "\n" for i in range(50))
    code, out, err = main(monkeypatch, capsys, "redact-text", "--jsonl", stdin=stdin)
    assert code == 0, err
    assert len(out.splitlines()) == 50
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("bad_line", "words"),
    [
        ("{not json", ["stdin line 3", "not valid JSON"]),
        ("[1, 2]", ["stdin line 3", '"text"']),
        ('{"id": 3}', ["stdin line 3", '"text"']),
        ('{"id": 3, "text": 42}', ["stdin line 3", '"text"']),
        ('{"id": 3, "text": "x", "known": "Brianna"}', ["stdin line 3", '"known" must be a list of strings']),
    ],
)
def test_redact_text_jsonl_bad_line_names_the_line(monkeypatch, capsys, bad_line, words):
    stdin = '{"id": 1, "text": "I am Maria Lopez."}\n\n' + bad_line + '\n{"id": 4, "text": "fine"}\n'
    code, out, err = main(monkeypatch, capsys, "redact-text", "--jsonl", stdin=stdin)
    assert_clean_error(code, err, *words)
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1]  # nothing after the bad line


def test_redact_text_unknown_policy_is_a_clean_error(monkeypatch, capsys):
    code, _, err = main(monkeypatch, capsys, "redact-text", "--policy", "no-such-policy", stdin="hi")
    assert_clean_error(code, err, "no-such-policy", "default")


def test_redact_text_runs_with_the_network_blocked(monkeypatch, capsys):
    text = "Hi, I'm Maria Lopez. Email maria.lopez@gmail.com or visit marialopez.design.\n"
    with block_network() as attempts:
        code, out, err = main(monkeypatch, capsys, "redact-text", stdin=text)
        code_j, out_j, err_j = main(
            monkeypatch, capsys, "redact-text", "--jsonl", stdin=json.dumps({"id": "n", "text": text}) + "\n"
        )
    assert attempts == []
    assert (code, code_j) == (0, 0), err + err_j
    assert out == "Hi, I'm [Person1]. Email [Contact1] or visit [Contact2].\n"
    assert json.loads(out_j)["redacted_text"] == out


# --- policies ------------------------------------------------------------------------------------
def test_policies_list_shows_every_preset_with_version_and_hash(monkeypatch, capsys):
    code, out, _ = main(monkeypatch, capsys, "policies", "list")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == list_presets()
    for line in lines:
        policy = load_policy(line.split()[0])
        assert policy.version in line and policy.content_hash[:19] in line


def test_policies_show_prints_identity_and_every_rule(monkeypatch, capsys):
    code, out, _ = main(monkeypatch, capsys, "policies", "show", "nyc")
    assert code == 0
    policy = load_policy("nyc")
    assert "name:    nyc" in out and f"hash:    {policy.content_hash}" in out
    for category, rule in policy.categories.items():
        assert any(line.split()[:2] == [category, rule.action] for line in out.splitlines()), category
    assert "allow-list: Wendy's" in out


def test_policies_validate_good_and_broken_files():
    good = ROOT / "policies" / "default.yaml"
    result = run("policies", "validate", str(good))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{good}: ok (default 1.1.0, sha256:")

    bad = BROKEN / "bad_action.yaml"
    result = run("policies", "validate", str(good), str(bad), str(BROKEN / "invalid_syntax.yaml"))
    assert result.returncode == 2
    assert f"{good}: ok" in result.stdout  # the good file is still reported
    assert str(bad) in result.stderr and "categories.HANDLE.action" in result.stderr
    assert "invalid_syntax.yaml: not valid YAML" in result.stderr
    assert "Traceback" not in result.stderr


def test_policies_show_broken_file_is_a_clean_error(monkeypatch, capsys):
    code, _, err = main(monkeypatch, capsys, "policies", "show", str(BROKEN / "unknown_rule_key.yaml"))
    assert_clean_error(code, err, "unknown_rule_key.yaml", "categories.PERSON.treshold", "remove it")


def test_policies_without_an_action_prints_policies_help(monkeypatch, capsys):
    code, out, _ = main(monkeypatch, capsys, "policies")
    assert code == cli.EXIT_ERROR
    assert "usage: blindscreen policies" in out


def test_no_command_prints_help_and_fails(monkeypatch, capsys):
    code, out, _ = main(monkeypatch, capsys)
    assert code == cli.EXIT_ERROR
    assert "usage: blindscreen" in out and "redact-text" in out


# --- process: bad input --------------------------------------------------------------------------
@pytest.fixture
def bad_media(tmp_path) -> Path:
    (tmp_path / "resume.mp4").write_text("This is a cover letter, not a video.\n", encoding="utf-8")
    (tmp_path / "empty.mp4").write_bytes(b"")
    return tmp_path


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("missing.mp4", ["missing.mp4", "no such file"]),
        ("resume.mp4", ["resume.mp4", "not a video or audio file"]),
        ("empty.mp4", ["empty.mp4", "empty (0 bytes)"]),
    ],
)
def test_process_bad_input_is_a_message_and_writes_no_out_file(bad_media, monkeypatch, capsys, name, words):
    out_file = bad_media / "transcript.txt"
    code, out, err = main(monkeypatch, capsys, "process", str(bad_media / name), "--out", str(out_file))
    assert_clean_error(code, err, *words)
    assert err.startswith("blindscreen: error: ") and out == ""
    assert not out_file.exists() and not (bad_media / "transcript.txt.part").exists()


def test_process_text_renamed_mp4_through_the_console_script(bad_media):
    result = run("process", "resume.mp4", "--out", "t.txt", cwd=bad_media)
    assert_clean_error(result.returncode, result.stderr, "resume.mp4", "not a video or audio file")
    assert len(result.stderr.strip().splitlines()) == 1  # one line, no traceback
    assert result.stdout == "" and not (bad_media / "t.txt").exists()


def test_out_is_written_atomically(tmp_path):
    out = tmp_path / "transcript.txt"
    cli._write("first\n", out)
    assert out.read_text() == "first\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["transcript.txt"]


def test_out_failure_leaves_the_old_file_and_no_part_file(tmp_path, monkeypatch):
    out = tmp_path / "transcript.txt"
    out.write_text("previous run\n")

    def disk_full(self, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", disk_full)
    with pytest.raises(InputError, match="transcript.txt: cannot write: No space left on device"):
        cli._write("new run\n", out)
    assert out.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["transcript.txt"]


def test_out_into_a_missing_folder_is_a_clean_error(tmp_path):
    with pytest.raises(InputError, match="cannot write"):
        cli._write("x", tmp_path / "no" / "such" / "dir" / "out.txt")


# --- eval and probe ------------------------------------------------------------------------------
def _corpus(tmp_path: Path) -> Path:
    def record(id_: str, name: str) -> dict:
        text = f"Hi, I'm {name}, I worked at Kroger as a cashier for three years."
        spans = []
        for part, label, kind in ((name, "PERSON", "sensitive"), ("Kroger", "EMPLOYER", "keep"), ("cashier", "JOB_TITLE", "keep")):
            start = text.index(part)
            spans.append({"start": start, "end": start + len(part), "label": label, "kind": kind})
        return {"id": id_, "text": text, "spans": spans, "cf_group": "g1", "cf_axis": "gender"}

    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(record(i, n)) for i, n in (("a", "Maria Lopez"), ("b", "John Smith"))) + "\n")
    return path


def test_eval_prints_the_metrics(tmp_path, monkeypatch, capsys):
    code, out, err = main(monkeypatch, capsys, "eval", str(_corpus(tmp_path)))
    assert code == 0, err
    assert out.startswith(f"policy: default ({load_policy().content_hash[:19]})")
    assert "2 transcripts, 1 counterfactual groups" in out
    for title, figure in [
        ("leak rate", "0.0 % (0/2)"),
        ("names found anywhere", "0.0 % (0/4)"),
        ("keep rate", "100.0 % (4/4)"),
        ("counterfactual identity", "100.0 % (1/1)"),
    ]:
        (line,) = [l for l in out.splitlines() if l.startswith(title)]
        assert figure in line, line
    assert "collateral rate" in out


def test_eval_json(tmp_path, monkeypatch, capsys):
    code, out, _ = main(monkeypatch, capsys, "eval", str(_corpus(tmp_path)), "--json", "--policy", "strict")
    assert code == 0
    report = json.loads(out)
    assert report["policy"] == load_policy("strict").identity()
    overall = report["blindscreen"]["overall"]
    assert overall["leak_rate"] == {"value": 0.0, "count": 0, "total": 2}
    assert overall["counterfactual_identity"]["value"] == 1.0
    assert report["blindscreen"]["records"] == 2 and "presidio" not in report


def test_eval_bad_corpus_is_a_clean_error(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "hi", "spans": []}\n{"id": "b", "text": 5, "spans": []}\n')
    code, _, err = main(monkeypatch, capsys, "eval", str(bad))
    assert_clean_error(code, err, "bad.jsonl line 2", "'text'")
    code, _, err = main(monkeypatch, capsys, "eval", str(tmp_path / "missing.jsonl"))
    assert_clean_error(code, err, "missing.jsonl", "no such corpus file")


def _bios(tmp_path: Path) -> Path:
    rows = ["bio,gender"]
    for i in range(6):
        rows.append(f'"She is a nurse, and her patients love her; shift {i}.",F')
        rows.append(f'"He is a nurse, and his patients love him; shift {i}.",M')
    path = tmp_path / "bios.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_probe_on_a_tiny_csv(tmp_path, monkeypatch, capsys):
    args = ("probe", str(_bios(tmp_path)), "--text-column", "bio", "--label-column", "gender", "--folds", "2")
    code, out, err = main(monkeypatch, capsys, *args)
    assert code == 0, err
    assert "12 rows: F 6, M 6" in out
    assert "raw text                       1.000" in out  # pronouns give gender away
    code, out, _ = main(monkeypatch, capsys, *args, "--json")
    report = json.loads(out)
    assert report["rows"] == 12 and report["raw_balanced_accuracy"] == 1.0
    assert report["redacted_balanced_accuracy"] <= 0.6  # neutral pronouns carry no gender
    assert report["policy"] == load_policy().identity()


def test_probe_missing_column_is_a_clean_error(tmp_path, monkeypatch, capsys):
    code, _, err = main(
        monkeypatch, capsys, "probe", str(_bios(tmp_path)), "--text-column", "text", "--label-column", "gender"
    )
    assert_clean_error(code, err, "bios.csv", "no column 'text'", "'bio'")
