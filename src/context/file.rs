//! The config file: its model, reading it with `FILE:LINE:COL` errors, and
//! writing it privately and atomically.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use indexmap::IndexMap;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use tracing::{debug, warn};

use super::{did_you_mean, split_servers, SaslMechanismName, SecurityProtocol};
use crate::error::UsageError;
use crate::msk::client::BootstrapAuth;

// ---------------------------------------------------------------- file model

/// The whole config file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Config {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_context: Option<String>,
    #[serde(default)]
    pub contexts: Contexts,
}

/// Contexts by name, in the order they were written: people group related
/// clusters together in the file and expect listings to keep that order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contexts(IndexMap<String, ContextConfig>);

impl Contexts {
    pub fn get(&self, name: &str) -> Option<&ContextConfig> {
        self.0.get(name)
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut ContextConfig> {
        self.0.get_mut(name)
    }

    pub fn contains(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    /// Replaces a context of the same name in place, else appends.
    pub fn insert(&mut self, name: impl Into<String>, context: ContextConfig) {
        self.0.insert(name.into(), context);
    }

    /// Removes `name`, keeping the others in their order.
    pub fn remove(&mut self, name: &str) -> Option<ContextConfig> {
        self.0.shift_remove(name)
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &ContextConfig)> {
        self.0.iter().map(|(n, c)| (n.as_str(), c))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Contexts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (name, ctx) in &self.0 {
            map.serialize_entry(name, ctx)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Contexts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Contexts;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping of context names to contexts")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Contexts, E> {
                Ok(Contexts::default())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Contexts, A::Error> {
                let mut out = Contexts::default();
                while let Some(name) = map.next_key::<String>()? {
                    if out.contains(&name) {
                        return Err(de::Error::custom(format!("duplicate context '{name}'")));
                    }
                    // An empty entry (`dev:` with nothing under it) is an
                    // empty context rather than a type error.
                    let ctx = map.next_value::<Option<ContextConfig>>()?;
                    out.0.insert(name, ctx.unwrap_or_default());
                }
                Ok(out)
            }
        }
        d.deserialize_any(V)
    }
}

/// One connection profile as stored. Every field is optional so that flags
/// can fill in whatever a context leaves out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ContextConfig {
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "servers_from_list_or_string"
    )]
    pub bootstrap_servers: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_protocol: Option<SecurityProtocol>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sasl: Option<SaslConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsConfig>,
    /// An MSK cluster whose bootstrap brokers are looked up through the AWS
    /// API when the context has no bootstrap servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msk: Option<MskConfig>,
    /// Default values of manifest variables (`${NAME}`) for this cluster;
    /// `--values`, `--set` and `MSKCTL_VAR_*` override them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub vars: BTreeMap<String, serde_json::Value>,
    /// `via: aws`: topic commands and manifests go through the MSK API
    /// (only for a context that names an MSK cluster).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<super::Via>,
    /// The Confluent-compatible schema registry of this cluster's topics.
    #[serde(
        default,
        rename = "schemaRegistry",
        alias = "schema-registry",
        skip_serializing_if = "Option::is_none"
    )]
    pub schema_registry: Option<SchemaRegistryConfig>,
}

/// `schemaRegistry: {url, username, passwordEnv|passwordFile, caFile}`;
/// like SASL, the password only by reference.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SchemaRegistryConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(
        default,
        alias = "password-env",
        skip_serializing_if = "Option::is_none"
    )]
    pub password_env: Option<String>,
    #[serde(
        default,
        alias = "password-file",
        skip_serializing_if = "Option::is_none"
    )]
    pub password_file: Option<PathBuf>,
    #[serde(default, alias = "ca-file", skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
    #[serde(
        default,
        rename = "password",
        skip_serializing,
        deserialize_with = "refuse_inline_password"
    )]
    pub inline_password: Option<std::convert::Infallible>,
}

