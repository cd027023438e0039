"""XML plumbing: hardened parsing, schema sets, typed errors and the data binding engine."""
