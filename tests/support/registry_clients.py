"""Registry clients written by others, driven by the schema registry tests:
Confluent's Python serializers (confluent-kafka) and AWS's Glue Schema
Registry package (aws-glue-schema-registry), producing into and consuming
from a broker, so that what mskctl prints and writes is checked against
libraries it shares no code with.

  confluent-produce BOOTSTRAP TOPIC URL SCHEMA_FILE     JSON lines on stdin
  confluent-consume BOOTSTRAP TOPIC URL COUNT           JSON lines on stdout
  confluent-produce-protobuf BOOTSTRAP TOPIC URL        the Order message below
  confluent-consume-protobuf BOOTSTRAP TOPIC URL COUNT  MessageToDict as JSON
  confluent-produce-json BOOTSTRAP TOPIC URL SCHEMA_FILE
  confluent-consume-json BOOTSTRAP TOPIC URL SCHEMA_FILE COUNT
  glue-produce BOOTSTRAP TOPIC REGISTRY SCHEMA_FILE zlib|none
  glue-consume BOOTSTRAP TOPIC REGISTRY COUNT
  glue-produce-json BOOTSTRAP TOPIC REGISTRY SCHEMA_FILE
  glue-produce-protobuf BOOTSTRAP TOPIC REGISTRY        shop.Order, then
      shop.Order.Line: the package has no Protobuf serializer, so the bytes
      are framed here per AWS's format (header, then the message's index
      among the file's types sorted by full name as a varint, then the
      message); prints each message as MessageToDict JSON
  glue-create-registry NAME
  raw-produce BOOTSTRAP TOPIC HEX                       one record of these bytes

Glue calls go to AWS_ENDPOINT_URL (the moto server in tests).
"""

import json
import sys
from uuid import UUID

from confluent_kafka import Consumer, Producer, TopicPartition, OFFSET_BEGINNING


def consume_raw(bootstrap, topic, count):
    c = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": "registry-clients",
        "enable.auto.commit": False,
    })
    c.assign([TopicPartition(topic, 0, OFFSET_BEGINNING)])
    out = []
    while len(out) < count:
        m = c.poll(15)
        if m is None:
            raise SystemExit("timed out after %d record(s)" % len(out))
        if m.error():
            raise SystemExit(str(m.error()))
        out.append(m)
    c.close()
    return out


def produce_lines(bootstrap, topic, encode):
    """One record per non-blank stdin line, encode(parsed JSON) as its value.
    One record per batch: tansu 0.6 reports the high watermark right only
    then."""
    p = Producer({"bootstrap.servers": bootstrap})
    for line in sys.stdin:
        if line.strip():
            p.produce(topic, value=encode(json.loads(line)), partition=0)
            p.flush(30)
    if p.flush(30):
        raise SystemExit("records not delivered")


ORDER_PROTO = """syntax = "proto3";
package shop;
message Order {
  int64 id = 1;
  string state = 2;
  double amount = 3;
  repeated string items = 4;
  Line first_line = 5;
  message Line { int32 qty = 1; }
}
"""


def order_message_class():
    """shop.Order, built at run time: what protoc would generate from
    message Order { int64 id = 1; string state = 2; double amount = 3;
                    repeated string items = 4; Line first = 5;
                    message Line { int32 qty = 1; } }"""
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    F = descriptor_pb2.FieldDescriptorProto
    f = descriptor_pb2.FileDescriptorProto(name="shop/order.proto", package="shop", syntax="proto3")
    m = f.message_type.add(name="Order")
    m.field.add(name="id", number=1, type=F.TYPE_INT64, label=F.LABEL_OPTIONAL)
    m.field.add(name="state", number=2, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
    m.field.add(name="amount", number=3, type=F.TYPE_DOUBLE, label=F.LABEL_OPTIONAL)
    m.field.add(name="items", number=4, type=F.TYPE_STRING, label=F.LABEL_REPEATED)
    m.field.add(name="first_line", number=5, type=F.TYPE_MESSAGE, label=F.LABEL_OPTIONAL,
                type_name=".shop.Order.Line")
    line = m.nested_type.add(name="Line")
    line.field.add(name="qty", number=1, type=F.TYPE_INT32, label=F.LABEL_OPTIONAL)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(f)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("shop.Order"))


def protobuf(args):
    from google.protobuf import json_format
    from confluent_kafka.schema_registry import SchemaRegistryClient
    from confluent_kafka.schema_registry.protobuf import ProtobufDeserializer, ProtobufSerializer
    from confluent_kafka.serialization import MessageField, SerializationContext

    cmd, bootstrap, topic, url = args[:4]
    client = SchemaRegistryClient({"url": url})
    cls = order_message_class()
    ctx = SerializationContext(topic, MessageField.VALUE)
    if cmd == "confluent-produce-protobuf":
        ser = ProtobufSerializer(cls, client, {"use.deprecated.format": False})
        produce_lines(bootstrap, topic, lambda d: ser(json_format.ParseDict(d, cls()), ctx))
    else:
        de = ProtobufDeserializer(cls, {"use.deprecated.format": False})
        for m in consume_raw(bootstrap, topic, int(args[4])):
            print(json.dumps(json_format.MessageToDict(de(m.value(), ctx))))


