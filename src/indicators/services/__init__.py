"""UI services: read-only warehouse queries, figures and exports for the dashboard.

Plain pandas/plotly/matplotlib; nothing here imports streamlit (the dashboard caches calls
at its own boundary). `commands.py` provides `welfare app`.
"""
