"""The Streamlit side of the dashboard: the warehouse connection, cached typed queries and the
widgets the pages share (`indicators.dashboard.ui`). This package may import streamlit;
`indicators.services` never does. The pages themselves stay in `dashboards/pages/` and only render.
"""
