"""The VTN reference server: roles, store, transports and the operator API, composed."""
