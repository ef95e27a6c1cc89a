"""The framework editor and the Excel import wizard."""
