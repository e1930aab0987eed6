"""Validation of each contract table into clean rows + rejected rows (Japanese reasons)."""
