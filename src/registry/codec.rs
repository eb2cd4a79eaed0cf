//! Payloads to JSON and JSON to payloads, per schema language: Avro through
//! `apache-avro`, Protobuf through `prost-reflect` with the schema text
//! compiled at run time by `protox`, JSON Schema payloads being JSON already.

use std::collections::HashMap;
use std::sync::Arc;

use apache_avro::reader::datum::GenericDatumReader;
use apache_avro::types::Value as Avro;
use apache_avro::writer::datum::GenericDatumWriter;
use base64::Engine as _;
use prost::Message as _;
use prost_reflect::{DescriptorPool, DynamicMessage, MessageDescriptor};
use serde_json::Value as Json;

use super::confluent::ConfluentClient;
use super::framing::{self, Frame};
use super::glue::GlueClient;
use super::{FetchedSchema, SchemaId, SchemaRef, SchemaType};

/// The name the schema text is compiled under; imports of other files are
/// resolved against the well-known Google types only.
const PROTO_FILE: &str = "schema.proto";

/// A schema ready to read and write payloads.
#[derive(Debug)]
pub enum Codec {
    Avro(apache_avro::Schema),
    Protobuf(ProtoSchema),
    Json,
}

#[derive(Debug)]
pub struct ProtoSchema {
    pool: DescriptorPool,
    /// The file whose messages the indexes count.
    file: String,
}

impl Codec {
    pub fn compile(schema_type: SchemaType, text: &str) -> Result<Codec, String> {
        match schema_type {
            SchemaType::Avro => apache_avro::Schema::parse_str(text)
                .map(Codec::Avro)
                .map_err(|e| format!("cannot parse the Avro schema: {e}")),
            SchemaType::Protobuf => compile_proto(text).map(Codec::Protobuf),
            SchemaType::Json => serde_json::from_str::<Json>(text)
                .map(|_| Codec::Json)
                .map_err(|e| format!("the JSON Schema is not JSON: {e}")),
        }
    }

    pub fn schema_type(&self) -> SchemaType {
        match self {
            Codec::Avro(_) => SchemaType::Avro,
            Codec::Protobuf(_) => SchemaType::Protobuf,
            Codec::Json => SchemaType::Json,
        }
    }

    /// One payload (after the framing header) as JSON. `confluent` says
    /// how a Protobuf payload names its message type: Confluent's index
    /// path, or Glue's single index.
    pub fn decode(&self, payload: &[u8], confluent: bool) -> Result<Json, String> {
        match self {
            Codec::Avro(schema) => {
                let reader = GenericDatumReader::builder(schema)
                    .build()
                    .map_err(|e| e.to_string())?;
                let mut rest = payload;
                let value = reader
                    .read_value(&mut rest)
                    .map_err(|e| format!("not Avro of this schema: {e}"))?;
                if !rest.is_empty() {
                    return Err(format!(
                        "not Avro of this schema: {} byte(s) left over",
                        rest.len()
                    ));
                }
                Ok(avro_to_json(value))
            }
            Codec::Protobuf(proto) => {
                let (desc, body) = if confluent {
                    let (indexes, body) = framing::message_indexes(payload)?;
                    (proto.message(&indexes)?, body)
                } else {
                    let (index, body) = framing::glue_message_index(payload)?;
                    (proto.glue_message(index)?, body)
                };
                let msg = DynamicMessage::decode(desc, body)
                    .map_err(|e| format!("not Protobuf of this schema: {e}"))?;
                serde_json::to_value(&msg).map_err(|e| e.to_string())
            }
            Codec::Json => {
                serde_json::from_slice(payload).map_err(|e| format!("the payload is not JSON: {e}"))
            }
        }
    }

