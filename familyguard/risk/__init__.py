"""The risk engine: explained risk levels per app and per child, from the catalogue (no Qt).

`rules.py` holds every rule; `assess.py` applies them; `views.py` turns results into CLI JSON.
"""

from .assess import app_profile, assess_child, assess_use
from .evidence import apply_corrections
from .model import (
    LEVELS,
    Action,
    AppRisk,
    ChildRisk,
    ContactSummary,
    Correction,
    DimensionRisk,
    Reason,
)
from .views import app_profile_view, child_risk_view

__all__ = [
    "LEVELS",
    "Action",
    "AppRisk",
    "ChildRisk",
    "ContactSummary",
    "Correction",
    "DimensionRisk",
    "Reason",
    "app_profile",
    "app_profile_view",
    "apply_corrections",
    "assess_child",
    "assess_use",
    "child_risk_view",
]
