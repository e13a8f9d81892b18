"""Flow insights: what sessions did on each node of a published flow version, from the event log."""