    /// One JSON value as a payload of this schema (without framing; with
    /// Protobuf message indexes for Confluent framing).
    pub fn encode(&self, value: &Json) -> Result<(Option<Vec<i64>>, Vec<u8>), String> {
        match self {
            Codec::Avro(schema) => {
                let resolved = json_to_avro(value)
                    .resolve(schema)
                    .map_err(|e| format!("does not match the Avro schema: {e}"))?;
                let writer = GenericDatumWriter::builder(schema)
                    .build()
                    .map_err(|e| e.to_string())?;
                writer
                    .write_value_to_vec(resolved)
                    .map(|b| (None, b))
                    .map_err(|e| format!("does not match the Avro schema: {e}"))
            }
            Codec::Protobuf(proto) => {
                let desc = proto.message(&[0])?;
                let msg = DynamicMessage::deserialize(desc, value)
                    .map_err(|e| format!("does not match the Protobuf schema: {e}"))?;
                Ok((Some(vec![0]), msg.encode_to_vec()))
            }
            Codec::Json => serde_json::to_vec(value)
                .map(|b| (None, b))
                .map_err(|e| e.to_string()),
        }
    }
}

impl ProtoSchema {
    /// The message type at this index path: the first index picks a
    /// top-level message of the file, the next ones nested messages.
    fn message(&self, indexes: &[i64]) -> Result<MessageDescriptor, String> {
        let file = self
            .pool
            .get_file_by_name(&self.file)
            .ok_or("the Protobuf schema has no file")?;
        let mut current: Option<MessageDescriptor> = None;
        for &i in indexes {
            let i = usize::try_from(i).map_err(|_| format!("negative message index {i}"))?;
            let next = match &current {
                None => file.messages().nth(i),
                Some(m) => m.child_messages().nth(i),
            };
            current = Some(next.ok_or_else(|| {
                format!("message index {i} does not exist in the Protobuf schema")
            })?);
        }
        current.ok_or_else(|| "no message index".to_owned())
    }

    /// Glue's numbering: every message type of the file, nested ones too,
    /// sorted by full name.
    fn glue_message(&self, index: u32) -> Result<MessageDescriptor, String> {
        let file = self
            .pool
            .get_file_by_name(&self.file)
            .ok_or("the Protobuf schema has no file")?;
        let mut all = Vec::new();
        let mut queue: std::collections::VecDeque<MessageDescriptor> = file.messages().collect();
        while let Some(m) = queue.pop_front() {
            queue.extend(m.child_messages());
            all.push(m);
        }
        all.sort_by(|a, b| a.full_name().cmp(b.full_name()));
        all.into_iter()
            .nth(index as usize)
            .ok_or_else(|| format!("message index {index} does not exist in the Protobuf schema"))
    }
}

struct OneFile(String);

impl protox::file::FileResolver for OneFile {
    fn open_file(&self, name: &str) -> Result<protox::file::File, protox::Error> {
        if name == PROTO_FILE {
            protox::file::File::from_source(name, &self.0)
        } else {
            Err(protox::Error::file_not_found(name))
        }
    }
}

/// `.proto` text, or what Confluent's own serializers register: the
/// base64 of a serialized FileDescriptorProto.
fn compile_proto(text: &str) -> Result<ProtoSchema, String> {
    compile_proto_text(text).or_else(|e| descriptor_from_base64(text).ok_or(e))
}

fn descriptor_from_base64(text: &str) -> Option<ProtoSchema> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()?;
    let mut pool = DescriptorPool::new();
    pool.decode_file_descriptor_proto(bytes.as_slice()).ok()?;
    let file = pool.files().next()?.name().to_owned();
    Some(ProtoSchema { pool, file })
}

fn compile_proto_text(text: &str) -> Result<ProtoSchema, String> {
    let mut resolver = protox::file::ChainFileResolver::new();
    resolver.add(OneFile(text.to_owned()));
    resolver.add(protox::file::GoogleFileResolver::new());
    let mut compiler = protox::Compiler::with_file_resolver(resolver);
    compiler.include_imports(true);
    compiler
        .open_file(PROTO_FILE)
        .map_err(|e| format!("cannot compile the Protobuf schema: {e}"))?;
    Ok(ProtoSchema {
        pool: compiler.descriptor_pool(),
        file: PROTO_FILE.to_owned(),
    })
}

