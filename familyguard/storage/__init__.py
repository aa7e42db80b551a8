"""Encrypted storage: the SQLCipher connection, its key, migrations and repositories."""
