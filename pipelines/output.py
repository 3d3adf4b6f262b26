"""Renders a ProcessResult as text, JSON or WebVTT."""

from __future__ import annotations

import json


def render(result, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "vtt":
        return to_vtt(result.segments)
    return result.redacted.text.strip() + "\n"


def to_vtt(segments) -> str:
    lines = ["WEBVTT", ""]
    for i, seg in enumerate(segments, start=1):
        lines += [str(i), f"{_stamp(seg.start)} --> {_stamp(seg.end)}", seg.text, ""]
    return "\n".join(lines)


def _stamp(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"