/// JSON as a generic Avro value, for `resolve` to fit to the schema (ints
/// to int or long, objects to records or maps, values into union branches).
/// apache-avro's serde route is not used: it writes unsigned numbers as
/// fixed.
fn json_to_avro(v: &Json) -> Avro {
    match v {
        Json::Null => Avro::Null,
        Json::Bool(b) => Avro::Boolean(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Avro::Long(i),
            None => Avro::Double(n.as_f64().unwrap_or(f64::NAN)),
        },
        Json::String(s) => Avro::String(s.clone()),
        Json::Array(items) => Avro::Array(items.iter().map(json_to_avro).collect()),
        Json::Object(m) => Avro::Map(
            m.iter()
                .map(|(k, v)| (k.clone(), json_to_avro(v)))
                .collect(),
        ),
    }
}

/// Avro values as the Python deserializers hand them out: unions as the
/// branch's value, enums as their symbol, records as objects in field
/// order. Bytes and fixed become strings of code points 0-255 (Avro's own
/// JSON encoding); logical types their underlying number, decimals a string.
pub fn avro_to_json(v: Avro) -> Json {
    match v {
        Avro::Null => Json::Null,
        Avro::Boolean(b) => Json::Bool(b),
        Avro::Int(i) | Avro::Date(i) | Avro::TimeMillis(i) => Json::from(i),
        Avro::Long(i)
        | Avro::TimeMicros(i)
        | Avro::TimestampMillis(i)
        | Avro::TimestampMicros(i)
        | Avro::TimestampNanos(i)
        | Avro::LocalTimestampMillis(i)
        | Avro::LocalTimestampMicros(i)
        | Avro::LocalTimestampNanos(i) => Json::from(i),
        Avro::Float(f) => float(f64::from(f)),
        Avro::Double(f) => float(f),
        Avro::Bytes(b) | Avro::Fixed(_, b) => Json::String(b.iter().map(|&c| c as char).collect()),
        Avro::String(s) | Avro::Enum(_, s) => Json::String(s),
        Avro::Union(_, inner) => avro_to_json(*inner),
        Avro::Array(items) => Json::Array(items.into_iter().map(avro_to_json).collect()),
        Avro::Map(m) => {
            // HashMap order is random; sorted keys keep output stable.
            let mut entries: Vec<(String, Avro)> = m.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Json::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, avro_to_json(v)))
                    .collect(),
            )
        }
        Avro::Record(fields) => Json::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k, avro_to_json(v)))
                .collect(),
        ),
        Avro::Uuid(u) => Json::String(u.to_string()),
        Avro::BigDecimal(d) => Json::String(d.to_string()),
        other => Json::try_from(other).unwrap_or(Json::Null),
    }
}

fn float(f: f64) -> Json {
    serde_json::Number::from_f64(f)
        .map(Json::Number)
        .unwrap_or(Json::Null)
}

// ---------------------------------------------------------------- decoder

/// A record part decoded through its schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub value: Json,
    pub schema_type: SchemaType,
    pub schema: SchemaRef,
}

/// Decodes framed record parts, fetching each schema once per run and
/// remembering failures too (an unknown id is asked about once).
pub struct Decoder {
    confluent: Option<ConfluentClient>,
    glue: Option<GlueClient>,
    cache: HashMap<SchemaId, Result<Arc<(Codec, SchemaRef)>, String>>,
    /// Schema lookups made, for tests and `-v`.
    pub fetches: usize,
}

impl Decoder {
    pub fn new(confluent: Option<ConfluentClient>, glue: Option<GlueClient>) -> Decoder {
        Decoder {
            confluent,
            glue,
            cache: HashMap::new(),
            fetches: 0,
        }
    }

