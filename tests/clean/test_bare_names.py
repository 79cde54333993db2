import pytest

from sitegen.clean.bare_names import name_beside_outlet


@pytest.mark.parametrize(
    "line, name",
    [("Ana Lopes | Island Herald", "Ana Lopes"), ("Priya Raman · Harbourline", "Priya Raman"),
     ("Home | News | World", None), ("Ana Lopes", None),
     ("Ana Lopes | read the full story on our website today", None)],
)
def test_a_name_beside_its_outlet(line, name):
    assert name_beside_outlet(line) == name
