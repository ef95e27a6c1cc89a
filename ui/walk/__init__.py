"""The indicator walk: tree, indicator panel, rule input editors, scoreboard."""