def json_schema(args):
    from confluent_kafka.schema_registry import SchemaRegistryClient
    from confluent_kafka.schema_registry.json_schema import JSONDeserializer, JSONSerializer
    from confluent_kafka.serialization import MessageField, SerializationContext

    cmd, bootstrap, topic, url, schema_file = args[:5]
    client = SchemaRegistryClient({"url": url})
    with open(schema_file) as f:
        schema = f.read()
    ctx = SerializationContext(topic, MessageField.VALUE)
    if cmd == "confluent-produce-json":
        ser = JSONSerializer(schema, client)
        produce_lines(bootstrap, topic, lambda d: ser(d, ctx))
    else:
        de = JSONDeserializer(schema, schema_registry_client=client)
        for m in consume_raw(bootstrap, topic, int(args[5])):
            print(json.dumps(de(m.value(), ctx)))


def confluent(args):
    from confluent_kafka.schema_registry import SchemaRegistryClient
    from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
    from confluent_kafka.serialization import MessageField, SerializationContext

    cmd, bootstrap, topic, url = args[:4]
    client = SchemaRegistryClient({"url": url})
    if cmd == "confluent-produce":
        with open(args[4]) as f:
            schema = f.read()
        ser = AvroSerializer(client, schema)
        ctx = SerializationContext(topic, MessageField.VALUE)
        produce_lines(bootstrap, topic, lambda d: ser(d, ctx))
    else:
        de = AvroDeserializer(client)
        ctx = SerializationContext(topic, MessageField.VALUE)
        for m in consume_raw(bootstrap, topic, int(args[4])):
            print(json.dumps(de(m.value(), ctx)))


def glue(args):
    import boto3
    from aws_schema_registry import DataAndSchema, SchemaRegistryClient
    from aws_schema_registry.avro import AvroSchema
    from aws_schema_registry.codec import encode
    from aws_schema_registry.serde import KafkaDeserializer, KafkaSerializer

    cmd, bootstrap, topic, registry = args[:4]
    client = SchemaRegistryClient(boto3.client("glue"), registry_name=registry)
    if cmd == "glue-produce-json":
        from aws_schema_registry.jsonschema import JsonSchema

        with open(args[4]) as f:
            schema = JsonSchema(f.read())
        ser = KafkaSerializer(client)
        produce_lines(bootstrap, topic, lambda d: ser.serialize(topic, DataAndSchema(d, schema)))
    elif cmd == "glue-produce-protobuf":
        from google.protobuf import json_format

        glue = boto3.client("glue")
        created = glue.create_schema(
            RegistryId={"RegistryName": registry},
            SchemaName=topic + "-value",
            DataFormat="PROTOBUF",
            Compatibility="BACKWARD",
            SchemaDefinition=ORDER_PROTO,
        )
        version_id = UUID(created["SchemaVersionId"])
        order = order_message_class()
        line_cls = type(order().first_line)
        first = json_format.ParseDict({"id": "7", "state": "NEW", "items": ["a"], "firstLine": {"qty": 2}}, order())
        second = json_format.ParseDict({"qty": 9}, line_cls())
        p = Producer({"bootstrap.servers": bootstrap})
        for index, msg in ((0, first), (1, second)):
            p.produce(topic, value=encode(bytes([index]) + msg.SerializeToString(), version_id), partition=0)
            p.flush(30)
            print(json.dumps(json_format.MessageToDict(msg)))
    elif cmd == "glue-produce":
        with open(args[4]) as f:
            schema = AvroSchema(f.read())
        compress = args[5] == "zlib"
        ser = KafkaSerializer(client)
        p = Producer({"bootstrap.servers": bootstrap})
        for line in sys.stdin:
            if not line.strip():
                continue
            data = json.loads(line)
            framed = ser.serialize(topic, DataAndSchema(data, schema))
            if compress:
                # The same header with the compression byte set: the
                # package's own encoder, asked to compress.
                version = ser._get_schema_version(topic, schema)
                framed = encode(schema.write(data), version.version_id, compression=True)
            p.produce(topic, value=framed, partition=0)
            p.flush(30)
        if p.flush(30):
            raise SystemExit("records not delivered")
    else:
        de = KafkaDeserializer(client)
        for m in consume_raw(bootstrap, topic, int(args[4])):
            print(json.dumps(de.deserialize(topic, m.value()).data))


def main():
    args = sys.argv[1:]
    if args[0] == "glue-create-registry":
        import boto3
        boto3.client("glue").create_registry(RegistryName=args[1])
    elif args[0] == "raw-produce":
        p = Producer({"bootstrap.servers": args[1]})
        p.produce(args[2], value=bytes.fromhex(args[3]), partition=0)
        if p.flush(30):
            raise SystemExit("record not delivered")
    elif args[0].startswith("glue-"):
        glue(args)
    elif args[0].endswith("-protobuf"):
        protobuf(args)
    elif args[0].endswith("-json"):
        json_schema(args)
    else:
        confluent(args)


if __name__ == "__main__":
    main()
