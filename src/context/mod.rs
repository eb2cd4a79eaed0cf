//! Connection profiles ("contexts") and how one invocation's connection
//! settings are put together from flags, `MSKCTL_*` variables, the selected
//! context and defaults.
//!
//! The file lives at `$XDG_CONFIG_HOME/mskctl/config.yaml` (else
//! `~/.config/mskctl/config.yaml`, on every OS alike). It never holds a
//! password: only the name of an environment variable or a file that does,
//! so the file can be shared, backed up and printed without leaking secrets.
mod file;
mod patch;
mod registry;
mod resolve;

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::kafka::auth::SaslMechanism;
pub use crate::kafka::settings::{client_id, SaslAuth, SaslSettings, SecurityProtocol};
use crate::msk::aws::AwsSettings;
use crate::msk::client::BootstrapAuth;

pub use file::{
    config_path, yaml_error_message, Config, ContextConfig, Contexts, DeleteOutcome, MskBootstrap,
    MskConfig, SaslConfig, SchemaRegistryConfig, TlsConfig,
};
pub use patch::{ContextPatch, SetOutcome};
pub use registry::{resolve_registry, resolve_registry_with, REGISTRY_PASSWORD_ENV};
pub use resolve::{resolve, resolve_with, Resolved, SaslIam};

/// Read before any password source named by flags or the context, so a CI job
/// can inject the secret without knowing how the context was set up.
pub const PASSWORD_ENV: &str = "MSKCTL_SASL_PASSWORD";

const NO_BOOTSTRAP: &str = "no bootstrap servers: pass -b/--bootstrap-servers or --msk-cluster, set MSKCTL_BOOTSTRAP_SERVERS, or select a context with `mskctl config use-context`";

// ---------------------------------------------------------------- enums

/// The SASL mechanism as written in the config file. Kept separate from the
/// wire-level [`SaslMechanism`] so that mechanisms which carry no
/// username/password (AWS_MSK_IAM) can be added here as one more variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaslMechanismName {
    Plain,
    ScramSha256,
    ScramSha512,
    AwsMskIam,
}

impl SaslMechanismName {
    pub const ALL: [SaslMechanismName; 4] = [
        SaslMechanismName::Plain,
        SaslMechanismName::ScramSha256,
        SaslMechanismName::ScramSha512,
        SaslMechanismName::AwsMskIam,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SaslMechanismName::Plain => "PLAIN",
            SaslMechanismName::ScramSha256 => "SCRAM-SHA-256",
            SaslMechanismName::ScramSha512 => "SCRAM-SHA-512",
            SaslMechanismName::AwsMskIam => "AWS_MSK_IAM",
        }
    }

    pub fn to_mechanism(self) -> SaslMechanism {
        match self {
            SaslMechanismName::Plain => SaslMechanism::Plain,
            SaslMechanismName::ScramSha256 => SaslMechanism::ScramSha256,
            SaslMechanismName::ScramSha512 => SaslMechanism::ScramSha512,
            SaslMechanismName::AwsMskIam => SaslMechanism::AwsMskIam,
        }
    }

    /// Whether the mechanism needs a username and password.
    pub fn uses_password(self) -> bool {
        self.to_mechanism().uses_password()
    }
}

impl fmt::Display for SaslMechanismName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for SaslMechanismName {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // SCRAM_SHA_512 and AWS-MSK-IAM are common misspellings of the
        // canonical names, so `-` and `_` are interchangeable.
        let wanted = s.trim().replace('_', "-");
        SaslMechanismName::ALL
            .into_iter()
            .find(|m| m.name().replace('_', "-").eq_ignore_ascii_case(&wanted))
            .ok_or_else(|| {
                format!(
                    "unknown SASL mechanism '{s}' (expected {})",
                    one_of(SaslMechanismName::ALL.iter().map(|m| m.name()))
                )
            })
    }
}

/// Both enums are written as their Kafka names and read case-insensitively.
macro_rules! serde_as_name {
    ($ty:ty, $what:literal) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_str<E: de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
}

serde_as_name!(SecurityProtocol, "a security protocol name");
serde_as_name!(SaslMechanismName, "a SASL mechanism name");

// ---------------------------------------------------------------- overrides

/// What one invocation says about the connection, before the context fills
/// in the rest: flags and `MSKCTL_*` variables as the command layer parsed
/// them. `None` (or `false`) means "not given".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overrides {
    /// The context to use instead of the current one.
    pub context: Option<String>,
    /// Comma-separated `HOST:PORT` list, as typed.
    pub bootstrap_servers: Option<String>,
    pub security_protocol: Option<SecurityProtocol>,
    pub sasl_mechanism: Option<SaslMechanismName>,
    pub sasl_username: Option<String>,
    /// Name of the environment variable holding the password.
    pub sasl_password_env: Option<String>,
    /// File whose first line is the password.
    pub sasl_password_file: Option<PathBuf>,
    pub tls_ca_file: Option<PathBuf>,
    pub tls_cert_file: Option<PathBuf>,
    pub tls_key_file: Option<PathBuf>,
    pub tls_insecure_skip_verify: bool,
    /// An MSK cluster (name or ARN) to look the bootstrap servers up from.
    pub msk_cluster: Option<String>,
    /// Which of its listeners to use.
    pub msk_auth: Option<BootstrapAuth>,
    pub msk_public: bool,
    /// AWS profile and region, for MSK lookups and IAM signing.
    pub aws: AwsSettings,
    /// `--via`: which API topic commands and manifests go through.
    pub via: Option<Via>,
    /// `--schema-registry URL`: a Confluent-compatible registry.
    pub schema_registry: Option<String>,
    /// `--glue-registry NAME`: an AWS Glue schema registry.
    pub glue_registry: Option<String>,
}

