"""A minimal, fast HTTP/1.1 webhook receiver for the fan-out benchmark, run in its own process.

POST anything: counts the `webhook-id`s it sees (duplicates included) and answers 204.
GET /stats: {"requests": n, "unique": n, "last": unix time of the last request}.
"""

import asyncio
import json
import sys
import time
from collections import Counter


class Receiver(asyncio.Protocol):
    seen: Counter = Counter()
    requests = 0
    last = 0.0

    def connection_made(self, transport: asyncio.Transport) -> None:
        self.transport, self.buffer = transport, b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buffer[:head_end].decode("latin-1")
            lines = head.split("\r\n")
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
            length = int(headers.get("content-length", "0"))
            if len(self.buffer) < head_end + 4 + length:
                return
            self.buffer = self.buffer[head_end + 4 + length:]
            self._answer(lines[0], headers)

    def _answer(self, request_line: str, headers: dict[str, str]) -> None:
        if request_line.startswith("GET /stats"):
            body = json.dumps({"requests": Receiver.requests, "unique": len(Receiver.seen),
                               "last": Receiver.last}).encode()
            self.transport.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                                 + str(len(body)).encode() + b"\r\n\r\n" + body)
            return
        if request_line.startswith("POST /reset"):
            Receiver.seen.clear()
            Receiver.requests, Receiver.last = 0, 0.0
        elif "webhook-id" in headers:
            Receiver.seen[headers["webhook-id"] + " " + request_line.split(" ")[1]] += 1
            Receiver.requests += 1
            Receiver.last = time.time()
        self.transport.write(b"HTTP/1.1 204 No Content\r\n\r\n")


async def serve(port: int) -> None:
    server = await asyncio.get_running_loop().create_server(Receiver, "127.0.0.1", port, backlog=1024)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1])))
