"""The risk engine: explained risk levels per app and per child, from the catalogue (no Qt).

`rules.py` holds every rule; `assess.py` applies them; `model.py` holds the results; `views.py` turns
them into CLI JSON. Import from the modules: the package stays empty so the window paints sooner.
"""
