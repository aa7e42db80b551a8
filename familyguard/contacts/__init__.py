"""The friend ledger: snapshots of the children's contact lists, diffs, review and signals (no Qt).

Import from the modules (ledger, matching, signals, similar, csv_export): the package itself stays
empty so that the window can paint before any of them is loaded.
"""
