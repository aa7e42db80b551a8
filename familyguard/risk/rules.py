"""Every rule of the risk engine, in one place: read this file to know why a level is what it is.

How a level is reached, per dimension (levels none < low < medium < high):

1. Features. Each catalogue feature feeds one or more dimensions with the level it gives when the
   app has it ("yes"); "partial" gives one level less (never below low); "unknown" gives low and
   says it is not known, so an unknown is never silently treated as "no". The dimension takes the
   highest level fed to it. For a child under 18 a feature's `minors_default` replaces its value.
2. Boosts: a combination of features that makes a dimension high (see BOOSTS).
3. The child's age. Below the app's minimum age the account was probably made with an older birth
   date, so under-18 defaults are not assumed and stranger contact goes up one level.
4. Recorded settings. A safe value lowers the dimensions it protects by its steps, never below low
   (the child can change a setting back); any other value, or none recorded, leaves the level and
   gives an action when the app has that setting.
5. Contacts. Unreviewed contacts raise stranger contact one level, flagged contacts two.
6. Warning signs. When the app's contacts are part of a warning sign (the same account on two
   children's lists, the same person on several apps, a burst of new contacts, requests from
   strangers), stranger contact goes up one more level; each sign is a reason and gives an action.

The app's (and the child's) overall level is the highest level of any dimension.
"""

from __future__ import annotations

from dataclasses import dataclass

from familyguard.domain.dimensions import DIMENSIONS
from familyguard.phrase import Phrase, mark, phrase

from .model import HIGH, LOW, MEDIUM

# feature -> the dimensions it feeds, with the level it gives when the app has it ("yes")
FEEDS: dict[str, tuple[tuple[str, int], ...]] = {
    "random_matching": (("stranger_contact", HIGH),),
    "messages_from_strangers": (("stranger_contact", HIGH), ("private_messaging", HIGH)),
    "stranger_discovery": (("stranger_contact", MEDIUM),),
    "public_profile": (("stranger_contact", MEDIUM),),
    "group_invites": (("stranger_contact", MEDIUM),),
    "off_platform_links": (("stranger_contact", MEDIUM),),
    "anonymity": (("stranger_contact", LOW),),
    "private_messaging": (("private_messaging", MEDIUM),),
    "ai_chat": (("private_messaging", LOW),),
    "live_streaming": (("live_streaming", HIGH),),
    "image_upload": (("image_sharing", MEDIUM),),
    "voice_chat": (("voice_video_chat", MEDIUM),),
    "video_chat": (("voice_video_chat", MEDIUM),),
    "disappearing_content": (("disappearing_content", MEDIUM),),
    "location_sharing": (("location_sharing", MEDIUM),),
    "covert_channels": (("covert_channels", MEDIUM),),
    "virtual_gifts": (("money_gifts", HIGH),),
    "in_app_purchases": (("money_gifts", LOW),),
}

# a parent's custom app may list a dimension id as a feature: the dimension is then present at this level
PRESENT: dict[str, int] = {dimension: MEDIUM for dimension in DIMENSIONS} | {"live_streaming": HIGH}

FEATURE_LABELS: dict[str, Phrase] = {
    "random_matching": phrase("risk", "random matching with strangers"),
    "stranger_discovery": phrase("risk", "ways for strangers to find users"),
    "public_profile": phrase("risk", "public profiles"),
    "messages_from_strangers": phrase("risk", "messages from strangers"),
    "private_messaging": phrase("risk", "private messages"),
    "group_invites": phrase("risk", "group invites"),
    "voice_chat": phrase("risk", "voice chat"),
    "video_chat": phrase("risk", "video chat"),
    "live_streaming": phrase("risk", "live streaming"),
    "image_upload": phrase("risk", "picture uploads"),
    "disappearing_content": phrase("risk", "disappearing messages or posts"),
    "location_sharing": phrase("risk", "location sharing"),
    "anonymity": phrase("risk", "anonymous accounts"),
    "off_platform_links": phrase("risk", "links to other apps"),
    "covert_channels": phrase("risk", "hidden ways to pass messages"),
    "virtual_gifts": phrase("risk", "virtual gifts"),
    "in_app_purchases": phrase("risk", "in-app purchases"),
    "ai_chat": phrase("risk", "chat with AI characters"),
}

