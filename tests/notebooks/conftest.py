"""Fixtures of the notebook tests: a kernelspec for this venv's Python."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from nbrun import KERNEL_NAME


@pytest.fixture(scope="session")
def kernel_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A kernelspec pointing at sys.executable, found through JUPYTER_PATH (never the user's)."""
    root = tmp_path_factory.mktemp("jupyter")
    spec = root / "kernels" / KERNEL_NAME
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "welfare venv", "language": "python",
    }))
    return root