impl ContextConfig {
    /// The context's manifest variables as text; a list or mapping is an
    /// error naming the variable.
    pub fn var_values(&self, context: &str) -> anyhow::Result<Vec<(String, String)>> {
        let mut out = Vec::with_capacity(self.vars.len());
        for (k, v) in &self.vars {
            let text = match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::Bool(b) => b.to_string(),
                serde_json::Value::Null => String::new(),
                _ => anyhow::bail!(
                    "context '{context}': variable '{k}' must be a scalar (text, number or boolean)"
                ),
            };
            out.push((k.clone(), text));
        }
        Ok(out)
    }
}

/// `msk: {cluster: NAME|ARN, auth: iam|scram|tls|plaintext, public: bool}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct MskConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Which listener's bootstrap string to use; iam when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<BootstrapAuth>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public: Option<bool>,
}

impl MskConfig {
    pub fn is_empty(&self) -> bool {
        *self == MskConfig::default()
    }
}

/// Bootstrap servers still to be looked up through MSK's
/// GetBootstrapBrokers (resolving a context stays pure; connecting does it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MskBootstrap {
    pub cluster: String,
    pub auth: BootstrapAuth,
    pub public: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SaslConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<SaslMechanismName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Name of the environment variable holding the password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_env: Option<String>,
    /// File whose first line is the password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_file: Option<PathBuf>,
    /// Only here so that `password:` gets a pointed refusal instead of a
    /// generic "unknown field"; the type makes it impossible to hold a value.
    #[serde(
        default,
        rename = "password",
        skip_serializing,
        deserialize_with = "refuse_inline_password"
    )]
    pub inline_password: Option<std::convert::Infallible>,
}

impl SaslConfig {
    pub(crate) fn is_empty(&self) -> bool {
        self.mechanism.is_none()
            && self.username.is_none()
            && self.password_env.is_none()
            && self.password_file.is_none()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct TlsConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_file: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_file: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insecure_skip_verify: Option<bool>,
}

impl TlsConfig {
    pub(crate) fn is_empty(&self) -> bool {
        self.ca_file.is_none()
            && self.cert_file.is_none()
            && self.key_file.is_none()
            && self.insecure_skip_verify.is_none()
    }
}

const INLINE_PASSWORD: &str = "passwords are not stored in the config file: remove `password` \
     and use `password-env: VAR` (the name of an environment variable) or `password-file: PATH` instead";

fn refuse_inline_password<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<std::convert::Infallible>, D::Error> {
    // Going through the deserializer (rather than failing straight away)
    // makes the YAML reader attach the value's line and column to the error. Every
    // visit is overridden because serde's default messages quote the value,
    // which here is the password.
    struct Refuse;
    impl<'de> Visitor<'de> for Refuse {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("no password")
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
            Err(E::custom(INLINE_PASSWORD))
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
            Err(E::custom(INLINE_PASSWORD))
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
            Err(E::custom(INLINE_PASSWORD))
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
            Err(E::custom(INLINE_PASSWORD))
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
            Err(E::custom(INLINE_PASSWORD))
        }
        fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<(), E> {
            Err(E::custom(INLINE_PASSWORD))
        }
        fn visit_unit<E: de::Error>(self) -> Result<(), E> {
            Err(E::custom(INLINE_PASSWORD))
        }
        fn visit_none<E: de::Error>(self) -> Result<(), E> {
            Err(E::custom(INLINE_PASSWORD))
        }
        fn visit_some<D2: Deserializer<'de>>(self, _: D2) -> Result<(), D2::Error> {
            Err(de::Error::custom(INLINE_PASSWORD))
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
            Err(de::Error::custom(INLINE_PASSWORD))
        }
        fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
            Err(de::Error::custom(INLINE_PASSWORD))
        }
        fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<(), A::Error> {
            Err(de::Error::custom(INLINE_PASSWORD))
        }
    }
    d.deserialize_any(Refuse).map(|()| None)
}

/// Hand-written files often say `bootstrap-servers: a:9092,b:9092`; accept
/// that as well as a list.
fn servers_from_list_or_string<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list of HOST:PORT or a comma-separated string")
        }
        fn visit_unit<E: de::Error>(self) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<String>, E> {
            Ok(split_servers(v))
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<String>, A::Error> {
            let mut out = Vec::new();
            while let Some(s) = seq.next_element::<String>()? {
                out.extend(split_servers(&s));
            }
            Ok(out)
        }
    }
    d.deserialize_any(V)
}

