"""The network as a graph: nodes and edges in a scope (a network and the expert search's filters)."""

from dataclasses import dataclass, field
from itertools import combinations
from uuid import UUID

import asyncpg

from services.registry.map import repository as read
from services.registry.map.domain import Scope


@dataclass
class Graph:
    nodes: dict[UUID, dict] = field(default_factory=dict)
    edges: list[dict] = field(default_factory=list)
    truncated: bool = False
    experts: int = 0  # all the experts in scope, shown or not

    def node(self, kind: str, id: UUID, label: str, **extra) -> None:
        self.nodes[id] = {"id": id, "kind": kind, "label": label, **extra}

    def edge(self, kind: str, source: UUID, target: UUID, **extra) -> None:
        if source in self.nodes and target in self.nodes:
            self.edges.append({"kind": kind, "source": source, "target": target, **extra})

    def as_json(self) -> dict:
        return {"nodes": list(self.nodes.values()), "edges": self.edges, "truncated": self.truncated,
                "experts_in_scope": self.experts}


async def build(conn: asyncpg.Connection, prefix: str, scope: Scope, *, max_experts: int) -> Graph:
    graph = Graph()
    partnerships = await read.partnerships(conn, scope.network_id)
    members = await read.members(conn, [p["id"] for p in partnerships])
    scoped = list({m["organisation_id"] for m in members}) if scope.network_id else None
    organisations = await read.organisations(conn, scoped, scope, prefix)
    experts = await read.experts(conn, prefix, scope.experts(scoped, max(max_experts, 1)))  # one row tells the total
    graph.experts = experts[0]["total"] if experts else 0
    graph.truncated, experts = graph.experts > max_experts, experts[:max_experts]
    kept = {o["id"] for o in organisations}
    members = [m for m in members if m["organisation_id"] in kept]
    partnerships = [p for p in partnerships if any(m["partnership_id"] == p["id"] for m in members)]
    for network in await read.networks(conn, scope.network_id):
        graph.node("network", network["id"], network["name"])
    for p in partnerships:
        graph.node("partnership", p["id"], p["name"], programme=p["programme"], status=p["status"])
    for o in organisations:
        graph.node("organisation", o["id"], o["name"], organisation_kind=o["kind"], city=o["city"], country=o["country"])
    for e in experts:
        graph.node("expert", e["id"], e["name"], city=e["city"], country=e["country"], skills=e["skills"])
    for r in await read.resources(conn, list(kept), scope):
        graph.node("resource", r["id"], r["title"], resource_kind=r["kind"], city=r["city"], country=r["country"],
                   organisation_id=r["organisation_id"])
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
