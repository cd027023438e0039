"""The schema sets shipped with the package, loaded offline through their catalogs.

Two sets live in ``schemas/``: ``ei`` (full EI 1.0 with EMIX 1.0 and WS-Calendar) and
``openadr`` (the OpenADR 2.0b profile, which restricts EI types in the same namespaces,
so the two cannot share one compiled schema). Each set has an OASIS XML catalog; every
document libxml2 asks for while compiling must be a catalog target of that set,
anything else (another file, any URL) stops compilation with :class:`SchemaLoadError`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from lxml import etree

_CATALOG_NS = "{urn:oasis:names:tc:entity:xmlns:xml:catalog}"


class SchemaLoadError(RuntimeError):
    """A schema set could not be compiled from local files alone."""


def schemas_root() -> Path:
    """``energyinterop/_schemas`` in an installed wheel; ``schemas/`` in a source checkout."""
    packaged = Path(__file__).resolve().parent.parent / "_schemas"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "schemas"


@dataclass(frozen=True)
class Catalog:
    """Namespace and schemaLocation entries of one OASIS XML catalog, as absolute paths."""

    namespaces: dict[str, Path]
    systems: dict[str, Path]

    @classmethod
    def load(cls, path: Path) -> Catalog:
        tree = etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False))
        base = path.parent
        namespaces = {e.get("name"): (base / e.get("uri")).resolve() for e in tree.iter(f"{_CATALOG_NS}uri")}
        systems = {e.get("systemId"): (base / e.get("uri")).resolve() for e in tree.iter(f"{_CATALOG_NS}system")}
        return cls(namespaces, systems)

    def targets(self) -> set[Path]:
        return set(self.namespaces.values()) | set(self.systems.values())


class _CatalogResolver(etree.Resolver):
    """Serves only catalog targets; records and refuses everything else."""

    def __init__(self, catalog: Catalog, entry: Path) -> None:
        super().__init__()
        self.catalog = catalog
        self.allowed = catalog.targets() | {entry.resolve()}
        self.refused: list[str] = []

    def resolve(self, url: str | None, pubid: str | None, context: object) -> object:
        if url is None:
            return None
        mapped = self.catalog.systems.get(url)
        if mapped is None:
            parsed = urlparse(url)
            if parsed.scheme in ("", "file"):
                mapped = Path(unquote(parsed.path)).resolve()
        if mapped is not None and mapped in self.allowed:
            return self.resolve_filename(str(mapped), context)
        self.refused.append(url)
        return self.resolve_string("", context)  # an empty document: compilation then fails


@dataclass(frozen=True)
class SchemaSet:
    """One set of XSD files with its catalog and entry document."""

    name: str
    directory: Path
    entry: str
    _compiled: list[etree.XMLSchema] = field(default_factory=list, repr=False, compare=False)

    @property
    def entry_path(self) -> Path:
        return self.directory / self.entry

    def catalog(self) -> Catalog:
        return Catalog.load(self.directory / "catalog.xml")

    def compile(self) -> etree.XMLSchema:
        """The compiled schema (compiled once per SchemaSet instance)."""
        if not self._compiled:
            self._compiled.append(self._compile())
        return self._compiled[0]

    def _compile(self) -> etree.XMLSchema:
        resolver = _CatalogResolver(self.catalog(), self.entry_path)
        parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
        parser.resolvers.add(resolver)
        try:
            document = etree.parse(str(self.entry_path), parser)
            schema = etree.XMLSchema(document)
        except (etree.XMLSchemaParseError, etree.XMLSyntaxError, OSError) as exc:
            refused = f"; refused: {', '.join(resolver.refused)}" if resolver.refused else ""
            raise SchemaLoadError(f"{self.name} schema set does not compile: {exc}{refused}") from None
        if resolver.refused:
            raise SchemaLoadError(f"{self.name} schema set imports outside its catalog: {resolver.refused}")
        return schema


def openadr_schema_set(root: Path | None = None) -> SchemaSet:
    return SchemaSet("openadr", (root or schemas_root()) / "openadr", "oadr.xsd")


def ei_schema_set(root: Path | None = None) -> SchemaSet:
    return SchemaSet("ei", (root or schemas_root()) / "ei", "energyinterop.xsd")
