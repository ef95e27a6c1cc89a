"""Indicator frameworks (指标体系): the file format and its validation, editing, Excel in and out, rule proposals."""
