"""Detect stage: recognizers that find sensitive (and keep) spans; they decide nothing."""

from . import lazyimport

# Before anything imports Presidio or spaCy: skip importing Presidio's ~100 predefined
# recognizers and spaCy's command line, which we never use (lazyimport.py; both are still there
# for whatever asks for them).
lazyimport.install()

from .engine import DetectOptions, Detector  # noqa: E402

__all__ = ["DetectOptions", "Detector"]
