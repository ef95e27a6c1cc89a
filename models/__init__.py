"""The evaluation file: ORM entities, the single-file store and its migrations.

Nothing here imports Qt: every entity and the store run headless.
"""
