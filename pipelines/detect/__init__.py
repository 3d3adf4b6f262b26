"""Detect stage: recognizers that find sensitive (and keep) spans; they decide nothing."""

from .engine import DetectOptions, Detector

__all__ = ["DetectOptions", "Detector"]
