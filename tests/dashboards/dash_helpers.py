"""Helpers for reading what an AppTest run shows."""
from __future__ import annotations

import json

import pandas as pd
from streamlit.testing.v1 import AppTest


def texts(at: AppTest) -> str:
    """All visible text of markdown-ish elements, for containment checks."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "success", "warning", "error"):
        parts += [str(e.value) for e in getattr(at, kind)]
    return "\n".join(parts)


def frames(at: AppTest) -> list[pd.DataFrame]:
    return [d.value for d in at.dataframe]


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def plotly_specs(at: AppTest) -> list[dict]:
    return [json.loads(e.proto.spec) for e in at.get("plotly_chart")]


def array(v: object) -> list[float]:
    """A plotly data array, which plotly.py may ship as a base64 typed array."""
    if isinstance(v, dict) and "bdata" in v:
        import base64

        import numpy as np

        return np.frombuffer(base64.b64decode(v["bdata"]), dtype=np.dtype(v["dtype"])).tolist()
    return list(v)  # type: ignore[call-overload]


def banner_texts(at: AppTest) -> list[str]:
    return [str(w.value) for w in at.warning]
