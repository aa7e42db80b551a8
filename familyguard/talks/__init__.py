"""Safety talks: the age-banded guide library, talks planned per child, what is due, where to report.

Import from the modules (library, recurrence, schedule, service, suggestions, ics, zone): the package
itself stays empty so that the window can paint before any of them is loaded.
"""
