"""Use cases of FieldEval, with no Qt: scoring, frameworks, evaluation files, reports, merge …"""
