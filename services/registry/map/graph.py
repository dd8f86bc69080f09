"""The network as a graph: nodes and edges in a scope (a network, a skill, a city)."""

from dataclasses import dataclass, field
from itertools import combinations
from uuid import UUID

import asyncpg

from services.registry.map import repository as read


@dataclass
class Graph:
    nodes: dict[UUID, dict] = field(default_factory=dict)
    edges: list[dict] = field(default_factory=list)
    truncated: bool = False

    def node(self, kind: str, id: UUID, label: str, **extra) -> None:
        self.nodes[id] = {"id": id, "kind": kind, "label": label, **extra}

    def edge(self, kind: str, source: UUID, target: UUID, **extra) -> None:
        if source in self.nodes and target in self.nodes:
            self.edges.append({"kind": kind, "source": source, "target": target, **extra})

    def as_json(self) -> dict:
        return {"nodes": list(self.nodes.values()), "edges": self.edges, "truncated": self.truncated}


async def build(conn: asyncpg.Connection, prefix: str, *, network_id: UUID | None, skill: str | None,
                city: str | None, max_experts: int) -> Graph:
    graph = Graph()
    partnerships = await read.partnerships(conn, network_id)
    members = await read.members(conn, [p["id"] for p in partnerships])
    scoped = list({m["organisation_id"] for m in members}) if network_id else None
    organisations = await read.organisations(conn, scoped, city)
    experts = await read.experts(conn, prefix, organisation_ids=scoped, skill=skill, city=city, limit=max_experts + 1)
    graph.truncated = len(experts) > max_experts
    experts = experts[:max_experts]
    if skill:  # only the organisations (and so partnerships) the matching experts belong to
        with_experts = {o for e in experts for o in e["organisation_ids"]}
        organisations = [o for o in organisations if o["id"] in with_experts]
    kept = {o["id"] for o in organisations}
    members = [m for m in members if m["organisation_id"] in kept]
    partnerships = [p for p in partnerships if any(m["partnership_id"] == p["id"] for m in members)]
    for network in await read.networks(conn, network_id):
        graph.node("network", network["id"], network["name"])
    for p in partnerships:
        graph.node("partnership", p["id"], p["name"], programme=p["programme"], status=p["status"])
    for o in organisations:
        graph.node("organisation", o["id"], o["name"], organisation_kind=o["kind"], city=o["city"], country=o["country"])
    for e in experts:
        graph.node("expert", e["id"], e["name"], city=e["city"], country=e["country"], skills=e["skills"])
    for r in await read.resources(conn, list(kept), city):
        graph.node("resource", r["id"], r["title"], resource_kind=r["kind"], city=r["city"], country=r["country"])
        graph.edge("ownership", r["organisation_id"], r["id"])
    await _edges(conn, graph, partnerships, members, experts)
    return graph


async def _edges(conn, graph: Graph, partnerships, members, experts) -> None:
    ids = [p["id"] for p in partnerships]
    for network in await read.networks(conn, None):
        for partnership_id in network["partnership_ids"]:
            graph.edge("network_membership", network["id"], partnership_id)
    for m in members:
        graph.edge("membership", m["partnership_id"], m["organisation_id"], role=m["role"])
    for e in experts:
        for organisation_id in e["organisation_ids"]:
            graph.edge("affiliation", e["id"], organisation_id)
    for c in await read.accepted_cooperation(conn, ids):
        graph.edge("cooperation", c["requesting_partnership_id"], c["requested_partnership_id"], request_id=c["id"],
                   expert_id=c["expert_id"], resource_id=c["resource_id"])
    for event in await read.joint_events(conn, ids):
        for a, b in combinations(sorted(event["partnership_ids"]), 2):
            graph.edge("joint_event", a, b, event_id=event["event_id"], title=event["title"])
