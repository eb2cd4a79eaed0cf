//! Schema registries: where record schemas live, how records point at them
//! (framing) and how values are turned into JSON and back (codecs).
//!
//! Two kinds of registry are spoken: the Confluent-compatible REST API
//! (Confluent Schema Registry, Karapace, Apicurio's ccompat API, Redpanda)
//! and the AWS Glue Schema Registry (through the AWS SDK). Records name
//! their schema in a header of their own bytes; [`framing`] recognises both
//! headers per record, so one topic may even mix them.

pub mod codec;
pub mod confluent;
pub mod framing;
pub mod glue;
pub mod rules;

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::kafka::auth::Secret;
use crate::msk::aws::AwsSettings;

/// A Confluent-compatible registry as resolved from flags and the context.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluentSettings {
    /// Base URL, e.g. `https://registry.example.com:8081` (no trailing slash).
    pub url: String,
    /// HTTP basic authentication, when the registry wants it.
    pub username: Option<String>,
    pub password: Option<Secret>,
    /// PEM CA certificates to trust in addition to the system roots.
    pub ca_file: Option<PathBuf>,
}

/// The registries this run reads schemas from (and registers them in):
/// records of both framings can be decoded in one run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Registries {
    pub confluent: Option<ConfluentSettings>,
    /// An AWS Glue registry by name, reached with the AWS settings of the
    /// MSK commands.
    pub glue: Option<String>,
    pub aws: AwsSettings,
}

impl Registries {
    pub fn is_empty(&self) -> bool {
        self.confluent.is_none() && self.glue.is_none()
    }

    /// Clients for the configured registries; each call bounded by `timeout`.
    pub async fn connect(
        &self,
        timeout: std::time::Duration,
    ) -> anyhow::Result<(Option<confluent::ConfluentClient>, Option<glue::GlueClient>)> {
        let confluent = self
            .confluent
            .as_ref()
            .map(|s| confluent::ConfluentClient::new(s, timeout))
            .transpose()?;
        let glue = match &self.glue {
            Some(name) => Some(glue::GlueClient::connect(name, &self.aws, timeout).await),
            None => None,
        };
        Ok((confluent, glue))
    }
}

/// The schema languages registries hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum SchemaType {
    Avro,
    Protobuf,
    Json,
}

impl SchemaType {
    /// Confluent's `schemaType` (absent means AVRO) and Glue's `DataFormat`.
    pub fn parse(name: Option<&str>) -> Result<SchemaType, String> {
        match name.map(|n| n.to_ascii_uppercase()).as_deref() {
            None | Some("") | Some("AVRO") => Ok(SchemaType::Avro),
            Some("PROTOBUF") => Ok(SchemaType::Protobuf),
            Some("JSON") => Ok(SchemaType::Json),
            Some(other) => Err(format!("unknown schema type '{other}'")),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            SchemaType::Avro => "AVRO",
            SchemaType::Protobuf => "PROTOBUF",
            SchemaType::Json => "JSON",
        }
    }

    /// How a decoded value is marked in `value_encoding`.
    pub fn encoding(self) -> &'static str {
        match self {
            SchemaType::Avro => "avro",
            SchemaType::Protobuf => "protobuf",
            SchemaType::Json => "json",
        }
    }
}

/// Which schema a record was written with, as `value_schema`/`key_schema`
/// show it. Confluent ids are numbers, Glue's are schema version UUIDs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SchemaRef {
    pub subject: Option<String>,
    pub id: SchemaId,
    pub version: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum SchemaId {
    Confluent(u32),
    Glue(String),
}

impl fmt::Display for SchemaId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchemaId::Confluent(id) => write!(f, "{id}"),
            SchemaId::Glue(uuid) => f.write_str(uuid),
        }
    }
}

/// A schema as fetched from a registry.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchedSchema {
    pub schema_type: SchemaType,
    pub text: String,
    pub subject: Option<String>,
    pub version: Option<i64>,
}
