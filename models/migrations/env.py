"""Alembic environment for evaluation files: the app passes an open connection in.

No ``fileConfig``: the application owns logging. Batch mode because SQLite cannot alter tables.
"""
from alembic import context

import models.entities  # noqa: F401  (registers the tables)
from models.base import Base

config = context.config
connection = config.attributes.get("connection")


def run_migrations_online() -> None:
    if connection is None:  # used by `alembic revision --autogenerate` during development
        from sqlalchemy import create_engine

        url = config.get_main_option("sqlalchemy.url") or "sqlite:///:memory:"
        with create_engine(url).connect() as con:
            context.configure(connection=con, target_metadata=Base.metadata, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
            con.commit()
        return
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
