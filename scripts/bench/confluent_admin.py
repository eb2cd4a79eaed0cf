"""The same admin calls as `mskctl topic list` / `topic describe`, made with
the confluent-kafka Python client (librdkafka), for whole-process timing
comparisons in scripts/bench-cli.

    python confluent_admin.py BOOTSTRAP list
    python confluent_admin.py BOOTSTRAP describe TOPIC
    python confluent_admin.py BOOTSTRAP create-many N   (setup only)
"""
import sys

from confluent_kafka.admin import AdminClient, ConfigResource, NewTopic


def main():
    bootstrap, cmd = sys.argv[1], sys.argv[2]
    admin = AdminClient({"bootstrap.servers": bootstrap})
    if cmd == "list":
        md = admin.list_topics(timeout=30)
        for name in sorted(md.topics):
            t = md.topics[name]
            rf = max((len(p.replicas) for p in t.partitions.values()), default=0)
            print(f"{name}\t{len(t.partitions)}\t{rf}")
    elif cmd == "describe":
        topic = sys.argv[3]
        md = admin.list_topics(topic=topic, timeout=30)
        t = md.topics[topic]
        for pid in sorted(t.partitions):
            p = t.partitions[pid]
            print(pid, p.leader, p.replicas, p.isrs)
        res = ConfigResource(ConfigResource.Type.TOPIC, topic)
        for fut in admin.describe_configs([res]).values():
            for entry in fut.result(timeout=30).values():
                if not entry.is_default:
                    print(entry.name, entry.value)
    elif cmd == "create-many":
        n = int(sys.argv[3])
        batch = [NewTopic(f"bench-{i:05d}", num_partitions=3, replication_factor=1) for i in range(n)]
        for start in range(0, n, 500):
            futs = admin.create_topics(batch[start:start + 500], operation_timeout=30)
            for f in futs.values():
                f.result(timeout=60)
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
