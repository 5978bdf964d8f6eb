"""Helpers for the Suichang figures kit."""
