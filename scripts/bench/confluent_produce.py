"""Produces stdin lines to a topic the way `mskctl topic produce` does
(acks=all, idempotence, murmur2 partitioner); prints how many were
acknowledged. Used by scripts/bench-data."""
import sys
from confluent_kafka import Producer
p = Producer({"bootstrap.servers": sys.argv[1], "acks": "all", "enable.idempotence": True,
              "partitioner": "murmur2_random"})
n = 0
def done(err, msg):
    global n
    if err is None:
        n += 1
for line in sys.stdin.buffer:
    while True:
        try:
            p.produce(sys.argv[2], value=line.rstrip(b"\n"), on_delivery=done)
            break
        except BufferError:
            p.poll(0.01)
    p.poll(0)
p.flush()
print(n)
