//! The Confluent-compatible REST API (Confluent Schema Registry, Karapace,
//! Apicurio's ccompat API, Redpanda): the subset `tail`, `produce` and the
//! `schema-registry` commands use.
//!
//! HTTP goes through hyper's client with rustls (the crates the AWS SDK
//! already brings), trusting the same roots as broker connections.

use std::time::Duration;

use anyhow::{anyhow, Context as _};
use base64::Engine as _;
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full, Limited};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde::{Deserialize, Serialize};

use super::{ConfluentSettings, FetchedSchema, SchemaType};
use crate::kafka::auth::{client_config, TlsSettings};

const CONTENT_TYPE: &str = "application/vnd.schemaregistry.v1+json";
/// A registry answer larger than this is not a schema we can use.
const MAX_RESPONSE: usize = 16 * 1024 * 1024;

/// Confluent's "subject not found" and "version not found" error codes.
const SUBJECT_NOT_FOUND: i64 = 40401;
const VERSION_NOT_FOUND: i64 = 40402;

pub struct ConfluentClient {
    base: String,
    authorization: Option<String>,
    timeout: Duration,
    http: Client<hyper_rustls::HttpsConnector<HttpConnector>, Full<Bytes>>,
}

impl std::fmt::Debug for ConfluentClient {
    // The authorization header holds the password: never printed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConfluentClient")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

/// An error answer from the registry: HTTP status and Confluent error code.
#[derive(Debug, thiserror::Error)]
#[error("{message} (HTTP {status}{})", code.map(|c| format!(", error code {c}")).unwrap_or_default())]
pub struct RegistryError {
    pub status: u16,
    pub code: Option<i64>,
    pub message: String,
}

/// One version of a subject.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubjectVersion {
    pub subject: String,
    pub version: i64,
    pub id: u32,
    #[serde(default = "avro_name", skip_serializing_if = "String::is_empty")]
    pub schema_type: String,
    pub schema: String,
}

fn avro_name() -> String {
    "AVRO".into()
}

/// The answer to a compatibility check.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Compatibility {
    pub is_compatible: bool,
    /// The registry's reasons when incompatible (verbose mode).
    pub messages: Vec<String>,
    /// False when the subject has no versions yet, so nothing was compared.
    pub compared: bool,
}

#[derive(Deserialize)]
struct ErrorBody {
    error_code: Option<i64>,
    message: Option<String>,
}

#[derive(Deserialize)]
struct SchemaById {
    schema: String,
    #[serde(rename = "schemaType")]
    schema_type: Option<String>,
}

#[derive(Deserialize)]
struct SubjectAndVersion {
    subject: String,
    version: i64,
}

#[derive(Serialize)]
struct SchemaBody<'a> {
    schema: &'a str,
    #[serde(rename = "schemaType", skip_serializing_if = "Option::is_none")]
    schema_type: Option<&'a str>,
}

