"""The data the page searches: the first 36 elements of the periodic table."""

from typing import NamedTuple


class Element(NamedTuple):
    number: int
    symbol: str
    name: str
    group: str


ELEMENTS = [
    Element(*row)
    for row in [
        (1, "H", "Hydrogen", "nonmetal"),
        (2, "He", "Helium", "noble gas"),
        (3, "Li", "Lithium", "alkali metal"),
        (4, "Be", "Beryllium", "alkaline earth metal"),
        (5, "B", "Boron", "metalloid"),
        (6, "C", "Carbon", "nonmetal"),
        (7, "N", "Nitrogen", "nonmetal"),
        (8, "O", "Oxygen", "nonmetal"),
        (9, "F", "Fluorine", "halogen"),
        (10, "Ne", "Neon", "noble gas"),
        (11, "Na", "Sodium", "alkali metal"),
        (12, "Mg", "Magnesium", "alkaline earth metal"),
        (13, "Al", "Aluminium", "post-transition metal"),
        (14, "Si", "Silicon", "metalloid"),
        (15, "P", "Phosphorus", "nonmetal"),
        (16, "S", "Sulfur", "nonmetal"),
        (17, "Cl", "Chlorine", "halogen"),
        (18, "Ar", "Argon", "noble gas"),
        (19, "K", "Potassium", "alkali metal"),
        (20, "Ca", "Calcium", "alkaline earth metal"),
        (21, "Sc", "Scandium", "transition metal"),
        (22, "Ti", "Titanium", "transition metal"),
        (23, "V", "Vanadium", "transition metal"),
        (24, "Cr", "Chromium", "transition metal"),
        (25, "Mn", "Manganese", "transition metal"),
        (26, "Fe", "Iron", "transition metal"),
        (27, "Co", "Cobalt", "transition metal"),
        (28, "Ni", "Nickel", "transition metal"),
        (29, "Cu", "Copper", "transition metal"),
        (30, "Zn", "Zinc", "transition metal"),
        (31, "Ga", "Gallium", "post-transition metal"),
        (32, "Ge", "Germanium", "metalloid"),
        (33, "As", "Arsenic", "metalloid"),
        (34, "Se", "Selenium", "nonmetal"),
        (35, "Br", "Bromine", "halogen"),
        (36, "Kr", "Krypton", "noble gas"),
    ]
]


def search(text: str) -> list[Element]:
    """Elements whose name or symbol contains `text`, ignoring case."""
    needle = text.strip().lower()
    return [e for e in ELEMENTS if needle in e.name.lower() or needle in e.symbol.lower()]
