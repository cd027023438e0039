"""Developer tools that are not shipped in the wheel."""