#[derive(Deserialize)]
struct CompatibilityBody {
    is_compatible: bool,
    #[serde(default)]
    messages: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct ConfigBody {
    #[serde(rename = "compatibilityLevel", alias = "compatibility")]
    compatibility_level: Option<String>,
}

#[derive(Deserialize)]
struct IdBody {
    id: u32,
}

impl ConfluentClient {
    pub fn new(settings: &ConfluentSettings, timeout: Duration) -> anyhow::Result<ConfluentClient> {
        let base = settings.url.trim_end_matches('/').to_owned();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(crate::error::UsageError(format!(
                "schema registry URL '{base}': expected http://HOST[:PORT] or https://HOST[:PORT]"
            ))
            .into());
        }
        let tls = client_config(&TlsSettings {
            ca_file: settings.ca_file.clone(),
            ..TlsSettings::default()
        })
        .context("cannot set up TLS for the schema registry")?;
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .build();
        let authorization = match (&settings.username, &settings.password) {
            (Some(user), Some(pass)) => Some(format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD
                    .encode(format!("{user}:{}", pass.expose()))
            )),
            (Some(user), None) => Some(format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:"))
            )),
            _ => None,
        };
        Ok(ConfluentClient {
            base,
            authorization,
            timeout,
            http: Client::builder(TokioExecutor::new()).build(connector),
        })
    }

    pub fn url(&self) -> &str {
        &self.base
    }

    async fn call(
        &self,
        method: http::Method,
        path: &str,
        body: Option<String>,
    ) -> anyhow::Result<Result<Bytes, RegistryError>> {
        let url = format!("{}{path}", self.base);
        let mut req = http::Request::builder()
            .method(method.clone())
            .uri(&url)
            .header(http::header::ACCEPT, CONTENT_TYPE)
            .header(http::header::USER_AGENT, crate::context::client_id());
        if body.is_some() {
            req = req.header(http::header::CONTENT_TYPE, CONTENT_TYPE);
        }
        if let Some(a) = &self.authorization {
            req = req.header(http::header::AUTHORIZATION, a);
        }
        let req = req
            .body(Full::new(Bytes::from(body.unwrap_or_default())))
            .with_context(|| format!("invalid registry request {url}"))?;
        tracing::debug!("{method} {url}");
        let exchange = async {
            let resp = self
                .http
                .request(req)
                .await
                .map_err(|e| anyhow!("{method} {url}: {}", error_chain(&e)))?;
            let status = resp.status();
            let bytes = Limited::new(resp.into_body(), MAX_RESPONSE)
                .collect()
                .await
                .map_err(|e| anyhow!("{method} {url}: cannot read the answer: {e}"))?
                .to_bytes();
            Ok::<_, anyhow::Error>((status, bytes))
        };
        let (status, bytes) = tokio::time::timeout(self.timeout, exchange)
            .await
            .map_err(|_| {
                anyhow!(
                    "{method} {url}: no answer within {}",
                    humantime::format_duration(self.timeout)
                )
            })??;
        if status.is_success() {
            return Ok(Ok(bytes));
        }
        let parsed: Option<ErrorBody> = serde_json::from_slice(&bytes).ok();
        let message = parsed
            .as_ref()
            .and_then(|e| e.message.clone())
            .unwrap_or_else(|| {
                String::from_utf8_lossy(&bytes[..bytes.len().min(500)]).into_owned()
            });
        Ok(Err(RegistryError {
            status: status.as_u16(),
            code: parsed.and_then(|e| e.error_code),
            message: crate::render::escape_control(&message).into_owned(),
        }))
    }

    async fn get_json<T: serde::de::DeserializeOwned>(&self, path: &str) -> anyhow::Result<T> {
        let bytes = self.call(http::Method::GET, path, None).await??;
        parse_json(&bytes, path)
    }

    /// Every subject, sorted.
    pub async fn subjects(&self) -> anyhow::Result<Vec<String>> {
        let mut subjects: Vec<String> = self.get_json("/subjects").await?;
        subjects.sort();
        Ok(subjects)
    }

    pub async fn versions(&self, subject: &str) -> anyhow::Result<Vec<i64>> {
        self.get_json(&format!("/subjects/{}/versions", encode(subject)))
            .await
    }

    /// One version of a subject (`None`: the latest).
    pub async fn subject_version(
        &self,
        subject: &str,
        version: Option<i64>,
    ) -> anyhow::Result<SubjectVersion> {
        let v = version.map_or("latest".to_owned(), |v| v.to_string());
        let path = format!("/subjects/{}/versions/{v}", encode(subject));
        let bytes = self.call(http::Method::GET, &path, None).await?;
        match bytes {
            Ok(b) => {
                let mut sv: SubjectVersion = parse_json(&b, &path)?;
                if sv.schema_type.is_empty() {
                    sv.schema_type = avro_name();
                }
                Ok(sv)
            }
            Err(e) if e.code == Some(SUBJECT_NOT_FOUND) => Err(anyhow!(
                "subject '{subject}' does not exist in the registry"
            )),
            Err(e) if e.code == Some(VERSION_NOT_FOUND) => {
                Err(anyhow!("subject '{subject}' has no version {v}"))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// The schema with this id and, when the registry says, the first
    /// subject and version it is registered under.
    pub async fn schema_by_id(&self, id: u32) -> anyhow::Result<FetchedSchema> {
        let s: SchemaById = self.get_json(&format!("/schemas/ids/{id}")).await?;
        let schema_type = SchemaType::parse(s.schema_type.as_deref()).map_err(|e| anyhow!(e))?;
        // Older registries lack this endpoint; the id alone still decodes.
        let (subject, version) = match self
            .call(
                http::Method::GET,
                &format!("/schemas/ids/{id}/versions"),
                None,
            )
            .await?
        {
            Ok(b) => match serde_json::from_slice::<Vec<SubjectAndVersion>>(&b) {
                Ok(list) => list
                    .into_iter()
                    .next()
                    .map(|sv| (Some(sv.subject), Some(sv.version)))
                    .unwrap_or((None, None)),
                Err(_) => (None, None),
            },
            Err(_) => (None, None),
        };
        Ok(FetchedSchema {
            schema_type,
            text: s.schema,
            subject,
            version,
        })
    }

    /// Checks a schema against the subject's latest version under the
    /// compatibility level the registry has configured for it.
    pub async fn check(
        &self,
        subject: &str,
        schema: &str,
        schema_type: SchemaType,
    ) -> anyhow::Result<Compatibility> {
        let path = format!(
            "/compatibility/subjects/{}/versions/latest?verbose=true",
            encode(subject)
        );
        let body = schema_body(schema, schema_type)?;
        match self.call(http::Method::POST, &path, Some(body)).await? {
            Ok(b) => {
                let c: CompatibilityBody = parse_json(&b, &path)?;
                Ok(Compatibility {
                    is_compatible: c.is_compatible,
                    messages: c
                        .messages
                        .into_iter()
                        .map(|m| match m {
                            serde_json::Value::String(s) => s,
                            other => other.to_string(),
                        })
                        .collect(),
                    compared: true,
                })
            }
            // A subject without versions accepts any first schema.
            Err(e) if matches!(e.code, Some(SUBJECT_NOT_FOUND) | Some(VERSION_NOT_FOUND)) => {
                Ok(Compatibility {
                    is_compatible: true,
                    messages: Vec::new(),
                    compared: false,
                })
            }
            Err(e) => Err(e.into()),
        }
    }

    /// The compatibility level that applies to the subject (its own, else
    /// the global one).
    pub async fn compatibility_level(&self, subject: &str) -> anyhow::Result<String> {
        let path = format!("/config/{}?defaultToGlobal=true", encode(subject));
        let body = match self.call(http::Method::GET, &path, None).await? {
            Ok(b) => b,
            Err(e) if e.status == 404 => self.call(http::Method::GET, "/config", None).await??,
            Err(e) => return Err(e.into()),
        };
        let c: ConfigBody = parse_json(&body, &path)?;
        Ok(c.compatibility_level.unwrap_or_else(|| "BACKWARD".into()))
    }

    /// The id and version under which this exact schema is registered in
    /// the subject, if it is.
    pub async fn lookup(
        &self,
        subject: &str,
        schema: &str,
        schema_type: SchemaType,
    ) -> anyhow::Result<Option<SubjectVersion>> {
        let path = format!("/subjects/{}", encode(subject));
        let body = schema_body(schema, schema_type)?;
        match self.call(http::Method::POST, &path, Some(body)).await? {
            Ok(b) => {
                let mut sv: SubjectVersion = parse_json(&b, &path)?;
                if sv.schema_type.is_empty() {
                    sv.schema_type = avro_name();
                }
                Ok(Some(sv))
            }
            Err(e) if e.status == 404 => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Registers a schema under the subject; the registry's id for it.
    pub async fn register(
        &self,
        subject: &str,
        schema: &str,
        schema_type: SchemaType,
    ) -> anyhow::Result<u32> {
        let path = format!("/subjects/{}/versions", encode(subject));
        let body = schema_body(schema, schema_type)?;
        let b = self.call(http::Method::POST, &path, Some(body)).await??;
        let id: IdBody = parse_json(&b, &path)?;
        Ok(id.id)
    }
}

fn schema_body(schema: &str, schema_type: SchemaType) -> anyhow::Result<String> {
    // AVRO is the default and the only type some registries accept unnamed.
    let schema_type = (schema_type != SchemaType::Avro).then(|| schema_type.name());
    Ok(serde_json::to_string(&SchemaBody {
        schema,
        schema_type,
    })?)
}

fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8], path: &str) -> anyhow::Result<T> {
    serde_json::from_slice(bytes)
        .map_err(|e| anyhow!("unexpected answer from the schema registry to {path}: {e}"))
}

/// Subjects may hold any character; path segments get percent-encoding.
fn encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_are_percent_encoded_in_paths() {
        assert_eq!(encode("orders-value"), "orders-value");
        assert_eq!(encode("a/b c"), "a%2Fb%20c");
    }

    #[test]
    fn avro_is_sent_without_a_schema_type() {
        assert_eq!(
            schema_body("\"string\"", SchemaType::Avro).unwrap(),
            r#"{"schema":"\"string\""}"#
        );
        assert!(schema_body("{}", SchemaType::Json)
            .unwrap()
            .contains(r#""schemaType":"JSON""#));
    }

    #[test]
    fn urls_need_a_scheme() {
        let s = ConfluentSettings {
            url: "registry:8081".into(),
            username: None,
            password: None,
            ca_file: None,
        };
        let err = ConfluentClient::new(&s, Duration::from_secs(1)).unwrap_err();
        assert!(err.to_string().contains("http://"), "{err}");
    }
}
