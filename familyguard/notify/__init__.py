"""Desktop notifications for talk reminders: adapters tried in order, failures never silent (no Qt)."""

from familyguard.notify.base import Notification, NotificationFailed, Notifier
from familyguard.notify.chain import NotifierChain

__all__ = ["Notification", "NotificationFailed", "Notifier", "NotifierChain"]
