"""Certificates, fingerprints and mutual-TLS contexts for OpenADR 2.0b / Energy Interoperation."""
