"""Several laptops, one evaluation: assignments and review, merge, packages, backups, integrity, audit trail."""