    /// `None` when the bytes carry no registry framing (shown as they are);
    /// else the decoded value, or why it could not be decoded.
    pub async fn decode(&mut self, bytes: &[u8]) -> Option<Result<Decoded, String>> {
        let frame = framing::parse(bytes)?;
        Some(self.decode_frame(frame).await)
    }

    async fn decode_frame(&mut self, frame: Frame<'_>) -> Result<Decoded, String> {
        let (id, payload, confluent) = match frame {
            Frame::Confluent { id, payload } => (SchemaId::Confluent(id), payload.to_vec(), true),
            Frame::Glue {
                version_id,
                compression,
                payload,
            } => (
                SchemaId::Glue(version_id),
                framing::glue_payload(compression, payload)?,
                false,
            ),
        };
        let loaded = self.schema(&id).await?;
        let (codec, schema) = &*loaded;
        let value = codec
            .decode(&payload, confluent)
            .map_err(|e| format!("schema {id}: {e}"))?;
        Ok(Decoded {
            value,
            schema_type: codec.schema_type(),
            schema: schema.clone(),
        })
    }

    async fn schema(&mut self, id: &SchemaId) -> Result<Arc<(Codec, SchemaRef)>, String> {
        if let Some(cached) = self.cache.get(id) {
            return cached.clone();
        }
        self.fetches += 1;
        let fetched: Result<FetchedSchema, String> = match (id, &self.confluent, &self.glue) {
            (SchemaId::Confluent(n), Some(c), _) => c
                .schema_by_id(*n)
                .await
                .map_err(|e| format!("schema id {n}: {e:#}")),
            (SchemaId::Confluent(n), None, _) => Err(format!(
                "Confluent-framed (schema id {n}) but no Confluent-compatible registry is configured (--schema-registry)"
            )),
            (SchemaId::Glue(v), _, Some(g)) => g
                .schema_version(v)
                .await
                .map_err(|e| format!("Glue schema version {v}: {e:#}")),
            (SchemaId::Glue(v), _, None) => Err(format!(
                "Glue-framed (schema version {v}) but no Glue registry is configured (--glue-registry)"
            )),
        };
        let result = fetched.and_then(|f| {
            let codec =
                Codec::compile(f.schema_type, &f.text).map_err(|e| format!("schema {id}: {e}"))?;
            Ok(Arc::new((
                codec,
                SchemaRef {
                    subject: f.subject,
                    id: id.clone(),
                    version: f.version,
                },
            )))
        });
        self.cache.insert(id.clone(), result.clone());
        result
    }
}

