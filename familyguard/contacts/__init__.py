"""The friend ledger: snapshots of the children's contact lists, diffs, review and signals (no Qt)."""

from familyguard.contacts.csv_export import HEADER, write_csv
from familyguard.contacts.ledger import ImportResult, Ledger, PreparedImport
from familyguard.contacts.matching import MANUAL_SOURCE, ImportPlan, plan_import
from familyguard.contacts.signals import Signal, find_signals

__all__ = [
    "HEADER",
    "MANUAL_SOURCE",
    "ImportPlan",
    "ImportResult",
    "Ledger",
    "PreparedImport",
    "Signal",
    "find_signals",
    "plan_import",
    "write_csv",
]
