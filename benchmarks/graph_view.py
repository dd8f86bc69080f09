"""How the network graph page copes with a large graph, in Debian's Chromium with software WebGL.

    python -m benchmarks.graph_view [--nodes 2000] [--runs 3]

Serves the built web app (web/dist) through the real proxy and hands the page a synthetic graph of
networks, partnerships, organisations, experts and resources (no services needed: the page's API calls are
answered in the browser). Each run times the first draw and the settled layout (ForceAtlas2 in a web worker),
counts the main thread's long tasks meanwhile, and samples frame times while hovering and panning
afterwards. Last line: JSON with each run and the median of the runs, in milliseconds.
"""

import argparse
import json
import statistics
import subprocess
import tempfile
from pathlib import Path

from harness.infra import REPO
from harness.proxy import running_proxy

WEB = REPO / "web"


def one_run(url: str, nodes: int) -> dict:
    run = subprocess.run(["node", "bench/graph-view.mjs", url, str(nodes)], cwd=WEB, capture_output=True,
                         text=True, timeout=300)
    if run.returncode != 0:
        raise SystemExit(f"the graph page failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not (WEB / "dist" / "index.html").exists():
        raise SystemExit("build the web app first: npm ci && npm run build in web/")
    with tempfile.TemporaryDirectory() as folder, running_proxy(Path(folder), {}, WEB / "dist") as url:
        runs = [one_run(url, args.nodes) for _ in range(args.runs)]
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]
              if all(isinstance(run[key], (int, float)) for run in runs)}
    print(json.dumps({"nodes": args.nodes, "runs": runs, "median": median}))


if __name__ == "__main__":
    main()
