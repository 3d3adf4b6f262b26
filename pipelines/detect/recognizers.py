"""The full set of recognizers the detector registers with Presidio."""

from __future__ import annotations

from pathlib import Path

from .lexicon import DATA_DIR, build_lexicon_recognizers
from .gender import GenderedTermRecognizer, PronounRecognizer
from .greetings import GreetingRecognizer
from .names import NameRecognizer
from .ner import NerRecognizer
from .places import PlaceRecognizer


def build_recognizers(data_dir: Path = DATA_DIR) -> list:
    recognizers = [
        NerRecognizer(),
        NameRecognizer(),
        PlaceRecognizer(),
        GenderedTermRecognizer(),
        PronounRecognizer(),
        GreetingRecognizer(),
        *build_lexicon_recognizers(data_dir),
    ]
    return recognizers  # Presidio's EntityRecognizer.__init__ calls load()
