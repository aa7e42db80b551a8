"""The risk dimensions a parent sees for every app (ids are part of the CLI contract)."""

DIMENSIONS: tuple[str, ...] = (
    "stranger_contact",
    "private_messaging",
    "live_streaming",
    "image_sharing",
    "voice_video_chat",
    "disappearing_content",
    "location_sharing",
    "covert_channels",
    "money_gifts",
)
