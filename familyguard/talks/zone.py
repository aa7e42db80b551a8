"""The computer's time zone as an IANA zone: talks happen on the local wall clock."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)


def local_zone() -> ZoneInfo:
    """The local zone via tzlocal ($TZ, /etc/localtime, the Windows registry, macOS); UTC if unknown.

    tzlocal comes with APScheduler 3, which drives the reminders.
    """
    import tzlocal

    try:
        zone = tzlocal.reload_localzone()
    except (ZoneInfoNotFoundError, LookupError, ValueError, OSError) as exc:
        log.warning("the computer's time zone is unknown (%s); using UTC", exc)
        return ZoneInfo("UTC")
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo(str(zone))
