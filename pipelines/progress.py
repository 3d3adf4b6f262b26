"""A stage-by-stage progress display on a terminal; silent when output is piped."""

from __future__ import annotations

import sys
import time

_LABELS = {
    "probe": "Checking media",
    "audio": "Extracting audio",
    "load": "Loading models",
    "asr": "Recognising speech",
    "redact": "Redacting",
}


class ProgressDisplay:
    def __init__(self, enabled: bool, stream=None):
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self._stage = None
        self._started = time.perf_counter()
        self._last_draw = 0.0

    def __enter__(self) -> "ProgressDisplay":
        return self

    def __exit__(self, *exc) -> None:
        if self.enabled and self._stage is not None:
            self._finish_line()

    def update(self, stage: str, done: float, total: float | None) -> None:
        if not self.enabled:
            return
        if stage != self._stage:
            if self._stage is not None:
                self._finish_line()
            self._stage, self._started = stage, time.perf_counter()
        now = time.perf_counter()
        if now - self._last_draw < 0.1 and done:
            return
        self._last_draw = now
        label = _LABELS.get(stage, stage)
        detail = f" {done:6.1f}/{total:.1f} s of audio" if stage == "asr" and total else ""
        self.stream.write(f"\r{label}…{detail}\x1b[K")
        self.stream.flush()

    def _finish_line(self) -> None:
        elapsed = time.perf_counter() - self._started
        self.stream.write(f"\r{_LABELS.get(self._stage, self._stage)} done ({elapsed:.1f} s)\x1b[K\n")
        self.stream.flush()
