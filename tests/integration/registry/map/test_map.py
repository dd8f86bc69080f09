"""Network statistics over HTTP (the graph and the geographic view: test_graph.py, test_geo.py)."""

import pytest

pytestmark = pytest.mark.integration


async def test_statistics_count_by_kind_city_and_skill_and_rank_connected_organisations(registry, world):
    stats = (await registry.client.get("/map/stats", params={"network_id": world["network"]["id"]})).json()
    assert stats["organisations_by_kind"] == {"business": 1, "college": 1, "it_cluster": 1, "university": 1}
    assert (stats["experts"], stats["partnerships"], stats["resources_by_kind"]) == (3, 2, {"venue": 1})
    assert stats["experts_by_skill"]["creative-industries"] == 2
    assert stats["by_city"]["Kharkiv, UA"] == {"organisations": 2, "experts": 1}
    top = stats["most_connected_organisations"][0]
    assert (top["name"], top["connections"]) == ("Almaty Studio", 3)
