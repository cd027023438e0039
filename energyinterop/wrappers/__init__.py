"""OpenADR 2.0b message wrappers: XML signatures (ds:Signature) and replay protection."""
