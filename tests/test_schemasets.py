"""Schema sets load offline through their catalogs, and nothing else."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from energyinterop.xml.schemaset import SchemaLoadError, ei_schema_set, openadr_schema_set, schemas_root

SETS = [openadr_schema_set, ei_schema_set]


@pytest.mark.parametrize("make", SETS, ids=["openadr", "ei"])
def test_every_import_is_a_catalog_entry(make) -> None:
    schema_set = make()
    catalog = schema_set.catalog()
    assert schema_set.compile() is schema_set.compile()  # compiled once
    targets = catalog.targets()
    for path in targets:
        assert path.is_file(), path
    # Every xs:import of every document of the set names a location the catalog maps.
    for document in {p for p in targets if p.suffix == ".xsd"}:
        tree = etree.parse(str(document))
        for imported in tree.iter("{http://www.w3.org/2001/XMLSchema}import"):
            location = imported.get("schemaLocation")
            assert location in catalog.systems, f"{document.name}: {location}"
            assert catalog.systems[location] == (document.parent / location).resolve()
            assert catalog.namespaces[imported.get("namespace")] == catalog.systems[location]


@pytest.mark.parametrize("location", ["http://example.invalid/x.xsd", "/etc/passwd", "elsewhere.xsd"])
def test_an_import_outside_the_catalog_is_refused(tmp_path: Path, location: str) -> None:
    root = tmp_path / "schemas"
    shutil.copytree(schemas_root(), root)
    target = root / "openadr" / "strm.xsd"
    text = target.read_text()
    target.write_text(text.replace("<xs:import", f'<xs:import namespace="urn:x" schemaLocation="{location}"/>\n<xs:import', 1))
    with pytest.raises(SchemaLoadError) as raised:
        openadr_schema_set(root).compile()
    assert "refused" in str(raised.value) or "outside" in str(raised.value)


def test_schema_readme_lists_every_file() -> None:
    readme = (schemas_root() / "README.md").read_text()
    for path in schemas_root().rglob("*"):
        if path.is_file() and path.suffix in (".xsd", ".xml"):
            assert str(path.relative_to(schemas_root())) in readme, path
