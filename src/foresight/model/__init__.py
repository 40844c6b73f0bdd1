"""Domain types: records, people, events, uncertain dates and outcomes."""
