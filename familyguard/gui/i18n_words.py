"""The core's fixed names in the parent's language: recorded settings and their values, app kinds,
app features and how often a talk comes back.

The core keeps these in English (the command line and the logs use them); the window shows them
through these tables, marked for translation (context "words") and translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from familyguard.talks.recurrence import Rule

SETTING_LABELS = {
    "private_account": QT_TRANSLATE_NOOP("words", "Private account"),
    "messages_from": QT_TRANSLATE_NOOP("words", "Who can send messages"),
    "live_streaming": QT_TRANSLATE_NOOP("words", "Live streaming"),
    "location_sharing": QT_TRANSLATE_NOOP("words", "Location sharing"),
    "family_link": QT_TRANSLATE_NOOP("words", "Linked to parent (family pairing)"),
    "contact_approval": QT_TRANSLATE_NOOP("words", "Parent approves new contacts"),
    "discoverable": QT_TRANSLATE_NOOP("words", "Can be found by strangers (search, suggestions)"),
}
SETTING_VALUES = {
    "yes": QT_TRANSLATE_NOOP("words", "yes"),
    "no": QT_TRANSLATE_NOOP("words", "no"),
    "on": QT_TRANSLATE_NOOP("words", "on"),
    "off": QT_TRANSLATE_NOOP("words", "off"),
    "everyone": QT_TRANSLATE_NOOP("words", "everyone"),
    "friends": QT_TRANSLATE_NOOP("words", "friends"),
    "nobody": QT_TRANSLATE_NOOP("words", "nobody"),
}
CATEGORIES = {
    "social": QT_TRANSLATE_NOOP("words", "social network"),
    "messaging": QT_TRANSLATE_NOOP("words", "messaging"),
    "video": QT_TRANSLATE_NOOP("words", "video"),
    "gaming": QT_TRANSLATE_NOOP("words", "gaming"),
    "music": QT_TRANSLATE_NOOP("words", "music"),
    "live_streaming": QT_TRANSLATE_NOOP("words", "live streaming"),
    "random_chat": QT_TRANSLATE_NOOP("words", "random chat"),
    "ai_chat": QT_TRANSLATE_NOOP("words", "AI chat"),
    "video_calls": QT_TRANSLATE_NOOP("words", "video calls"),
    "forum": QT_TRANSLATE_NOOP("words", "forum"),
    "anonymous_qa": QT_TRANSLATE_NOOP("words", "anonymous questions"),
    "dating_style": QT_TRANSLATE_NOOP("words", "dating-style"),
}
FEATURE_LABELS = {
    "random_matching": QT_TRANSLATE_NOOP("words", "Random matching with strangers"),
    "stranger_discovery": QT_TRANSLATE_NOOP("words", "Ways for strangers to find users"),
    "public_profile": QT_TRANSLATE_NOOP("words", "Public profiles"),
    "messages_from_strangers": QT_TRANSLATE_NOOP("words", "Messages from strangers"),
    "private_messaging": QT_TRANSLATE_NOOP("words", "Private messages"),
    "group_invites": QT_TRANSLATE_NOOP("words", "Group invites"),
    "voice_chat": QT_TRANSLATE_NOOP("words", "Voice chat"),
    "video_chat": QT_TRANSLATE_NOOP("words", "Video chat"),
    "live_streaming": QT_TRANSLATE_NOOP("words", "Live streaming"),
    "image_upload": QT_TRANSLATE_NOOP("words", "Picture uploads"),
    "disappearing_content": QT_TRANSLATE_NOOP("words", "Disappearing messages or posts"),
    "location_sharing": QT_TRANSLATE_NOOP("words", "Location sharing"),
    "anonymity": QT_TRANSLATE_NOOP("words", "Anonymous accounts"),
    "off_platform_links": QT_TRANSLATE_NOOP("words", "Links to other apps"),
    "covert_channels": QT_TRANSLATE_NOOP("words", "Hidden ways to pass messages"),
    "virtual_gifts": QT_TRANSLATE_NOOP("words", "Virtual gifts"),
    "in_app_purchases": QT_TRANSLATE_NOOP("words", "In-app purchases"),
    "ai_chat": QT_TRANSLATE_NOOP("words", "Chat with AI characters"),
}


def word(table: dict[str, str], key: str, context: str = "words") -> str:
    """The translated word for a key of a table of words marked in `context` (the tables above are
    in "words"); an unknown key as it is, readable."""
    return QCoreApplication.translate(context, table[key]) if key in table else key.replace("_", " ")


def setting_label(key: str) -> str:
    return word(SETTING_LABELS, key)


def setting_value(value: str) -> str:
    return word(SETTING_VALUES, value)


def category_word(category: str) -> str:
    return word(CATEGORIES, category)


def feature_label(feature: str) -> str:
    return word(FEATURE_LABELS, feature)


def day_name(weekday: int) -> str:
    """The weekday (0 = Monday) in the window's language, from Qt's locale data."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def rule_text(rule: Rule) -> str:
    """How often a talk comes back, for people: 'once', 'every 2 weeks', 'every Tuesday'…"""
    translate = QCoreApplication.translate
    if rule.unit == "once":
        return translate("words", "once")
    n = rule.interval
    if rule.weekday is not None:
        day = day_name(rule.weekday)
        if n == 1:
            return translate("words", "every {day}").format(day=day)
        return translate("words", "every {n} weeks on {day}").format(n=n, day=day)
    if n == 1:
        one = {"d": translate("words", "every day"), "w": translate("words", "every week")}
        return one.get(rule.unit, translate("words", "every month"))
    many = {"d": translate("words", "every {n} days"), "w": translate("words", "every {n} weeks")}
    return many.get(rule.unit, translate("words", "every {n} months")).format(n=n)