// ---------------------------------------------------------------- file I/O

/// `$XDG_CONFIG_HOME/mskctl/config.yaml`, else `~/.config/mskctl/config.yaml`.
/// A relative XDG_CONFIG_HOME is ignored, as the XDG spec requires.
pub fn config_path() -> anyhow::Result<PathBuf> {
    config_path_from(std::env::var_os("XDG_CONFIG_HOME"), dirs::home_dir())
}

pub(super) fn config_path_from(
    xdg: Option<std::ffi::OsString>,
    home: Option<PathBuf>,
) -> anyhow::Result<PathBuf> {
    let base = match xdg.map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => dir,
        _ => match home {
            Some(home) => home.join(".config"),
            None => anyhow::bail!(
                "cannot locate the config file: neither XDG_CONFIG_HOME nor a home directory is set"
            ),
        },
    };
    Ok(base.join("mskctl").join("config.yaml"))
}

impl Config {
    /// Loads the file at [`config_path`]; a missing file is an empty config.
    pub fn load() -> anyhow::Result<(Config, PathBuf)> {
        let path = config_path()?;
        let config = Config::load_from(&path)?;
        Ok((config, path))
    }

    pub fn load_from(path: &Path) -> anyhow::Result<Config> {
        warn_if_others_can_write(path);
        match crate::input::read_file_to_string(path) {
            Ok(text) => Config::parse(&text, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                debug!(path = %path.display(), "no config file; using an empty config");
                Ok(Config::default())
            }
            Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
        }
    }

    /// Parses file contents; `origin` only names the file in errors.
    pub fn parse(text: &str, origin: &Path) -> anyhow::Result<Config> {
        // An empty or comments-only file is a valid, empty config: it
        // reads as null, hence the Option.
        let config = match crate::yaml::from_str::<Option<Config>>(text, origin) {
            Ok(c) => c.unwrap_or_default(),
            Err(e) => anyhow::bail!(yaml_error_message(&e)),
        };
        config.check(origin)?;
        Ok(config)
    }

    /// What serde cannot express: names that must be valid, a current
    /// context that must exist.
    fn check(&self, origin: &Path) -> anyhow::Result<()> {
        for name in self.contexts.names() {
            if let Err(msg) = validate_context_name(name) {
                anyhow::bail!("{}: {msg}", origin.display());
            }
        }
        if let Some(cur) = &self.current_context {
            if !self.contexts.contains(cur) {
                // Not fatal: --context or flags may make it irrelevant, and
                // `use-context` must still be able to repair the file.
                warn!(
                    "{}: current-context '{cur}' is not among the contexts",
                    origin.display()
                );
            }
        }
        Ok(())
    }

    /// Writes the file atomically (temp file + rename in the same directory)
    /// with mode 0600, creating the directory with mode 0700 if needed.
    pub fn save_to(&self, path: &Path) -> anyhow::Result<()> {
        let text = crate::yaml::to_string(self).context("cannot serialise the config")?;
        write_private_atomically(path, text.as_bytes())
    }

