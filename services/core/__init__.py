"""Shared by every service: errors, numbers and rounding, dates, atomic writes, tabular files."""
