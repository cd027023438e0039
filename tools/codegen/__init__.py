"""Generate the Python model of each schema set from the XSD files in schemas/."""
