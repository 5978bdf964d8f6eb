"""helpers.dataset.events: every event traced to its date in the text."""

import pandas as pd

from helpers.dataset.events import load_events


def test_events_are_traced_to_their_dates():
    events = load_events()
    assert events["date"].min() == pd.Timestamp("2020-01-24") and events["date"].max() == pd.Timestamp("2020-02-22")
