"""The schema sets of the project and the Python package each one becomes."""

from __future__ import annotations

from tools.codegen.generate import SetConfig

EI = "http://docs.oasis-open.org/ns/energyinterop/201110"
PYLD = "http://docs.oasis-open.org/ns/energyinterop/201110/payloads"
ENRL = "http://docs.oasis-open.org/ns/energyinterop/201110/enroll"
EMIX = "http://docs.oasis-open.org/ns/emix/2011/06"
POWER = "http://docs.oasis-open.org/ns/emix/2011/06/power"
RESOURCE = "http://docs.oasis-open.org/ns/emix/2011/06/power/resource"
SISCALE = "http://docs.oasis-open.org/ns/emix/2011/06/siscale"
XCAL = "urn:ietf:params:xml:ns:icalendar-2.0"
STRM = "urn:ietf:params:xml:ns:icalendar-2.0:stream"
GML = "http://www.opengis.net/gml/3.2"
OADR = "http://openadr.org/oadr-2.0b/2012/07"
DS = "http://www.w3.org/2000/09/xmldsig#"
DSIG11 = "http://www.w3.org/2009/xmldsig11#"
DSP = "http://openadr.org/oadr-2.0b/2012/07/xmldsig-properties"
ATOM = "http://www.w3.org/2005/Atom"
CURRENCY = "urn:un:unece:uncefact:codelist:standard:5:ISO42173A:2010-04-07"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

# xCal writes durations as strings with an ISO 8601 pattern; they are durations.
_XCAL_KINDS = {f"{{{XCAL}}}DurationValueType": "duration"}

OPENADR = SetConfig(
    name="openadr",
    entry="schemas/openadr/oadr.xsd",
    package="energyinterop.openadr",
    prefixes={
        "oadr": OADR, "pyld": PYLD, "ei": EI, "emix": EMIX, "xcal": XCAL, "strm": STRM,
        "power": POWER, "scale": SISCALE, "gml": GML, "ds": DS, "dsig11": DSIG11,
        "dsp": DSP, "atom": ATOM, "clm5ISO42173A": CURRENCY, "xsi": XSI,
    },
    kind_overrides=_XCAL_KINDS,
    # Green Button feeds are NAESB ESPI content, and signatures belong to the signing
    # wrapper: both are carried intact as AnyElement, not mapped here.
    opaque=frozenset({f"{{{ATOM}}}feed", f"{{{DS}}}Signature"}),
    unmapped=frozenset({DS, DSIG11, ATOM}),
)

FULL_EI = SetConfig(
    name="ei",
    entry="schemas/ei/energyinterop.xsd",
    package="energyinterop.ei",
    prefixes={
        "pyld": PYLD, "ei": EI, "enrl": ENRL, "emix": EMIX, "power": POWER,
        "resource": RESOURCE, "scale": SISCALE, "xcal": XCAL, "strm": STRM, "gml": GML,
        "clm5ISO42173A": CURRENCY, "xsi": XSI,
    },
    kind_overrides=_XCAL_KINDS,
)

SETS = (OPENADR, FULL_EI)