/// Bytes that could not be decoded, for the per-record note.
pub fn base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORDER: &str = r#"{"type":"record","name":"Order","fields":[
        {"name":"id","type":"long"},
        {"name":"note","type":["null","string"],"default":null},
        {"name":"state","type":{"type":"enum","name":"State","symbols":["NEW","PAID"]}},
        {"name":"amount","type":"double"}]}"#;

    #[test]
    fn avro_round_trips_through_json_as_python_shows_it() {
        let codec = Codec::compile(SchemaType::Avro, ORDER).unwrap();
        let value = serde_json::json!({"id": 7, "note": "hi", "state": "PAID", "amount": 1.5});
        let (idx, bytes) = codec.encode(&value).unwrap();
        assert_eq!(idx, None);
        assert_eq!(codec.decode(&bytes, true).unwrap(), value);
        let null_note = serde_json::json!({"id": 7, "note": null, "state": "NEW", "amount": 0.0});
        let (_, bytes) = codec.encode(&null_note).unwrap();
        assert_eq!(codec.decode(&bytes, true).unwrap(), null_note);
    }

    #[test]
    fn avro_rejects_json_that_does_not_match() {
        let codec = Codec::compile(SchemaType::Avro, ORDER).unwrap();
        let err = codec
            .encode(&serde_json::json!({"id": "seven", "state": "NEW", "amount": 1}))
            .unwrap_err();
        assert!(err.contains("does not match"), "{err}");
        assert!(codec.decode(&[0xff, 0xff], true).is_err());
    }

    #[test]
    fn protobuf_text_is_compiled_and_nested_messages_found_by_index() {
        let proto = r#"syntax = "proto3";
            package shop;
            message Other { string x = 1; }
            message Order { int32 id = 1; string name = 2; message Line { int32 qty = 1; } }"#;
        let codec = Codec::compile(SchemaType::Protobuf, proto).unwrap();
        let Codec::Protobuf(p) = &codec else { panic!() };
        assert_eq!(p.message(&[1]).unwrap().name(), "Order");
        assert_eq!(p.message(&[1, 0]).unwrap().full_name(), "shop.Order.Line");
        assert!(p.message(&[5]).is_err());
        // Order { id: 150, name: "ab" } framed with indexes [1].
        let mut payload = vec![2, 2]; // count 1, index 1 (zig-zag)
        payload.extend_from_slice(&[0x08, 0x96, 0x01, 0x12, 0x02, b'a', b'b']);
        assert_eq!(
            codec.decode(&payload, true).unwrap(),
            serde_json::json!({"id": 150, "name": "ab"})
        );
    }

    #[test]
    fn protobuf_registered_as_a_base64_descriptor_is_understood() {
        let text = r#"syntax = "proto3"; message Ping { int32 n = 1; }"#;
        let Codec::Protobuf(p) = Codec::compile(SchemaType::Protobuf, text).unwrap() else {
            panic!()
        };
        let file = p.pool.get_file_by_name(PROTO_FILE).unwrap();
        let b64 = base64::engine::general_purpose::STANDARD
            .encode(file.file_descriptor_proto().encode_to_vec());
        let codec = Codec::compile(SchemaType::Protobuf, &b64).unwrap();
        // Ping { n: 3 }, message index [0] written as the single 0.
        assert_eq!(
            codec.decode(&[0, 0x08, 0x03], true).unwrap(),
            serde_json::json!({"n": 3})
        );
        assert!(Codec::compile(SchemaType::Protobuf, "bm90IGEgZGVzY3JpcHRvcg==").is_err());
    }

    #[test]
    fn glue_numbers_protobuf_messages_by_sorted_full_name() {
        // AWS's example: B = 0, B.A = 1, B.A.D = 2, B.C = 3.
        let proto = r#"syntax = "proto3";
            message B { message C { int32 c = 1; } message A { message D { int32 d = 1; } } }"#;
        let codec = Codec::compile(SchemaType::Protobuf, proto).unwrap();
        let Codec::Protobuf(p) = &codec else { panic!() };
        let names: Vec<String> = (0..4)
            .map(|i| p.glue_message(i).unwrap().full_name().to_owned())
            .collect();
        assert_eq!(names, ["B", "B.A", "B.A.D", "B.C"]);
        // B.C { c: 5 } with Glue's index 3 in front.
        assert_eq!(
            codec.decode(&[3, 0x08, 0x05], false).unwrap(),
            serde_json::json!({"c": 5})
        );
    }

    #[test]
    fn json_schema_payloads_are_json() {
        let codec = Codec::compile(SchemaType::Json, r#"{"type":"object"}"#).unwrap();
        assert_eq!(
            codec.decode(br#"{"a":1}"#, true).unwrap(),
            serde_json::json!({"a": 1})
        );
        assert!(codec.decode(b"\xff", true).is_err());
    }

    #[tokio::test]
    async fn frames_without_a_registry_get_a_note_and_are_asked_about_once() {
        let mut d = Decoder::new(None, None);
        let framed = framing::confluent_frame(42, None, b"x");
        let err = d.decode(&framed).await.unwrap().unwrap_err();
        assert!(err.contains("schema id 42"), "{err}");
        d.decode(&framed).await.unwrap().unwrap_err();
        assert_eq!(d.fetches, 1);
        assert!(d.decode(b"plain").await.is_none());
    }
}
