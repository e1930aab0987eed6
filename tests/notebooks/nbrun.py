"""Executing jupytext notebooks top to bottom in a kernel that runs this venv's Python."""
from __future__ import annotations

import os
from pathlib import Path

NOTEBOOK_DIR = Path(__file__).resolve().parents[2] / "notebooks"
KERNEL_NAME = "welfare-venv"


def execute_notebook(path: Path, kernel_dir: Path, env: dict[str, str], timeout: int = 120):
    """Read a py:percent file with jupytext, execute it with nbclient, return the notebook."""
    import jupytext
    from nbclient import NotebookClient

    nb = jupytext.read(path)
    old = {k: os.environ.get(k) for k in [*env, "JUPYTER_PATH", "MPLBACKEND"]}
    os.environ.update(env)
    os.environ["JUPYTER_PATH"] = str(kernel_dir)
    os.environ.pop("MPLBACKEND", None)  # let the kernel use its inline backend
    try:
        client = NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=timeout, allow_errors=False,
                                resources={"metadata": {"path": str(path.parent)}})
        client.execute()
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return nb


def outputs_text(nb) -> str:
    """All stream and text/plain/html output of the executed notebook, joined."""
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out.get("text", ""))
            data = out.get("data", {})
            for mime in ("text/plain", "text/html"):
                if mime in data:
                    parts.append(data[mime] if isinstance(data[mime], str) else "".join(data[mime]))
    return "\n".join(parts)


def count_images(nb) -> int:
    return sum(1 for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {}))


def error_outputs(nb) -> list[str]:
    return [f"{o.get('ename')}: {o.get('evalue')}" for c in nb.cells for o in c.get("outputs", [])
            if o.get("output_type") == "error"]
