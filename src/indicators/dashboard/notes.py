"""Notes the pages share about how figures were made (issue 20: resources without coordinates)."""
from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from indicators.dashboard import ui
from indicators.services import positions


def position_notes(fiscal_year: int, types: Sequence[str]) -> None:
    """For each type: how many active resources lack coordinates and how they were treated."""
    if not types:
        return
    summary = ui.query(positions.position_summary, fiscal_year, tuple(types))
    for _, row in summary.iterrows():
        icon = ":material/location_searching:" if row["n_approximate"] or row["n_unplaced"] else ":material/location_on:"
        st.caption(f"{icon} {ui.md(positions.position_text(row))}")
