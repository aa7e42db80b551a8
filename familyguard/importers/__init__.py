"""Friend-list importers: read a child's contacts from an app's own data export.

Pure parsing and validation (no database, no Qt). See `read_export` and, for the CSV columns,
`familyguard.importers.csvfile`.
"""

from familyguard.importers.model import (
    LIST_NAMES,
    ImportCancelled,
    ImportedContact,
    ParsedExport,
)
from familyguard.importers.reader import read_export

__all__ = ["LIST_NAMES", "ImportCancelled", "ImportedContact", "ParsedExport", "read_export"]
