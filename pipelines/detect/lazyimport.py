"""Import Presidio and spaCy without the parts of them blindscreen never runs.

Two packages cost a cold start work that nothing here uses:

* ``import presidio_analyzer`` imports ``presidio_analyzer.predefined_recognizers``, whose
  ``__init__`` imports every one of Presidio's ~100 recognizers (German tax numbers, Indian
  passports, ...) and so compiles their patterns; its URL recognizer alone compiles a pattern of
  every top-level domain. blindscreen registers none of them (``engine.py``); Presidio's own
  modules need only the three NLP-engine recognizer classes, for ``isinstance`` checks.
* ``import spacy`` imports ``spacy.cli`` (its command line: typer, weasel, requests, jinja2 and
  every command's module) for the one function ``spacy.info``.

Together about 0.4 CPU-s of every new process. ``install()``, called before either package is
first imported, puts a stand-in for each of those modules into ``sys.modules``: the real module
(same ``__path__``, ``__file__`` and spec) with its code not yet run. What importing Presidio
and spaCy asks of them is served without running it: the three NLP-engine classes are imported
from their own modules, and ``spacy.info`` is a function that runs the real one. Anything else
asked of a stand-in (the stock-Presidio baseline's ``EmailRecognizer``, ``spacy.cli.download``),
and Presidio's lookup of recognizer classes by name (``RecognizerListLoader``, used when a
registry is built from Presidio's configuration), first runs the module's real code in the
stand-in, which then *is* the real module. So every use gives what it gave before; a process that
never asks (every blindscreen command but the baseline) skips the work.

A package already imported, or one whose files are not where a package's files are, is left
alone.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from pathlib import Path

PRESIDIO_RECOGNIZERS = "presidio_analyzer.predefined_recognizers"
SPACY_CLI = "spacy.cli"
SPACY_INFO = "spacy.cli.info"
#: Names Presidio's own modules import from its recognizers package, and the module of each.
_NLP_ENGINE_CLASSES = {
    "SpacyRecognizer": "nlp_engine_recognizers.spacy_recognizer",
    "StanzaRecognizer": "nlp_engine_recognizers.stanza_recognizer",
    "TransformersRecognizer": "nlp_engine_recognizers.transformers_recognizer",
}

_lock = threading.RLock()
#: Stand-ins whose real code has not run yet, by module name.
_pending: dict = {}


def install() -> None:
    """Put the stand-ins in place, then import spaCy and Presidio through them."""
    with _lock:
        if "spacy" not in sys.modules:
            _install_spacy()
        if "presidio_analyzer" not in sys.modules:
            _install_presidio()


def is_complete(name: str) -> bool:
    """Whether module ``name``'s real code has run (it is no stand-in, or no longer one)."""
    return name not in _pending


#: Stand-ins completed together, in this order: spacy.cli's package code binds the names of its
#: submodules, which would otherwise be left as whatever importing spacy.cli.info imported
#: ("spacy.cli.download" the module, not the function); info first, as in a plain import.
_TOGETHER = {SPACY_CLI: (SPACY_INFO, SPACY_CLI), SPACY_INFO: (SPACY_INFO, SPACY_CLI)}


def complete(name: str) -> None:
    """Run module ``name``'s real code in its stand-in (once)."""
    with _lock:
        for each in _TOGETHER.get(name, (name,)):
            _run(each)


def _run(name: str) -> None:
    with _lock:
        module = _pending.pop(name, None)
        if module is None:
            return
        del module.__getattr__
        try:
            module.__spec__.loader.exec_module(module)
        except BaseException:
            module.__getattr__ = _getattr_of(name)
            _pending[name] = module
            raise


def _package_dir(top: str) -> Path | None:
    """Where package ``top`` is installed (found, not imported), or None."""
    try:
        spec = importlib.util.find_spec(top)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _stand_in(name: str, file: Path, package: bool):
    """A not-yet-run module ``name`` from ``file``, in ``sys.modules``; None if there is none."""
    if not file.is_file():
        return None
    spec = importlib.util.spec_from_file_location(
        name, file, submodule_search_locations=[str(file.parent)] if package else None
    )
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    module.__getattr__ = _getattr_of(name)
    _pending[name] = module
    sys.modules[name] = module
    return module


def _getattr_of(name: str):
    def __getattr__(attribute: str):
        """Only called for names the stand-in does not have (yet)."""
        with _lock:
            module = sys.modules.get(name)
            if name not in _pending or module is not _pending[name]:
                raise AttributeError(f"module {name!r} has no attribute {attribute!r}")
            if name == PRESIDIO_RECOGNIZERS and attribute in _NLP_ENGINE_CLASSES:
                value = getattr(importlib.import_module(f"{name}.{_NLP_ENGINE_CLASSES[attribute]}"), attribute)
                setattr(module, attribute, value)
                return value
            if attribute.startswith("__") and attribute != "__all__":
                raise AttributeError(f"module {name!r} has no attribute {attribute!r}")  # introspection
            complete(name)
            return getattr(module, attribute)

    return __getattr__


def _undo(prefix: str) -> None:
    """Forget every module of package ``prefix`` (after a failed import: the next is a plain one)."""
    for name in [n for n in sys.modules if n == prefix or n.startswith(prefix + ".")]:
        _pending.pop(name, None)
        del sys.modules[name]


def _install_presidio() -> None:
    folder = _package_dir("presidio_analyzer")
    if folder is None:
        return
    module = _stand_in(PRESIDIO_RECOGNIZERS, folder / "predefined_recognizers" / "__init__.py", package=True)
    if module is None:
        return
    try:
        import presidio_analyzer
        from presidio_analyzer.recognizer_registry import recognizers_loader_utils
    except BaseException:
        _undo("presidio_analyzer")
        raise
    # A package's submodule is an attribute of its parent once imported; the import system does
    # not set it for a module that was already in sys.modules.
    presidio_analyzer.predefined_recognizers = module
    _complete_before(recognizers_loader_utils.RecognizerListLoader, "get_all_existing_recognizers",
                     PRESIDIO_RECOGNIZERS)


def _install_spacy() -> None:
    folder = _package_dir("spacy")
    if folder is None or not (folder / "cli" / "info.py").is_file():
        return
    package = _stand_in(SPACY_CLI, folder / "cli" / "__init__.py", package=True)
    if package is None:
        return
    info_module = _stand_in(SPACY_INFO, folder / "cli" / "info.py", package=False)
    if info_module is None:
        _undo(SPACY_CLI)
        return

    def info(*args, **kwargs):
        complete(SPACY_INFO)
        return sys.modules[SPACY_INFO].info(*args, **kwargs)

    info.__doc__ = "spaCy's ``spacy.info`` (spacy.cli.info.info), imported when first called."
    info_module.info = info
    try:
        import spacy
    except BaseException:
        _undo("spacy")
        raise
    spacy.cli = package


def _complete_before(cls, method: str, name: str) -> None:
    """``cls.method`` (a staticmethod) completes module ``name`` before it runs."""
    original = getattr(cls, method)

    def wrapper(*args, **kwargs):
        complete(name)
        return original(*args, **kwargs)

    wrapper.__wrapped__ = original
    wrapper.__doc__ = original.__doc__
    setattr(cls, method, staticmethod(wrapper))
