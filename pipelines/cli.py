"""The ``blindscreen`` command.

Every error a person can cause (a bad file, a bad policy, malformed input) ends with a one-line
message on stderr and a non-zero exit, never a traceback. Heavy modules are imported inside the
commands so ``blindscreen --help`` is instant.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .errors import BlindscreenError, InputError

EXIT_ERROR = 2


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.func(args)
    except BlindscreenError as e:
        print(f"blindscreen: error: {e}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("blindscreen: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="blindscreen",
        description="Anonymized transcripts of video resumes for blind first-round screening.",
    )
    sub = parser.add_subparsers(metavar="COMMAND")

    p = sub.add_parser("process", help="transcribe and redact a video resume")
    p.add_argument("video", type=Path)
    _policy_arg(p)
    p.add_argument("--known", action="append", default=[], metavar="TEXT",
                   help="an identifier the candidate declares (name, @handle, e-mail, school); "
                        "repeatable; prefix with CATEGORY: to set its category, e.g. school:Rice")
    p.add_argument("--format", choices=("text", "json", "vtt"), default="text")
    p.add_argument("--out", type=Path, help="write here instead of standard output")
    p.add_argument("--model", help="speech model: 'tiny.en' (default) or a CTranslate2 model folder")
    p.add_argument("--threads", type=int, help="CPU threads for speech recognition (default: all)")
    p.add_argument("--max-duration", type=float, help="longest accepted media, in seconds")
    p.add_argument("--no-progress", action="store_true", help="never show the progress display")
    p.set_defaults(func=cmd_process)

    p = sub.add_parser("redact-text", help="redact plain text (or JSON lines) from stdin")
    _policy_arg(p)
    p.add_argument("--jsonl", action="store_true",
                   help='read lines {"id": ..., "text": ...}; write {"id", "redacted_text", "entities"}')
    p.add_argument("--known", action="append", default=[], metavar="TEXT")
    p.set_defaults(func=cmd_redact_text)

    p = sub.add_parser("policies", help="list, show or validate redaction policies")
    psub = p.add_subparsers(metavar="ACTION")
    q = psub.add_parser("list", help="the presets shipped with blindscreen")
    q.set_defaults(func=cmd_policies_list)
    q = psub.add_parser("show", help="a policy's rules, name, version and hash")
    q.add_argument("policy")
    q.set_defaults(func=cmd_policies_show)
    q = psub.add_parser("validate", help="check policy files; exit non-zero if any is invalid")
    q.add_argument("files", nargs="+")
    q.set_defaults(func=cmd_policies_validate)
    p.set_defaults(func=lambda a, parser=p: (parser.print_help(), EXIT_ERROR)[1])

    p = sub.add_parser("eval", help="measure a policy on a labelled corpus (leaks, keeps, identity)")
    p.add_argument("corpus", type=Path)
    _policy_arg(p)
    p.add_argument("--baseline", choices=("presidio",), help="also measure stock Presidio")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--show-errors", action="store_true", help="list every leaked and lost span")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("probe", help="residual-leak test: predict a label from raw vs redacted text")
    p.add_argument("csv", nargs="+", help="CSV file(s)")
    p.add_argument("--text-column", required=True)
    p.add_argument("--label-column", required=True)
    _policy_arg(p)
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--seed", type=int, default=0, help="seed of the fold shuffle (default: 0)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_probe)

    try:
        from service.cli import add_commands
    except ImportError:
        add_commands = None
    if add_commands is not None:
        add_commands(sub)
    return parser


def _policy_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--policy", default=None, metavar="P",
                   help="policy preset name or YAML file (default: 'default')")


def _policy_name(args) -> str:
    from .policy import DEFAULT_POLICY

    return args.policy or DEFAULT_POLICY


# --- process -------------------------------------------------------------------------------------
def cmd_process(args) -> int:
    from dataclasses import replace

    from .output import render
    from .pipeline import Pipeline, PipelineOptions
    from .progress import ProgressDisplay

    options = PipelineOptions(policy=_policy_name(args))
    if args.model:
        options.asr = replace(options.asr, model=args.model)
    if args.threads is not None:
        options.asr = replace(options.asr, cpu_threads=args.threads)
    if args.max_duration is not None:
        options.probe = replace(options.probe, max_duration_s=args.max_duration)
        options.audio = replace(options.audio, max_duration_s=args.max_duration)
    if not args.video.exists():
        raise InputError(f"{args.video}: no such file")
    pipeline = Pipeline(options)
    display = ProgressDisplay(enabled=not args.no_progress and sys.stderr.isatty())
    with display:
        result = pipeline.process(args.video, known=args.known, progress=display.update)
    _write(render(result, args.format), args.out)
    return 0


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out)  # never a half-written output file
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{out}: cannot write: {e.strerror}") from e


# --- redact-text ---------------------------------------------------------------------------------
def cmd_redact_text(args) -> int:
    from .redactor import RedactOptions, Redactor

    redactor = Redactor(RedactOptions(policy=_policy_name(args))).load()
    if not args.jsonl:
        text = sys.stdin.read()
        sys.stdout.write(redactor.redact(text, args.known).text)
        sys.stdout.flush()
        return 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        record = _parse_record(line, number)
        known = list(args.known) + list(record.get("known") or [])
        result = redactor.redact(record["text"], known)
        out = {
            "id": record.get("id"),
            "redacted_text": result.text,
            "entities": [_entity(r) for r in result.redactions],
            "policy": redactor.policy.identity(),
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


def _parse_record(line: str, number: int) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"stdin line {number}: not valid JSON ({e.msg})") from e
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f'stdin line {number}: expected an object with a string "text" field')
    known = record.get("known")
    if known is not None and not (isinstance(known, list) and all(isinstance(k, str) for k in known)):
        raise InputError(f'stdin line {number}: "known" must be a list of strings')
    return record


def _entity(r) -> dict:
    return {
        "entity_type": r.category,
        "start": r.start,
        "end": r.end,
        "score": r.score,
        "recognizer": r.recognizer,
        "action": r.action,
        "replacement": r.replacement,
        "out_start": r.out_start,
        "out_end": r.out_end,
    }


# --- policies ------------------------------------------------------------------------------------
def cmd_policies_list(args) -> int:
    from .policy import list_presets, load_policy

    for name in list_presets():
        policy = load_policy(name)
        print(f"{name:<18} {policy.version:<8} {policy.content_hash[:19]}  {policy.follows.strip()[:60]}")
    return 0


def cmd_policies_show(args) -> int:
    from .policy import load_policy

    policy = load_policy(args.policy)
    print(f"name:    {policy.name}\nversion: {policy.version}\nhash:    {policy.content_hash}")
    if policy.follows:
        print(f"follows: {policy.follows.strip()}")
    print(f"\n{'category':<22} {'action':<11} {'threshold':<9} rationale")
    for category, rule in policy.categories.items():
        print(f"{category:<22} {rule.action:<11} {rule.threshold:<9} {rule.rationale}")
    if policy.allow_list:
        print("\nallow-list: " + ", ".join(policy.allow_list))
    if policy.deny_list:
        print("deny-list:  " + ", ".join(f"{d.text} ({d.category})" for d in policy.deny_list))
    return 0


def cmd_policies_validate(args) -> int:
    from .errors import PolicyError
    from .policy import load_policy

    failed = 0
    for f in args.files:
        try:
            policy = load_policy(f)
            print(f"{f}: ok ({policy.name} {policy.version}, {policy.content_hash[:19]})")
        except PolicyError as e:
            failed += 1
            print(str(e), file=sys.stderr)
    return EXIT_ERROR if failed else 0


# --- eval and probe ------------------------------------------------------------------------------
def cmd_eval(args) -> int:
    from .evaluate import evaluate, format_report, read_corpus
    from .redactor import RedactOptions, Redactor

    records = read_corpus(args.corpus)
    redactor = Redactor(RedactOptions(policy=_policy_name(args))).load()
    identity = redactor.policy.identity()
    report = evaluate(records, redactor, name="blindscreen")
    baseline = None
    if args.baseline == "presidio":
        from .baseline import presidio_baseline

        baseline = evaluate(records, presidio_baseline(), name="presidio")
    if args.json:
        out = {"blindscreen": report.to_dict(), "policy": identity}
        if baseline is not None:
            out["presidio"] = baseline.to_dict()
        print(json.dumps(out, indent=2))
    else:
        print(f"policy: {identity['name']} ({identity['hash'][:19]})")
        print(format_report(report, baseline, show_errors=args.show_errors))
    return 0


def cmd_probe(args) -> int:
    from .redactor import RedactOptions, Redactor
    from .residual import format_probe, probe_csv

    redactor = Redactor(RedactOptions(policy=_policy_name(args))).load()
    report = probe_csv(
        args.csv, args.text_column, args.label_column, redactor, folds=args.folds, seed=args.seed
    )
    if args.json:
        print(json.dumps({**report.to_dict(), "policy": redactor.policy.identity()}, indent=2))
    else:
        print(format_probe(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
