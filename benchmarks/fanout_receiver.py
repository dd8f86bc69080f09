"""A minimal, fast HTTP/1.1 webhook receiver for the fan-out benchmark, run in its own process.

POST anything: counts the `webhook-id`s it sees (duplicates included) and answers 204.
GET /stats: {"requests": n, "unique": n, "first"/"last": unix time of the first/last request}.
Headers are found by byte search, not parsed one by one, on uvloop: the receiver must cost far less
than the sender it measures (`python -m benchmarks.fanout_receiver PORT --capacity` measures it alone).
"""

import asyncio
import json
import sys
import time
from collections import Counter

import uvloop


def _header(head: bytes, name: bytes) -> bytes | None:
    """`head` lowercased; the value of header `name`, if present."""
    start = head.find(b"\r\n" + name + b":")
    if start < 0:
        return None
    start += len(name) + 3
    end = head.find(b"\r\n", start)
    return head[start:end if end >= 0 else len(head)].strip()


class Receiver(asyncio.Protocol):
    seen: Counter = Counter()
    requests = 0
    first = last = 0.0

    def connection_made(self, transport: asyncio.Transport) -> None:
        self.transport, self.buffer = transport, b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (head_end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:head_end].lower()
            length = int(_header(head, b"content-length") or 0)
            if len(self.buffer) < head_end + 4 + length:
                return
            self.buffer = self.buffer[head_end + 4 + length:]
            self._answer(head, head[:head.find(b"\r\n")])

    def _answer(self, head: bytes, request_line: bytes) -> None:
        if request_line.startswith(b"get /stats"):
            body = json.dumps({"requests": Receiver.requests, "unique": len(Receiver.seen),
                               "first": Receiver.first, "last": Receiver.last}).encode()
            self.transport.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                                 + str(len(body)).encode() + b"\r\n\r\n" + body)
            return
        if request_line.startswith(b"post /reset"):
            Receiver.seen.clear()
            Receiver.requests, Receiver.first, Receiver.last = 0, 0.0, 0.0
        elif (webhook_id := _header(head, b"webhook-id")) is not None:
            Receiver.seen[webhook_id + b" " + request_line.split(b" ")[1]] += 1
            Receiver.requests += 1
            Receiver.last = time.time()
            Receiver.first = Receiver.first or Receiver.last
        self.transport.write(b"HTTP/1.1 204 No Content\r\n\r\n")


async def serve(port: int) -> None:
    server = await asyncio.get_running_loop().create_server(Receiver, "127.0.0.1", port, backlog=1024)
    async with server:
        await server.serve_forever()


async def capacity(requests: int = 20_000, connections: int = 64) -> None:
    """The receiver alone: pipelined keep-alive clients, so the figure is the receiver's, not theirs."""
    server = await asyncio.get_running_loop().create_server(Receiver, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    request = (b"POST /hook/%d HTTP/1.1\r\nhost: x\r\nwebhook-id: msg\r\ncontent-length: 2\r\n\r\n{}")
    per_connection = requests // connections

    async def client(n: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"".join(request % (n * per_connection + i) for i in range(per_connection)))
        for _ in range(per_connection):
            await reader.readuntil(b"\r\n\r\n")
        writer.close()

    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(client(n) for n in range(connections)))
    seconds = time.perf_counter() - started
    print(json.dumps({"requests": Receiver.requests, "unique": len(Receiver.seen),
                      "requests_per_second": round(Receiver.requests / seconds),
                      "cpu_ms_per_request (receiver and clients)": round(1000 * (time.process_time() - cpu)
                                                                         / Receiver.requests, 4)}))


if __name__ == "__main__":
    uvloop.run(capacity() if "--capacity" in sys.argv else serve(int(sys.argv[1])))
