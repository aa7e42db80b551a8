"""Test helpers: fakes at the edges only (keyring backend, network guard)."""