    /// Read-modify-write of the file at `path` under an exclusive lock, so
    /// concurrent `config set-context` runs (a provisioning script's
    /// parallel jobs) each see the others' changes instead of the last
    /// writer silently dropping them. The lock is a sibling file
    /// (`config.yaml.lock`): the config itself is replaced by a rename,
    /// which a lock on it would not survive.
    pub fn update<T>(
        path: &Path,
        change: impl FnOnce(&mut Config) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        create_private_dir(&dir)?;
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "config.yaml".into());
        let lock_path = dir.join(format!("{file_name}.lock"));
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .with_context(|| format!("cannot open the lock file {}", lock_path.display()))?;
        lock.lock()
            .with_context(|| format!("cannot lock {}", lock_path.display()))?;
        let mut config = Config::load_from(path)?;
        let out = change(&mut config)?;
        config.save_to(path)?;
        // Dropping the file releases the lock.
        drop(lock);
        Ok(out)
    }

    pub fn to_yaml(&self) -> anyhow::Result<String> {
        crate::yaml::to_string(self).context("cannot serialise the config")
    }

    /// Makes `name` current; unknown names are a usage error listing the
    /// known ones.
    pub fn use_context(&mut self, name: &str) -> anyhow::Result<()> {
        if !self.contexts.contains(name) {
            return Err(self.unknown_context(name).into());
        }
        self.current_context = Some(name.to_string());
        Ok(())
    }

    /// Removes `name`; if it was current, there is no current context
    /// afterwards (guessing another one could point commands at the wrong
    /// cluster).
    pub fn delete_context(&mut self, name: &str) -> anyhow::Result<DeleteOutcome> {
        if self.contexts.remove(name).is_none() {
            return Err(self.unknown_context(name).into());
        }
        let was_current = self.current_context.as_deref() == Some(name);
        if was_current {
            self.current_context = None;
        }
        Ok(DeleteOutcome { was_current })
    }

    /// The error for a context name that is not in the file, listing the
    /// known names and the closest match.
    pub fn unknown_context(&self, name: &str) -> UsageError {
        if self.contexts.is_empty() {
            return UsageError(format!(
                "unknown context '{name}': no contexts are defined yet (create one with `mskctl config set-context {name} -b HOST:PORT`)"
            ));
        }
        let known: Vec<&str> = self.contexts.names().collect();
        let hint = did_you_mean(name, known.iter().copied())
            .map(|s| format!("; did you mean '{s}'?"))
            .unwrap_or_default();
        UsageError(format!(
            "unknown context '{name}' (known: {}){hint}",
            known.join(", ")
        ))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeleteOutcome {
    pub was_current: bool,
}

pub(super) fn validate_context_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("a context name cannot be empty".into());
    }
    if name.trim() != name || name.chars().any(char::is_control) {
        return Err(format!(
            "invalid context name {name:?}: no leading/trailing spaces or control characters"
        ));
    }
    Ok(())
}

/// Whoever can write the config file can point mskctl at another cluster
/// (or another credential file): say so when the group or everyone can.
fn warn_if_others_can_write(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path) {
            let mode = meta.permissions().mode();
            if mode & 0o022 != 0 {
                warn!(
                    "{} is writable by {} (mode {:o}): anyone who can write it can point mskctl at another cluster; run chmod 600 on it",
                    path.display(),
                    if mode & 0o002 != 0 { "everyone" } else { "its group" },
                    mode & 0o777
                );
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn write_private_atomically(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    // Writing through a symlinked config (dotfile managers) must update the
    // target, not replace the link with a regular file.
    let path = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path)
            .with_context(|| format!("cannot resolve the symlink {}", path.display()))?,
        _ => path.to_path_buf(),
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir)?;

    // The temporary file is created with mode 0600 in the same directory
    // (so the rename is atomic) and removed if anything below fails.
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "config.yaml".into());
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    tmp.write_all(contents)
        .and_then(|_| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write {}", tmp.path().display()))?;
    tmp.persist(&path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}

fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .with_context(|| format!("cannot create directory {}", dir.display()))
}

/// `FILE:LINE:COL: message`, plus a did-you-mean for misspelt keys.
pub fn yaml_error_message(err: &crate::yaml::Located) -> String {
    let mut err = err.clone();
    if let Some(hint) = unknown_field_hint(&err.message) {
        err.message.push_str(&hint);
    }
    err.to_string()
}

/// serde words unknown keys as "unknown field `x`, expected one of `a`, `b`";
/// pick the closest expected name when it is near enough to be a typo.
fn unknown_field_hint(msg: &str) -> Option<String> {
    let rest = &msg[msg.find("unknown field `")? + "unknown field `".len()..];
    let end = rest.find('`')?;
    let field = &rest[..end];
    let expected = &rest[rest.find("expected")?..];
    let candidates = expected.split('`').skip(1).step_by(2);
    did_you_mean(field, candidates).map(|s| format!("; did you mean `{s}`?"))
}
