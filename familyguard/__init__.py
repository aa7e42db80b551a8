"""FamilyGuard: a local, encrypted companion that helps parents keep their children safe online."""

__version__ = "0.1.0"
