"""EI calls over SOAP: a party (a VEN, a device, a sub-market) calling a VTN's EI services.

    async with aiohttp.ClientSession() as session:
        client = EiSoapClient("https://vtn.example", session)
        created = await client.call(EiCreatePartyRegistration(...))    # -> EiCreatedPartyRegistration

The service and operation follow from the payload (the WSDL registry knows which request
element belongs to which operation). The answer is validated and decoded by the strict EI
codec; a SOAP fault raises :class:`SoapCallFailed` with the EI response code of its detail.
"""

from __future__ import annotations

from ssl import SSLContext
from typing import Any

import aiohttp
from lxml import etree

from energyinterop.codec import EICodec, ei_codec
from energyinterop.transport.soap import (
    Operation,
    SoapFault,
    SoapVersion,
    build_envelope,
    http_headers,
    parse_envelope,
    wsdl_registry,
)
from energyinterop.transport.simple_http import Clock, utc_now
from energyinterop.transport.soap_http import SOAP_PREFIX
from energyinterop.wrappers.base import Binding, Direction, Exchange, Held, WrapperStack, retrying
from energyinterop.xml.errors import CodecError

EI_NS = "http://docs.oasis-open.org/ns/energyinterop/201110"


class SoapCallFailed(Exception):
    """The VTN answered with a SOAP fault (``ei_code``: the EI response code of its detail),
    or with something that is not a valid answer."""

    def __init__(self, reason: str, ei_code: int | None = None, http_status: int | None = None) -> None:
        super().__init__(reason if ei_code is None else f"{reason} (EI code {ei_code})")
        self.reason, self.ei_code, self.http_status = reason, ei_code, http_status


class SoapUnreachable(SoapCallFailed):
    """No answer: the network failed, or (reliable messaging) the answer never came."""


class EiSoapClient:
    def __init__(self, vtn_url: str, session: aiohttp.ClientSession, *, version: SoapVersion = SoapVersion.V11,
                 codec: EICodec | None = None, timeout: float = 30.0, wrappers: WrapperStack | None = None,
                 clock: Clock = utc_now, ssl: SSLContext | None = None) -> None:
        self.base_url = vtn_url.rstrip("/").removesuffix(SOAP_PREFIX) + SOAP_PREFIX
        self.wrappers = wrappers or WrapperStack()
        self.clock = clock
        self.ssl = ssl
        self.session = session
        self.version = version
        self.codec = codec or ei_codec()
        self.timeout = aiohttp.ClientTimeout(total=timeout)

    async def call(self, payload: Any) -> Any:
        """Send one EI request payload; the response payload (None for one-way operations).

        When a wrapper set ``Exchange.retry`` (reliable messaging), a failed exchange (the
        network, or a wrapper's :class:`Retry` on the answer) is run again, the whole stack
        included, after the delay it gives; otherwise it raises at once."""
        element = self.codec.binding.spec.element_of_class.get(type(payload))
        operation = wsdl_registry().find(element) if element is not None else None
        if operation is None:
            raise ValueError(f"{type(payload).__name__} is not the request of any EI operation")
        envelope = build_envelope(self.version, self.codec.encode(payload, element))
        outgoing = Exchange(Binding.SOAP, Direction.OUTGOING, operation.service, self.clock(), remote=self.base_url)
        return await retrying(lambda: self._attempt(operation, envelope, outgoing), outgoing, self.clock,
                              SoapUnreachable, operation.name)

    async def _attempt(self, operation: Operation, envelope: bytes, outgoing: Exchange) -> Any:
        outgoing.headers = {}
        wrapped = await self.wrappers.outgoing(envelope, outgoing)
        if isinstance(wrapped, Held):
            raise SoapCallFailed(f"{operation.name}: held by a wrapper, not sent")
        try:
            async with self.session.post(f"{self.base_url}/{operation.service}", data=wrapped, timeout=self.timeout,
                                         ssl=self.ssl, headers={**http_headers(self.version, operation.soap_action),
                                                                **outgoing.headers}) as response:
                status, data = response.status, await response.read()
                content_type = response.headers.get("Content-Type")
                received = dict(response.headers)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise SoapUnreachable(f"{operation.name}: {exc.__class__.__name__}: {exc}") from None
        if operation.one_way and status in (200, 202):
            # No payload to read; the wrappers still read what they put on the answer
            # (reliable messaging: the acknowledgement of this message, or a kept answer).
            if self.wrappers and data.strip():
                incoming = Exchange(Binding.SOAP, Direction.INCOMING, operation.service, self.clock(),
                                    remote=self.base_url, headers=received, notes=outgoing.notes)
                try:
                    await self.wrappers.incoming(data, incoming)
                except CodecError as error:
                    raise SoapCallFailed(f"{operation.name}: answer refused: {error}", int(error.code),
                                         status) from None
            return None
        if self.wrappers and data.strip():
            incoming = Exchange(Binding.SOAP, Direction.INCOMING, operation.service, self.clock(),
                                remote=self.base_url, headers=received, notes=outgoing.notes)
            try:
                unwrapped = await self.wrappers.incoming(data, incoming)
            except CodecError as error:
                raise SoapCallFailed(f"{operation.name}: answer refused: {error}", int(error.code), status) from None
            if isinstance(unwrapped, Held):
                return None
            data = unwrapped
        try:
            answer = parse_envelope(data, parser=self.codec.parser, content_type=content_type)
        except SoapFault as fault:
            raise SoapCallFailed(f"{operation.name}: HTTP {status}, not a SOAP answer: {fault.reason}",
                                 http_status=status) from None
        if etree.QName(answer.payload).localname == "Fault":
            raise _failure(answer.payload, operation.name, status)
        try:
            self.codec.validate(answer.payload)
            return self.codec.decode_tree(answer.payload)
        except CodecError as error:
            raise SoapCallFailed(f"{operation.name}: invalid answer: {error}", int(error.code), status) from None


def _failure(fault: etree._Element, operation: str, status: int) -> SoapCallFailed:
    """The fault's reason and the EI code its detail carries."""
    texts = [t for t in fault.itertext() if t.strip()]
    code = fault.find(f".//{{{EI_NS}}}responseCode")
    reason = fault.findtext(".//faultstring") or fault.findtext(
        ".//{http://www.w3.org/2003/05/soap-envelope}Text") or (texts[0] if texts else "fault")
    return SoapCallFailed(f"{operation}: {reason.strip()}", int(code.text) if code is not None and code.text else None,
                          status)