DIMENSION_LABELS: dict[str, Phrase] = {
    "stranger_contact": phrase("risk", "contact with strangers"),
    "private_messaging": phrase("risk", "private messages"),
    "live_streaming": phrase("risk", "live streaming"),
    "image_sharing": phrase("risk", "picture sharing"),
    "voice_video_chat": phrase("risk", "voice or video chat"),
    "disappearing_content": phrase("risk", "disappearing content"),
    "location_sharing": phrase("risk", "location sharing"),
    "covert_channels": phrase("risk", "hidden message channels"),
    "money_gifts": phrase("risk", "gifts and money"),
}


@dataclass(frozen=True)
class Boost:
    """A dimension becomes `level` when it is already present and the app also has `feature`."""

    dimension: str
    feature: str
    level: int
    text: Phrase


BOOSTS: tuple[Boost, ...] = (
    Boost(
        "voice_video_chat",
        "random_matching",
        HIGH,
        phrase("risk", "Calls can be with strangers the app picks at random."),
    ),
)

UNDER_AGE_STEPS = 1  # stranger_contact goes up this much below the app's minimum age
NEW_CONTACT_STEPS = 1  # ... when there are contacts the parent has not reviewed
FLAGGED_CONTACT_STEPS = 2  # ... when the parent flagged a contact
WARNING_SIGN_STEPS = 1  # ... more when the app's contacts are part of a warning sign
SETTING_FLOOR = LOW  # a safe setting never takes a present risk to none


@dataclass(frozen=True)
class SettingRule:
    """A setting the parent records: the values that protect (with how many levels they lower)."""

    key: str
    protects: tuple[str, ...]
    safe: dict[str, int]
    advice: str  # action text, a template marked for translation; {app} is the app's name


SETTING_RULES: tuple[SettingRule, ...] = (
    SettingRule(
        "private_account",
        ("stranger_contact", "image_sharing", "covert_channels"),
        {"yes": 1},
        mark("risk", "On {app}, make the account private."),
    ),
    SettingRule(
        "messages_from",
        ("private_messaging", "stranger_contact"),
        {"friends": 1, "nobody": 2},
        mark("risk", "On {app}, let only friends send messages."),
    ),
    SettingRule(
        "live_streaming", ("live_streaming",), {"off": 2}, mark("risk", "On {app}, turn off live streaming.")
    ),
    SettingRule(
        "location_sharing",
        ("location_sharing",),
        {"off": 2},
        mark("risk", "On {app}, turn off location sharing."),
    ),
    SettingRule(
        "family_link",
        ("private_messaging", "money_gifts"),
        {"yes": 1},
        mark("risk", "Link {app} to your own account with its family tools."),
    ),
    SettingRule(
        "contact_approval",
        ("stranger_contact", "private_messaging"),
        {"on": 1},
        mark("risk", "On {app}, turn on parent approval of new contacts."),
    ),
    SettingRule(
        "discoverable",
        ("stranger_contact",),
        {"off": 1},
        mark("risk", "On {app}, stop strangers finding the account through search and suggestions."),
    ),
)

# talk topics per dimension, best first; the first one that suits the child's age is chosen
TOPICS: dict[str, tuple[str, ...]] = {
    "stranger_contact": ("strangers_online", "random_chat", "block_and_report"),
    "private_messaging": ("private_app", "too_nice", "block_and_report"),
    "live_streaming": ("live_streaming",),
    "image_sharing": ("intimate_images", "personal_details"),
    "voice_video_chat": ("strangers_online", "random_chat"),
    "disappearing_content": ("private_app", "intimate_images"),
    "location_sharing": ("personal_details", "friend_list"),
    "covert_channels": ("hidden_channels", "new_app"),
    "money_gifts": ("too_nice", "modelling_offers"),
}
UNDER_AGE_TOPICS = ("new_app",)
NEW_CONTACT_TOPICS = ("friend_list", "strangers_online")
FLAGGED_CONTACT_TOPICS = ("block_and_report",)

# where the actions of warning signs send the parent
SIGNS_PAGE = phrase("risk", "FamilyGuard › Warning signs")
# per warning sign (contacts.signals): what it is called, and the talks it calls for, best first
WARNING_SIGNS: dict[str, tuple[Phrase, tuple[str, ...]]] = {
    "shared_between_children": (
        phrase("risk", "one account is in touch with several of your children"),
        ("strangers_online", "friend_list"),
    ),
    "same_person_across_apps": (
        phrase("risk", "the same person is on several apps"),
        ("private_app", "friend_list"),
    ),
    "burst_of_new_contacts": (phrase("risk", "a burst of new contacts"), ("friend_list", "strangers_online")),
    "stranger_request": (
        phrase("risk", "requests from people your child may not know"),
        ("strangers_online", "friend_list"),
    ),
}
