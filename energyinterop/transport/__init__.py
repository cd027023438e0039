"""Transports: OpenADR simple HTTP and SOAP on aiohttp; they move documents, roles decide."""
