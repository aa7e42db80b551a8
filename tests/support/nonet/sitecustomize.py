"""Loaded by every Python subprocess the tests start: any attempt to reach a network fails loudly."""

import sys

sys.path.insert(0, __file__.rsplit("/", 2)[0])

from nonetwork import forbid_network

forbid_network()
