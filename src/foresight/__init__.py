"""Foresight: the learning of serious case reviews, checked on multi-agency records."""

__version__ = "0.1.0"