/// Which API topic administration goes through: the Kafka admin protocol
/// (the brokers), or the MSK API's topic calls (the AWS control plane, for
/// callers with no network path to the brokers).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    #[default]
    Kafka,
    Aws,
}

impl Via {
    pub const ALL: [Via; 2] = [Via::Kafka, Via::Aws];

    pub fn as_str(self) -> &'static str {
        match self {
            Via::Kafka => "kafka",
            Via::Aws => "aws",
        }
    }
}

// ---------------------------------------------------------------- validation

fn split_servers(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Comma-separated `HOST:PORT` list; blanks around entries and a trailing
/// comma are tolerated, an empty entry inside the list (`a:1,,b:2`) is
/// not: that is a value missing from a template more often than a choice.
pub fn parse_bootstrap_servers(s: &str) -> Result<Vec<String>, String> {
    let inner = s.trim().trim_matches(',');
    if !inner.is_empty() && inner.split(',').any(|e| e.trim().is_empty()) {
        return Err(format!(
            "'{s}': an empty entry between commas; give HOST:PORT[,HOST:PORT...]"
        ));
    }
    split_servers(s)
        .iter()
        .map(|s| validate_server(s))
        .collect()
}

/// Checks one `HOST:PORT` (IPv6 as `[ADDR]:PORT`) and returns it trimmed.
pub fn validate_server(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.contains("://") {
        return Err(format!(
            "'{s}': give HOST:PORT without a scheme (e.g. broker-1:9092)"
        ));
    }
    let port = if let Some(rest) = s.strip_prefix('[') {
        let Some((addr, after)) = rest.split_once(']') else {
            return Err(format!("'{s}': missing ']' after the IPv6 address"));
        };
        let bare = addr.split('%').next().unwrap_or(addr);
        if bare.parse::<std::net::Ipv6Addr>().is_err() {
            return Err(format!("'{s}': '{addr}' is not an IPv6 address"));
        }
        let Some(port) = after.strip_prefix(':') else {
            return Err(format!("'{s}': expected [ADDRESS]:PORT"));
        };
        port
    } else {
        let Some((host, port)) = s.rsplit_once(':') else {
            return Err(format!(
                "'{s}': missing port (expected HOST:PORT, e.g. {s}:9092)"
            ));
        };
        if host.contains(':') {
            return Err(format!(
                "'{s}': put IPv6 addresses in brackets, e.g. [::1]:9092"
            ));
        }
        let valid_host = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'));
        if !valid_host {
            return Err(format!("'{s}': invalid host name '{host}'"));
        }
        port
    };
    match port.parse::<u16>() {
        Ok(p) if p > 0 => {}
        _ => {
            return Err(format!(
                "'{s}': invalid port '{port}' (expected a number from 1 to 65535)"
            ))
        }
    }
    Ok(s.to_string())
}

/// A password pasted where a variable *name* belongs must not be echoed, so
/// the message never repeats the value.
fn validate_env_var_name(var: &str, what: &str) -> Result<(), String> {
    let mut chars = var.chars();
    let ok = matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{what} takes the NAME of an environment variable (letters, digits and _, e.g. PROD_KAFKA_PASSWORD), not the password itself"
        ))
    }
}

// ---------------------------------------------------------------- redaction

/// Replaces the value of every key that looks secret (password, secret,
/// token) unless the key is a reference to where the secret lives
/// (`*-env`, `*-file`). The file model already refuses inline passwords;
/// this is the second line of defence for `config view`.
pub fn redact_secrets(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if is_secret_key(k) && !v.is_null() {
                    *v = serde_json::Value::String("<redacted>".into());
                } else {
                    redact_secrets(v);
                }
            }
        }
        serde_json::Value::Array(seq) => seq.iter_mut().for_each(redact_secrets),
        _ => {}
    }
}

fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    let secretish = ["password", "passwd", "secret", "token", "passphrase"]
        .iter()
        .any(|w| k.contains(w));
    // camelCase references too: schemaRegistry's passwordEnv/passwordFile.
    let reference = ["-env", "_env", "-file", "_file", "-path", "_path"]
        .iter()
        .any(|s| k.ends_with(s))
        || ["Env", "File", "Path"].iter().any(|s| key.ends_with(s));
    secretish && !reference
}

// ---------------------------------------------------------------- helpers

fn one_of<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_string(),
        None => String::new(),
    }
}

/// The candidate closest to `input` by edit distance, if close enough to be
/// a typo rather than a different word.
fn did_you_mean<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (input.chars().count() / 3).max(2);
    candidates
        .map(|c| {
            (
                strsim::levenshtein(&input.to_lowercase(), &c.to_lowercase()),
                c,
            )
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests;
