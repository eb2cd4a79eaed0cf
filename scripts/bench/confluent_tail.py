"""Reads a topic from the beginning the way `mskctl topic tail -o json`
does, writing one JSON object per record, until COUNT records. Used by
scripts/bench-data."""
import base64, json, sys
from confluent_kafka import Consumer, TopicPartition, OFFSET_BEGINNING
topic, want = sys.argv[2], int(sys.argv[3])
c = Consumer({"bootstrap.servers": sys.argv[1], "group.id": "bench", "enable.auto.commit": False})
md = c.list_topics(topic, timeout=10)
c.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in md.topics[topic].partitions])
out = sys.stdout
got = 0
while got < want:
    m = c.poll(5)
    if m is None or m.error():
        continue
    v = m.value()
    try:
        value, enc = v.decode(), "utf8"
    except UnicodeDecodeError:
        value, enc = base64.b64encode(v).decode(), "base64"
    out.write(json.dumps({"topic": topic, "partition": m.partition(), "offset": m.offset(),
                          "timestamp": m.timestamp()[1], "key": None, "value": value,
                          "value_encoding": enc, "headers": []}) + "\n")
    got += 1
c.close()
