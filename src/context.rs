//! Connection profiles ("contexts") and how one invocation's connection
//! settings are put together from flags, `MSKCTL_*` variables, the selected
//! context and defaults.
//!
//! The file lives at `$XDG_CONFIG_HOME/mskctl/config.yaml` (else
//! `~/.config/mskctl/config.yaml`, on every OS alike). It never holds a
//! password: only the name of an environment variable or a file that does,
//! so the file can be shared, backed up and printed without leaking secrets.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use anyhow::Context as _;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use tracing::{debug, warn};

use crate::error::UsageError;
use crate::kafka::auth::{SaslCredentials, SaslMechanism, Secret, TlsSettings};
use crate::kafka::settings::ConnectionSettings;
pub use crate::kafka::settings::{client_id, SaslAuth, SaslSettings, SecurityProtocol};
use crate::msk::aws::AwsSettings;
use crate::msk::bootstrap::BootstrapLookup;
use crate::msk::client::BootstrapAuth;
use crate::msk::iam::IamAuth;

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
pub struct Contexts(Vec<(String, ContextConfig)>);

impl Contexts {
    pub fn get(&self, name: &str) -> Option<&ContextConfig> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, c)| c)
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut ContextConfig> {
        self.0.iter_mut().find(|(n, _)| n == name).map(|(_, c)| c)
    }

    pub fn contains(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Replaces a context of the same name in place, else appends.
    pub fn insert(&mut self, name: impl Into<String>, context: ContextConfig) {
        let name = name.into();
        match self.get_mut(&name) {
            Some(existing) => *existing = context,
            None => self.0.push((name, context)),
        }
    }

    pub fn remove(&mut self, name: &str) -> Option<ContextConfig> {
        let idx = self.0.iter().position(|(n, _)| n == name)?;
        Some(self.0.remove(idx).1)
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(n, _)| n.as_str())
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
                    out.0.push((name, ctx.unwrap_or_default()));
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
    fn is_empty(&self) -> bool {
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
    fn is_empty(&self) -> bool {
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
    // makes serde_yaml attach the value's line and column to the error. Every
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

fn config_path_from(
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
        match std::fs::read_to_string(path) {
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
        // An empty or comments-only file is a valid, empty config, but
        // serde_yaml reports it as "EOF while parsing".
        let config = match serde_yaml::from_str::<Option<Config>>(text) {
            Ok(c) => c.unwrap_or_default(),
            Err(e) => anyhow::bail!(yaml_error_message(&e, origin)),
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
        let text = serde_yaml::to_string(self).context("cannot serialise the config")?;
        write_private_atomically(path, text.as_bytes())
    }

    pub fn to_yaml(&self) -> anyhow::Result<String> {
        serde_yaml::to_string(self).context("cannot serialise the config")
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

    /// Creates `name` or merges `patch` into it. Only the fields present in
    /// the patch change.
    pub fn set_context(&mut self, name: &str, patch: &ContextPatch) -> anyhow::Result<SetOutcome> {
        if let Err(msg) = validate_context_name(name) {
            return Err(UsageError(msg).into());
        }
        match self.contexts.get_mut(name) {
            Some(ctx) => {
                ctx.apply(patch);
                Ok(SetOutcome::Modified)
            }
            None => {
                let mut ctx = ContextConfig::default();
                ctx.apply(patch);
                self.contexts.insert(name, ctx);
                Ok(SetOutcome::Created)
            }
        }
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
pub enum SetOutcome {
    Created,
    Modified,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeleteOutcome {
    pub was_current: bool,
}

fn validate_context_name(name: &str) -> Result<(), String> {
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

    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "config.yaml".into());
    let tmp = dir.join(format!(".{file_name}.tmp-{}", std::process::id()));
    let result = (|| -> anyhow::Result<()> {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut file = opts
            .open(&tmp)
            .with_context(|| format!("cannot create {}", tmp.display()))?;
        // A stale temp file from a crashed run keeps its old mode: force it.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(0o600))
                .with_context(|| format!("cannot set permissions on {}", tmp.display()))?;
        }
        file.write_all(contents)
            .and_then(|_| file.sync_all())
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        std::fs::rename(&tmp, &path)
            .with_context(|| format!("cannot replace {}", path.display()))?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
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

/// `FILE:LINE:COL: message`, without serde_yaml's own " at line L column C"
/// suffix, plus a did-you-mean for misspelt keys.
pub fn yaml_error_message(err: &serde_yaml::Error, origin: &Path) -> String {
    let mut msg = err.to_string();
    let prefix = match err.location() {
        Some(loc) => {
            let suffix = format!(" at line {} column {}", loc.line(), loc.column());
            // libyaml messages carry the location mid-sentence ("... at
            // line 4 column 1, while parsing ..."), serde ones at the end.
            msg = msg.replacen(&suffix, "", 1);
            format!("{}:{}:{}", origin.display(), loc.line(), loc.column())
        }
        None => origin.display().to_string(),
    };
    if let Some(hint) = unknown_field_hint(&msg) {
        msg.push_str(&hint);
    }
    format!("{prefix}: {msg}")
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
}

// ---------------------------------------------------------------- set-context

/// The connection fields given on one command line, ready to be stored in a
/// context. `None` means "not given": the stored value is kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContextPatch {
    pub bootstrap_servers: Option<Vec<String>>,
    pub security_protocol: Option<SecurityProtocol>,
    pub sasl_mechanism: Option<SaslMechanismName>,
    pub sasl_username: Option<String>,
    pub sasl_password_env: Option<String>,
    pub sasl_password_file: Option<PathBuf>,
    pub tls_ca_file: Option<PathBuf>,
    pub tls_cert_file: Option<PathBuf>,
    pub tls_key_file: Option<PathBuf>,
    pub tls_insecure_skip_verify: Option<bool>,
    pub msk_cluster: Option<String>,
    pub msk_auth: Option<BootstrapAuth>,
    pub msk_public: Option<bool>,
}

impl ContextPatch {
    /// Validates the given values. Relative file paths are made absolute so
    /// the stored context works from any working directory.
    pub fn from_overrides(conn: &Overrides) -> anyhow::Result<Self> {
        let bootstrap_servers = match conn.bootstrap_servers.as_deref() {
            Some(s) => {
                let servers = parse_bootstrap_servers(s).map_err(UsageError)?;
                if servers.is_empty() {
                    return Err(UsageError("--bootstrap-servers is empty".into()).into());
                }
                Some(servers)
            }
            None => None,
        };
        if let Some(var) = &conn.sasl_password_env {
            validate_env_var_name(var, "--sasl-password-env").map_err(UsageError)?;
        }
        if conn.sasl_password_env.is_some() && conn.sasl_password_file.is_some() {
            return Err(UsageError(
                "give either --sasl-password-env or --sasl-password-file, not both".into(),
            )
            .into());
        }
        Ok(ContextPatch {
            bootstrap_servers,
            security_protocol: conn.security_protocol,
            sasl_mechanism: conn.sasl_mechanism,
            sasl_username: conn.sasl_username.clone(),
            sasl_password_env: conn.sasl_password_env.clone(),
            sasl_password_file: conn
                .sasl_password_file
                .as_deref()
                .map(absolute)
                .transpose()?,
            tls_ca_file: conn.tls_ca_file.as_deref().map(absolute).transpose()?,
            tls_cert_file: conn.tls_cert_file.as_deref().map(absolute).transpose()?,
            tls_key_file: conn.tls_key_file.as_deref().map(absolute).transpose()?,
            // The flag can only switch verification off; turning it back on
            // is done by editing the file or recreating the context.
            tls_insecure_skip_verify: conn.tls_insecure_skip_verify.then_some(true),
            msk_cluster: conn.msk_cluster.clone(),
            msk_auth: conn.msk_auth,
            msk_public: conn.msk_public.then_some(true),
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == ContextPatch::default()
    }
}

fn absolute(p: &Path) -> anyhow::Result<PathBuf> {
    std::path::absolute(p).with_context(|| format!("cannot make {} absolute", p.display()))
}

impl ContextConfig {
    /// Overwrites the fields given in `patch`. A new password source
    /// replaces the old one of the other kind: keeping both would leave a
    /// stale fallback the user did not ask for.
    pub fn apply(&mut self, patch: &ContextPatch) {
        if let Some(servers) = &patch.bootstrap_servers {
            self.bootstrap_servers = servers.clone();
        }
        if let Some(p) = patch.security_protocol {
            self.security_protocol = Some(p);
        }

        let mut sasl = self.sasl.take().unwrap_or_default();
        if let Some(m) = patch.sasl_mechanism {
            sasl.mechanism = Some(m);
        }
        if let Some(u) = &patch.sasl_username {
            sasl.username = Some(u.clone());
        }
        if let Some(var) = &patch.sasl_password_env {
            sasl.password_env = Some(var.clone());
            sasl.password_file = None;
        }
        if let Some(file) = &patch.sasl_password_file {
            sasl.password_file = Some(file.clone());
            sasl.password_env = None;
        }
        self.sasl = (!sasl.is_empty()).then_some(sasl);

        let mut tls = self.tls.take().unwrap_or_default();
        if let Some(f) = &patch.tls_ca_file {
            tls.ca_file = Some(f.clone());
        }
        if let Some(f) = &patch.tls_cert_file {
            tls.cert_file = Some(f.clone());
        }
        if let Some(f) = &patch.tls_key_file {
            tls.key_file = Some(f.clone());
        }
        if let Some(b) = patch.tls_insecure_skip_verify {
            tls.insecure_skip_verify = Some(b);
        }
        self.tls = (!tls.is_empty()).then_some(tls);

        let mut msk = self.msk.take().unwrap_or_default();
        if let Some(c) = &patch.msk_cluster {
            msk.cluster = Some(c.clone());
        }
        if let Some(a) = patch.msk_auth {
            msk.auth = Some(a);
        }
        if let Some(p) = patch.msk_public {
            msk.public = Some(p);
        }
        self.msk = (!msk.is_empty()).then_some(msk);
    }

    /// Inconsistencies that `resolve` would reject, worded for someone who
    /// just edited the context. Returned rather than raised because a context
    /// may legitimately be built up over several `set-context` calls.
    pub fn problems(&self) -> Vec<String> {
        let protocol = self.security_protocol.unwrap_or_default();
        let mut out = Vec::new();
        let msk_cluster = self.msk.as_ref().and_then(|m| m.cluster.as_ref());
        if self.bootstrap_servers.is_empty() && msk_cluster.is_none() {
            out.push(
                "it has no bootstrap servers (add -b HOST:PORT, or --msk-cluster NAME)".to_string(),
            );
        }
        if self.msk.is_some() && msk_cluster.is_none() {
            out.push("its msk block names no cluster (add --msk-cluster NAME)".to_string());
        }
        if let Some(sasl) = &self.sasl {
            if !protocol.uses_sasl() {
                out.push(format!(
                    "it has SASL settings but its security protocol is {protocol} (set --security-protocol SASL_SSL or SASL_PLAINTEXT)"
                ));
            } else {
                match sasl.mechanism {
                    None => out.push("it has no SASL mechanism (add --sasl-mechanism)".into()),
                    Some(m) if !m.uses_password() => {
                        if sasl.username.is_some()
                            || sasl.password_env.is_some()
                            || sasl.password_file.is_some()
                        {
                            out.push(format!(
                                "{m} takes no SASL username or password (it signs with AWS credentials); remove them from the context"
                            ));
                        }
                    }
                    Some(_) => {}
                }
                if sasl.username.is_none() && sasl.mechanism.is_none_or(|m| m.uses_password()) {
                    out.push("it has no SASL username (add --sasl-username)".into());
                }
            }
        } else if protocol.uses_sasl() {
            out.push(format!(
                "{protocol} needs SASL settings (add --sasl-mechanism, --sasl-username and --sasl-password-env or --sasl-password-file)"
            ));
        }
        if let Some(tls) = &self.tls {
            if !protocol.uses_tls() {
                out.push(format!(
                    "it has TLS settings but its security protocol is {protocol} (set --security-protocol SSL or SASL_SSL)"
                ));
            }
            if tls.key_file.is_some() && tls.cert_file.is_none() {
                out.push(
                    "it has a TLS key file but no certificate file (add --tls-cert-file)".into(),
                );
            }
        }
        out
    }
}

// ---------------------------------------------------------------- resolve

/// The connection settings for this invocation as far as they can be
/// known without asking AWS: when the target is an MSK cluster, its
/// bootstrap servers are still to be looked up ([`Resolved::lookup`]).
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Name of the context used, if any.
    pub context: Option<String>,
    /// `HOST:PORT` each, validated; empty iff `msk` is `Some`.
    pub bootstrap_servers: Vec<String>,
    pub security_protocol: SecurityProtocol,
    /// `Some` iff the protocol uses SASL.
    pub sasl: Option<SaslSettings>,
    /// `Some` iff the protocol uses TLS.
    pub tls: Option<TlsSettings>,
    /// `mskctl/<version>`.
    pub client_id: String,
    /// When `Some`, `bootstrap_servers` is empty and must be looked up
    /// through MSK before connecting.
    pub msk: Option<MskBootstrap>,
}

impl Resolved {
    /// The finished settings: an MSK cluster's bootstrap servers are looked
    /// up through `msk` (GetBootstrapBrokers), given servers are kept.
    pub async fn lookup(self, msk: &dyn BootstrapLookup) -> anyhow::Result<ConnectionSettings> {
        let mut bootstrap_servers = self.bootstrap_servers;
        if let Some(m) = &self.msk {
            let servers = msk.bootstrap_servers(&m.cluster, m.auth, m.public).await?;
            bootstrap_servers = parse_bootstrap_servers(&servers).map_err(|e| {
                anyhow::anyhow!(
                    "MSK returned unusable bootstrap brokers for {}: {e}",
                    m.cluster
                )
            })?;
            if bootstrap_servers.is_empty() {
                anyhow::bail!("MSK returned no bootstrap brokers for {}", m.cluster);
            }
        }
        Ok(ConnectionSettings {
            context: self.context,
            bootstrap_servers,
            security_protocol: self.security_protocol,
            sasl: self.sasl,
            tls: self.tls,
            client_id: self.client_id,
            msk: self.msk.map(|m| m.cluster),
        })
    }
}

/// The AWS_MSK_IAM signer behind SASL settings, if that is what they use.
pub trait SaslIam {
    fn iam(&self) -> Option<&IamAuth>;
}

impl SaslIam for SaslSettings {
    fn iam(&self) -> Option<&IamAuth> {
        self.token_provider()
            .and_then(|p| p.as_any().downcast_ref::<IamAuth>())
    }
}

/// Connection settings for this invocation: flags and `MSKCTL_*` variables
/// first, then the selected context (`--context`, else the current one), then
/// defaults, field by field.
pub fn resolve(flags: &Overrides) -> anyhow::Result<Resolved> {
    let (config, path) = Config::load()?;
    resolve_with(flags, &config, &path, &|name| std::env::var_os(name))
}

/// [`resolve`] over an already loaded config and an injectable environment,
/// so the precedence rules can be tested without touching the process.
pub fn resolve_with(
    flags: &Overrides,
    config: &Config,
    config_path: &Path,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
) -> anyhow::Result<Resolved> {
    let selected = match (&flags.context, &config.current_context) {
        (Some(name), _) => match config.contexts.get(name) {
            Some(ctx) => Some((name.as_str(), ctx)),
            None => return Err(config.unknown_context(name).into()),
        },
        (None, Some(name)) => match config.contexts.get(name) {
            Some(ctx) => Some((name.as_str(), ctx)),
            None => {
                return Err(UsageError(format!(
                    "the current context '{name}' (in {}) does not exist; pick one with `mskctl config use-context` or pass --context",
                    config_path.display()
                ))
                .into())
            }
        },
        (None, None) => None,
    };
    let empty = ContextConfig::default();
    let (ctx_name, ctx) = match selected {
        Some((n, c)) => (Some(n), c),
        None => (None, &empty),
    };
    let origin = Origin {
        label: match ctx_name {
            Some(n) => format!("context '{n}'"),
            None => "a context".to_string(),
        },
        set_cmd: format!("mskctl config set-context {}", ctx_name.unwrap_or("NAME")),
        config_dir: config_path.parent().unwrap_or(Path::new(".")),
    };

    // Bootstrap servers: given ones first (flag, then context), then an MSK
    // cluster to look them up from (flag, then context).
    let ctx_msk = ctx.msk.clone().unwrap_or_default();
    let msk_marker = |cluster: String| MskBootstrap {
        cluster,
        auth: flags
            .msk_auth
            .or(ctx_msk.auth)
            .unwrap_or(BootstrapAuth::Iam),
        public: flags.msk_public || ctx_msk.public.unwrap_or(false),
    };
    let (bootstrap_servers, msk) = match (&flags.bootstrap_servers, &flags.msk_cluster) {
        (Some(_), Some(_)) => {
            return Err(UsageError(
                "give either --bootstrap-servers or --msk-cluster, not both".into(),
            )
            .into())
        }
        (Some(s), None) => (
            parse_bootstrap_servers(s)
                .map_err(|e| UsageError(format!("--bootstrap-servers: {e}")))?,
            None,
        ),
        (None, Some(c)) => (Vec::new(), Some(msk_marker(c.clone()))),
        (None, None) if !ctx.bootstrap_servers.is_empty() => (
            ctx.bootstrap_servers
                .iter()
                .map(|s| validate_server(s))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| UsageError(format!("bootstrap-servers in {}: {e}", origin.label)))?,
            None,
        ),
        (None, None) => match &ctx_msk.cluster {
            Some(c) => (Vec::new(), Some(msk_marker(c.clone()))),
            None => (Vec::new(), None),
        },
    };
    if bootstrap_servers.is_empty() && msk.is_none() {
        return Err(UsageError(NO_BOOTSTRAP.into()).into());
    }

    // Security protocol. Whether it came from a flag matters below: a flag
    // that switches a SASL context to SSL drops the context's SASL settings,
    // while the same mismatch inside one context is a mistake to report.
    let (security_protocol, protocol_from_flag) = match flags.security_protocol {
        Some(p) => (p, true),
        // An MSK listener speaks one protocol; it is the natural default.
        None => (
            ctx.security_protocol
                .or(msk.as_ref().map(|m| m.auth.security_protocol()))
                .unwrap_or_default(),
            false,
        ),
    };

    let aws = flags.aws.clone();
    // An MSK cluster reached through its IAM listener needs no SASL
    // settings at all: the listener only speaks AWS_MSK_IAM.
    let mut ctx_sasl = ctx.sasl.clone().filter(|s| !s.is_empty());
    if security_protocol.uses_sasl() && msk.as_ref().is_some_and(|m| m.auth == BootstrapAuth::Iam) {
        let sasl = ctx_sasl.get_or_insert_with(SaslConfig::default);
        sasl.mechanism.get_or_insert(SaslMechanismName::AwsMskIam);
    }
    let sasl = resolve_sasl(
        flags,
        &aws,
        ctx_sasl.as_ref(),
        security_protocol,
        protocol_from_flag,
        &origin,
        env,
    )?;
    let tls = resolve_tls(
        flags,
        ctx.tls.as_ref().filter(|t| !t.is_empty()),
        security_protocol,
        protocol_from_flag,
        &origin,
    )?;

    let settings = Resolved {
        context: ctx_name.map(str::to_string),
        bootstrap_servers,
        security_protocol,
        sasl,
        tls,
        client_id: client_id(),
        msk,
    };
    // Safe at any verbosity: the password is a Secret whose Debug redacts.
    debug!(?settings, "connection settings");
    Ok(settings)
}

fn resolve_sasl(
    flags: &Overrides,
    aws: &AwsSettings,
    ctx: Option<&SaslConfig>,
    protocol: SecurityProtocol,
    protocol_from_flag: bool,
    origin: &Origin<'_>,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
) -> anyhow::Result<Option<SaslSettings>> {
    let flag_given = flags.sasl_mechanism.is_some()
        || flags.sasl_username.is_some()
        || flags.sasl_password_env.is_some()
        || flags.sasl_password_file.is_some();

    if !protocol.uses_sasl() {
        if flag_given {
            return Err(UsageError(format!(
                "SASL flags (--sasl-*) were given but the security protocol is {protocol}: \
                 pass --security-protocol SASL_SSL or SASL_PLAINTEXT"
            ))
            .into());
        }
        if ctx.is_some() && !protocol_from_flag {
            return Err(UsageError(format!(
                "{} has SASL settings but its security protocol is {protocol}: set it with \
                 `{} --security-protocol SASL_SSL` (or SASL_PLAINTEXT)",
                origin.label, origin.set_cmd
            ))
            .into());
        }
        if ctx.is_some() {
            debug!("--security-protocol {protocol} overrides the context's SASL settings");
        }
        return Ok(None);
    }

    let empty = SaslConfig::default();
    let ctx = ctx.unwrap_or(&empty);

    let mechanism = match flags.sasl_mechanism {
        Some(m) => m,
        None => ctx.mechanism.ok_or_else(|| {
            UsageError(format!(
                "{protocol} needs a SASL mechanism: pass --sasl-mechanism, set MSKCTL_SASL_MECHANISM, or store `sasl.mechanism` in {}",
                origin.label
            ))
        })?,
    };
    if !mechanism.uses_password() {
        return resolve_iam(mechanism, flags, aws, ctx, origin, env);
    }
    let username = match (&flags.sasl_username, &ctx.username) {
        (Some(u), _) | (None, Some(u)) => u.clone(),
        (None, None) => {
            return Err(UsageError(format!(
                "{protocol} needs a SASL username: pass --sasl-username, set MSKCTL_SASL_USERNAME, or store `sasl.username` in {}",
                origin.label
            ))
            .into())
        }
    };

    // Password sources are taken as a unit from one layer, so a flag naming a
    // file is never shadowed by the context's variable.
    let (password_env, password_file, source) =
        if flags.sasl_password_env.is_some() || flags.sasl_password_file.is_some() {
            (
                flags.sasl_password_env.clone(),
                flags.sasl_password_file.clone(),
                "the command line".to_string(),
            )
        } else {
            (
                ctx.password_env.clone(),
                ctx.password_file.as_deref().map(|p| origin.path(p)),
                origin.label.clone(),
            )
        };
    let password = resolve_password(
        password_env.as_deref(),
        password_file.as_deref(),
        &source,
        env,
    )?;

    Ok(Some(SaslSettings {
        mechanism: mechanism.to_mechanism(),
        auth: SaslAuth::Password(SaslCredentials { username, password }),
    }))
}

/// AWS_MSK_IAM takes its identity from the AWS chain; a username or password
/// next to it is a leftover from another mechanism, and silently ignoring it
/// would hide which identity is really used.
fn resolve_iam(
    mechanism: SaslMechanismName,
    flags: &Overrides,
    aws: &AwsSettings,
    ctx: &SaslConfig,
    origin: &Origin<'_>,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
) -> anyhow::Result<Option<SaslSettings>> {
    let mut given = Vec::new();
    if flags.sasl_username.is_some() {
        given.push("--sasl-username (or MSKCTL_SASL_USERNAME)".to_string());
    }
    if flags.sasl_password_env.is_some() {
        given.push("--sasl-password-env".to_string());
    }
    if flags.sasl_password_file.is_some() {
        given.push("--sasl-password-file".to_string());
    }
    if env_value(PASSWORD_ENV, env)?.is_some() {
        given.push(PASSWORD_ENV.to_string());
    }
    if ctx.username.is_some() || ctx.password_env.is_some() || ctx.password_file.is_some() {
        given.push(format!(
            "a SASL username or password source in {}",
            origin.label
        ));
    }
    if !given.is_empty() {
        return Err(UsageError(format!(
            "{mechanism} signs in with AWS credentials (the standard AWS chain, --profile, --region) \
             and takes no SASL username or password, but got: {}",
            given.join(", ")
        ))
        .into());
    }
    debug!(
        ?aws,
        "SASL {mechanism}: tokens signed with the AWS credential chain"
    );
    Ok(Some(SaslSettings {
        mechanism: mechanism.to_mechanism(),
        auth: SaslAuth::AwsIam(Arc::new(IamAuth::new(aws.clone()))),
    }))
}

fn resolve_password(
    var: Option<&str>,
    file: Option<&Path>,
    source: &str,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
) -> anyhow::Result<Secret> {
    if let Some(value) = env_value(PASSWORD_ENV, env)? {
        debug!("SASL password from ${PASSWORD_ENV}");
        return Ok(Secret::new(value));
    }
    if let Some(var) = var {
        validate_env_var_name(var, "password-env").map_err(UsageError)?;
        if let Some(value) = env_value(var, env)? {
            debug!("SASL password from ${var} (named by {source})");
            return Ok(Secret::new(value));
        }
        if file.is_none() {
            return Err(UsageError(format!(
                "no SASL password: the environment variable {var} (named by {source}) is not set or empty, and {PASSWORD_ENV} is not set either"
            ))
            .into());
        }
    }
    if let Some(file) = file {
        debug!(file = %file.display(), "SASL password from file (named by {source})");
        return read_password_file(file).map(Secret::new);
    }
    Err(UsageError(format!(
        "no SASL password: set {PASSWORD_ENV}, or name an environment variable with --sasl-password-env VAR \
         or a file with --sasl-password-file PATH (store them in the context with `mskctl config set-context`); \
         passwords are never accepted as arguments"
    ))
    .into())
}

/// An empty value counts as unset, so `export MSKCTL_SASL_PASSWORD=` clears
/// an override instead of sending an empty password.
fn env_value(
    var: &str,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
) -> anyhow::Result<Option<String>> {
    match env(var) {
        None => Ok(None),
        Some(v) if v.is_empty() => Ok(None),
        Some(v) => v
            .into_string()
            .map(Some)
            .map_err(|_| anyhow::anyhow!("the environment variable {var} is not valid UTF-8")),
    }
}

fn read_password_file(path: &Path) -> anyhow::Result<String> {
    // Error texts name the file but never include its bytes.
    let bytes = std::fs::read(path)
        .with_context(|| format!("cannot read the SASL password file {}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        anyhow::anyhow!(
            "the SASL password file {} is not valid UTF-8",
            path.display()
        )
    })?;
    let line = text.lines().next().unwrap_or("");
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.is_empty() {
        anyhow::bail!(
            "the SASL password file {} is empty (the password is its first line)",
            path.display()
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.permissions().mode() & 0o077 != 0 {
                warn!(
                    "the SASL password file {} is readable by other users; consider chmod 600",
                    path.display()
                );
            }
        }
    }
    Ok(line.to_string())
}

fn resolve_tls(
    flags: &Overrides,
    ctx: Option<&TlsConfig>,
    protocol: SecurityProtocol,
    protocol_from_flag: bool,
    origin: &Origin<'_>,
) -> anyhow::Result<Option<TlsSettings>> {
    let flag_given = flags.tls_ca_file.is_some()
        || flags.tls_cert_file.is_some()
        || flags.tls_key_file.is_some()
        || flags.tls_insecure_skip_verify;

    if !protocol.uses_tls() {
        if flag_given {
            return Err(UsageError(format!(
                "TLS flags (--tls-*) were given but the security protocol is {protocol}: \
                 pass --security-protocol SSL or SASL_SSL"
            ))
            .into());
        }
        if ctx.is_some() && !protocol_from_flag {
            return Err(UsageError(format!(
                "{} has TLS settings but its security protocol is {protocol}: set it with \
                 `{} --security-protocol SSL` (or SASL_SSL)",
                origin.label, origin.set_cmd
            ))
            .into());
        }
        return Ok(None);
    }

    let empty = TlsConfig::default();
    let ctx = ctx.unwrap_or(&empty);
    let pick = |flag: &Option<PathBuf>, stored: &Option<PathBuf>| {
        flag.clone()
            .or_else(|| stored.as_deref().map(|p| origin.path(p)))
    };
    let settings = TlsSettings {
        ca_file: pick(&flags.tls_ca_file, &ctx.ca_file),
        cert_file: pick(&flags.tls_cert_file, &ctx.cert_file),
        key_file: pick(&flags.tls_key_file, &ctx.key_file),
        insecure_skip_verify: flags.tls_insecure_skip_verify
            || ctx.insecure_skip_verify.unwrap_or(false),
    };
    if settings.key_file.is_some() && settings.cert_file.is_none() {
        return Err(UsageError(
            "a TLS key file was given without a certificate file: pass --tls-cert-file \
             (or store tls.cert-file in the context)"
                .into(),
        )
        .into());
    }
    Ok(Some(settings))
}

/// Where the context-derived values came from, for messages and for
/// resolving relative paths.
struct Origin<'a> {
    /// "context 'prod'" or "a context".
    label: String,
    /// The command that edits this context, for hints.
    set_cmd: String,
    config_dir: &'a Path,
}

impl Origin<'_> {
    /// `~/x` is expanded; other relative paths are taken relative to the
    /// config file's directory, as kubeconfig does, so a context does not
    /// depend on the working directory.
    fn path(&self, p: &Path) -> PathBuf {
        if let Ok(rest) = p.strip_prefix("~") {
            if let Some(home) = dirs::home_dir() {
                return home.join(rest);
            }
        }
        if p.is_relative() {
            self.config_dir.join(p)
        } else {
            p.to_path_buf()
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

/// Comma-separated `HOST:PORT` list; blanks around entries and empty
/// entries (`a:1,,b:2,`) are tolerated.
pub fn parse_bootstrap_servers(s: &str) -> Result<Vec<String>, String> {
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
pub fn redact_secrets(value: &mut serde_yaml::Value) {
    match value {
        serde_yaml::Value::Mapping(map) => {
            for (k, v) in map.iter_mut() {
                let secret = k.as_str().is_some_and(is_secret_key);
                if secret && !v.is_null() {
                    *v = serde_yaml::Value::String("<redacted>".into());
                } else {
                    redact_secrets(v);
                }
            }
        }
        serde_yaml::Value::Sequence(seq) => seq.iter_mut().for_each(redact_secrets),
        serde_yaml::Value::Tagged(t) => redact_secrets(&mut t.value),
        _ => {}
    }
}

fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    let secretish = ["password", "passwd", "secret", "token", "passphrase"]
        .iter()
        .any(|w| k.contains(w));
    let reference = ["-env", "_env", "-file", "_file", "-path", "_path"]
        .iter()
        .any(|s| k.ends_with(s));
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
        .map(|c| (edit_distance(&input.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::ffi::OsString;

    use super::*;

    const FULL: &str = "\
current-context: prod
contexts:
  prod:
    bootstrap-servers: [b-1.prod:9096, b-2.prod:9096]
    security-protocol: SASL_SSL
    sasl:
      mechanism: SCRAM-SHA-512
      username: ops
      password-env: PROD_KAFKA_PASSWORD
    tls:
      ca-file: /etc/ssl/kafka-ca.pem
  local:
    bootstrap-servers: localhost:9092
";

    fn global() -> Overrides {
        Overrides::default()
    }

    fn parse(text: &str) -> anyhow::Result<Config> {
        Config::parse(text, Path::new("/cfg/mskctl/config.yaml"))
    }

    fn resolve_env(
        g: &Overrides,
        config: &Config,
        vars: &[(&str, &str)],
    ) -> anyhow::Result<Resolved> {
        let vars: HashMap<String, OsString> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), OsString::from(v)))
            .collect();
        resolve_with(g, config, Path::new("/cfg/mskctl/config.yaml"), &|name| {
            vars.get(name).cloned()
        })
    }

    fn is_usage(err: &anyhow::Error) -> bool {
        err.chain().any(|e| e.is::<UsageError>())
    }

    #[test]
    fn parses_the_documented_shape_in_order() {
        let c = parse(FULL).unwrap();
        assert_eq!(c.current_context.as_deref(), Some("prod"));
        assert_eq!(c.contexts.names().collect::<Vec<_>>(), ["prod", "local"]);
        let prod = c.contexts.get("prod").unwrap();
        assert_eq!(prod.security_protocol, Some(SecurityProtocol::SaslSsl));
        let sasl = prod.sasl.as_ref().unwrap();
        assert_eq!(sasl.mechanism, Some(SaslMechanismName::ScramSha512));
        assert_eq!(sasl.password_env.as_deref(), Some("PROD_KAFKA_PASSWORD"));
        assert_eq!(
            c.contexts.get("local").unwrap().bootstrap_servers,
            ["localhost:9092"]
        );
    }

    #[test]
    fn round_trips_through_yaml() {
        let c = parse(FULL).unwrap();
        let again = parse(&c.to_yaml().unwrap()).unwrap();
        assert_eq!(c, again);
        let yaml = c.to_yaml().unwrap();
        assert!(yaml.find("prod:").unwrap() < yaml.find("local:").unwrap());
    }

    #[test]
    fn empty_and_comment_only_files_are_empty_configs() {
        assert_eq!(parse("").unwrap(), Config::default());
        assert_eq!(parse("# nothing yet\n").unwrap(), Config::default());
        assert_eq!(parse("contexts:\n").unwrap(), Config::default());
        let c = parse("contexts:\n  dev:\n").unwrap();
        assert_eq!(c.contexts.get("dev"), Some(&ContextConfig::default()));
    }

    #[test]
    fn enum_values_are_case_insensitive() {
        let c = parse(
            "contexts:\n  a:\n    security-protocol: sasl_ssl\n    sasl:\n      mechanism: scram-sha-256\n",
        )
        .unwrap();
        let a = c.contexts.get("a").unwrap();
        assert_eq!(a.security_protocol, Some(SecurityProtocol::SaslSsl));
        assert_eq!(
            a.sasl.as_ref().unwrap().mechanism,
            Some(SaslMechanismName::ScramSha256)
        );
    }

    #[test]
    fn inline_password_is_refused_with_location() {
        let err =
            parse("contexts:\n  prod:\n    sasl:\n      username: ops\n      password: hunter2\n")
                .unwrap_err()
                .to_string();
        assert!(err.starts_with("/cfg/mskctl/config.yaml:5:17: "), "{err}");
        assert!(err.contains("password-env"), "{err}");
        assert!(err.contains("password-file"), "{err}");
        assert!(!err.contains("hunter2"), "{err}");

        for value in ["[a, b]", "{x: y}", "12", "true", "~", "!tag x"] {
            let err = parse(&format!(
                "contexts:\n  p:\n    sasl:\n      password: {value}\n"
            ))
            .unwrap_err()
            .to_string();
            assert!(err.contains("password-env"), "{value}: {err}");
        }
    }

    #[test]
    fn unknown_keys_are_errors_with_a_suggestion() {
        let err = parse("contexts:\n  a:\n    bootstrap-server: [x:1]\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("/cfg/mskctl/config.yaml:3:5: "), "{err}");
        assert!(err.contains("did you mean `bootstrap-servers`?"), "{err}");
        assert!(!err.contains(" at line "), "{err}");

        let err = parse("curent-context: a\n").unwrap_err().to_string();
        assert!(err.contains("did you mean `current-context`?"), "{err}");
    }

    #[test]
    fn bad_values_name_file_line_and_column() {
        let err = parse("contexts:\n  a:\n    security-protocol: TLS\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("/cfg/mskctl/config.yaml:3:"), "{err}");
        assert!(err.contains("SASL_SSL"), "{err}");

        let err = parse("contexts: [\n").unwrap_err().to_string();
        assert!(err.starts_with("/cfg/mskctl/config.yaml:"), "{err}");
    }

    #[test]
    fn duplicate_contexts_are_refused() {
        let err = parse("contexts:\n  a: {}\n  a: {}\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("duplicate context 'a'"), "{err}");
    }

    #[test]
    fn config_path_prefers_absolute_xdg() {
        let p = config_path_from(Some("/x/cfg".into()), Some("/home/u".into())).unwrap();
        assert_eq!(p, Path::new("/x/cfg/mskctl/config.yaml"));
        let p = config_path_from(None, Some("/home/u".into())).unwrap();
        assert_eq!(p, Path::new("/home/u/.config/mskctl/config.yaml"));
        let p = config_path_from(Some("rel".into()), Some("/home/u".into())).unwrap();
        assert_eq!(p, Path::new("/home/u/.config/mskctl/config.yaml"));
        let p = config_path_from(Some("".into()), Some("/home/u".into())).unwrap();
        assert_eq!(p, Path::new("/home/u/.config/mskctl/config.yaml"));
        assert!(config_path_from(None, None).is_err());
    }

    #[test]
    fn save_is_private_and_loadable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested").join("mskctl").join("config.yaml");
        let c = parse(FULL).unwrap();
        c.save_to(&path).unwrap();
        assert_eq!(Config::load_from(&path).unwrap(), c);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
            let dmode = std::fs::metadata(path.parent().unwrap())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(dmode & 0o777, 0o700);
        }
        let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name() != "config.yaml")
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[cfg(unix)]
    #[test]
    fn save_through_a_symlink_keeps_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.yaml");
        std::fs::write(&real, "").unwrap();
        let link = dir.path().join("config.yaml");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        parse(FULL).unwrap().save_to(&link).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert!(std::fs::read_to_string(&real).unwrap().contains("prod"));
    }

    #[test]
    fn missing_file_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        let c = Config::load_from(&dir.path().join("none.yaml")).unwrap();
        assert_eq!(c, Config::default());
    }

    #[test]
    fn use_and_delete_context() {
        let mut c = parse(FULL).unwrap();
        c.use_context("local").unwrap();
        assert_eq!(c.current_context.as_deref(), Some("local"));

        let err = c.use_context("prd").unwrap_err();
        assert!(is_usage(&err));
        let msg = err.to_string();
        assert!(msg.contains("known: prod, local"), "{msg}");
        assert!(msg.contains("did you mean 'prod'?"), "{msg}");

        assert_eq!(
            c.delete_context("prod").unwrap(),
            DeleteOutcome { was_current: false }
        );
        assert_eq!(
            c.delete_context("local").unwrap(),
            DeleteOutcome { was_current: true }
        );
        assert_eq!(c.current_context, None);
        assert!(c.delete_context("local").is_err());
    }

    fn from_args(bootstrap: Option<&str>, conn: &Overrides) -> anyhow::Result<ContextPatch> {
        ContextPatch::from_overrides(&Overrides {
            bootstrap_servers: bootstrap.map(str::to_string),
            ..conn.clone()
        })
    }

    fn patch(bootstrap: Option<&str>, conn: Overrides) -> ContextPatch {
        from_args(bootstrap, &conn).unwrap()
    }

    #[test]
    fn set_context_creates_then_merges() {
        let mut c = Config::default();
        let p = patch(Some("a:1, b:2,"), Overrides::default());
        assert_eq!(c.set_context("dev", &p).unwrap(), SetOutcome::Created);
        assert_eq!(
            c.contexts.get("dev").unwrap().bootstrap_servers,
            ["a:1", "b:2"]
        );

        let p = patch(
            None,
            Overrides {
                security_protocol: Some(SecurityProtocol::SaslSsl),
                sasl_username: Some("ops".into()),
                sasl_password_env: Some("DEV_PW".into()),
                ..Default::default()
            },
        );
        assert_eq!(c.set_context("dev", &p).unwrap(), SetOutcome::Modified);
        let dev = c.contexts.get("dev").unwrap();
        assert_eq!(
            dev.bootstrap_servers,
            ["a:1", "b:2"],
            "untouched field kept"
        );
        assert_eq!(dev.security_protocol, Some(SecurityProtocol::SaslSsl));
        let sasl = dev.sasl.as_ref().unwrap();
        assert_eq!(sasl.username.as_deref(), Some("ops"));
        assert_eq!(sasl.mechanism, None);

        // A new password source replaces the other kind.
        let p = patch(
            None,
            Overrides {
                sasl_password_file: Some("/run/pw".into()),
                ..Default::default()
            },
        );
        c.set_context("dev", &p).unwrap();
        let sasl = c.contexts.get("dev").unwrap().sasl.clone().unwrap();
        assert_eq!(sasl.password_env, None);
        assert_eq!(sasl.password_file.as_deref(), Some(Path::new("/run/pw")));
        assert_eq!(sasl.username.as_deref(), Some("ops"));
    }

    #[test]
    fn set_context_validates_its_input() {
        let bad_server = from_args(Some("localhost"), &Overrides::default());
        assert!(is_usage(&bad_server.unwrap_err()));
        let empty = from_args(Some(" , "), &Overrides::default());
        assert!(is_usage(&empty.unwrap_err()));

        // Someone pasting the password itself must not see it echoed back.
        let err = from_args(
            None,
            &Overrides {
                sasl_password_env: Some("s3cr3t!pw".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
        assert!(is_usage(&err));
        assert!(!err.to_string().contains("s3cr3t"), "{err}");

        let mut c = Config::default();
        assert!(c.set_context("", &ContextPatch::default()).is_err());
        assert!(c.set_context(" x", &ContextPatch::default()).is_err());
    }

    #[test]
    fn set_context_makes_relative_paths_absolute() {
        let p = patch(
            None,
            Overrides {
                tls_ca_file: Some("ca.pem".into()),
                ..Default::default()
            },
        );
        assert!(p.tls_ca_file.unwrap().is_absolute());
    }

    #[test]
    fn problems_describe_incomplete_contexts() {
        let c = parse(FULL).unwrap();
        assert!(c.contexts.get("prod").unwrap().problems().is_empty());
        let odd =
            parse("contexts:\n  x:\n    sasl: {username: u}\n    tls: {key-file: k}\n").unwrap();
        let problems = odd.contexts.get("x").unwrap().problems().join("\n");
        assert!(problems.contains("no bootstrap servers"), "{problems}");
        assert!(problems.contains("SASL settings"), "{problems}");
        assert!(problems.contains("TLS settings"), "{problems}");
        assert!(problems.contains("no certificate file"), "{problems}");
    }

    #[test]
    fn resolve_needs_bootstrap_servers() {
        let err = resolve_env(&global(), &Config::default(), &[]).unwrap_err();
        assert!(is_usage(&err));
        assert!(
            err.to_string().contains("MSKCTL_BOOTSTRAP_SERVERS"),
            "{err}"
        );
    }

    #[test]
    fn resolve_defaults_to_plaintext() {
        let mut g = global();
        g.bootstrap_servers = Some(" localhost:9092 ,, [::1]:9093".into());
        let s = resolve_env(&g, &Config::default(), &[]).unwrap();
        assert_eq!(s.bootstrap_servers, ["localhost:9092", "[::1]:9093"]);
        assert_eq!(s.security_protocol, SecurityProtocol::Plaintext);
        assert!(s.sasl.is_none() && s.tls.is_none());
        assert_eq!(s.context, None);
        assert!(s.client_id.starts_with("mskctl/"));
    }

    #[test]
    fn resolve_uses_the_current_context() {
        let c = parse(FULL).unwrap();
        let s = resolve_env(&global(), &c, &[("PROD_KAFKA_PASSWORD", "pw-from-env")]).unwrap();
        assert_eq!(s.context.as_deref(), Some("prod"));
        assert_eq!(s.bootstrap_servers, ["b-1.prod:9096", "b-2.prod:9096"]);
        assert_eq!(s.security_protocol, SecurityProtocol::SaslSsl);
        let sasl = s.sasl.as_ref().unwrap();
        assert_eq!(sasl.mechanism, SaslMechanism::ScramSha512);
        assert_eq!(sasl.credentials().unwrap().username, "ops");
        assert_eq!(sasl.credentials().unwrap().password.expose(), "pw-from-env");
        let tls = s.tls.as_ref().unwrap();
        assert_eq!(
            tls.ca_file.as_deref(),
            Some(Path::new("/etc/ssl/kafka-ca.pem"))
        );
        assert!(!tls.insecure_skip_verify);
        // The settings are logged at debug level: the password must not show.
        assert!(!format!("{s:?}").contains("pw-from-env"));
    }

    #[test]
    fn aws_msk_iam_needs_no_password_and_takes_the_aws_flags() {
        let c = parse(
            "current-context: msk
contexts:
  msk:
    bootstrap-servers: b-1.msk:9098
    security-protocol: SASL_SSL
    sasl:
      mechanism: aws_msk_iam
",
        )
        .unwrap();
        assert!(c.contexts.get("msk").unwrap().problems().is_empty());
        let mut g = global();
        g.aws.profile = Some("kafka-admin".into());
        g.aws.region = Some("eu-west-1".into());
        let s = resolve_env(&g, &c, &[]).unwrap();
        let sasl = s.sasl.as_ref().unwrap();
        assert_eq!(sasl.mechanism, SaslMechanism::AwsMskIam);
        assert!(sasl.credentials().is_none());
        let iam = sasl.iam().unwrap();
        assert_eq!(iam.aws_settings().profile.as_deref(), Some("kafka-admin"));
        assert_eq!(iam.aws_settings().region.as_deref(), Some("eu-west-1"));
        assert!(c.to_yaml().unwrap().contains("mechanism: AWS_MSK_IAM"));
    }

    #[test]
    fn aws_msk_iam_refuses_usernames_and_passwords() {
        let c = parse(
            "current-context: msk
contexts:
  msk:
    bootstrap-servers: b-1.msk:9098
    security-protocol: SASL_SSL
    sasl:
      mechanism: AWS_MSK_IAM
      username: ops
",
        )
        .unwrap();
        assert!(!c.contexts.get("msk").unwrap().problems().is_empty());
        let err = resolve_env(&global(), &c, &[]).unwrap_err();
        assert!(is_usage(&err), "{err}");
        assert!(err.to_string().contains("context 'msk'"), "{err}");

        let mut g = global();
        g.bootstrap_servers = Some("b:9098".into());
        g.security_protocol = Some(SecurityProtocol::SaslSsl);
        g.sasl_mechanism = Some(SaslMechanismName::AwsMskIam);
        assert!(resolve_env(&g, &Config::default(), &[]).is_ok());
        let err = resolve_env(&g, &Config::default(), &[(PASSWORD_ENV, "pw")]).unwrap_err();
        assert!(
            is_usage(&err) && err.to_string().contains(PASSWORD_ENV),
            "{err}"
        );
        g.sasl_password_file = Some("/run/pw".into());
        let err = resolve_env(&g, &Config::default(), &[]).unwrap_err();
        assert!(err.to_string().contains("--sasl-password-file"), "{err}");
    }

    #[test]
    fn flags_override_the_context_field_by_field() {
        let c = parse(FULL).unwrap();
        let mut g = global();
        g.bootstrap_servers = Some("other:9096".into());
        g.sasl_username = Some("admin".into());
        let s = resolve_env(&g, &c, &[("PROD_KAFKA_PASSWORD", "pw")]).unwrap();
        assert_eq!(s.bootstrap_servers, ["other:9096"]);
        let sasl = s.sasl.unwrap();
        assert_eq!(sasl.credentials().unwrap().username, "admin");
        assert_eq!(sasl.mechanism, SaslMechanism::ScramSha512);
    }

    #[test]
    fn context_flag_overrides_current() {
        let c = parse(FULL).unwrap();
        let mut g = global();
        g.context = Some("local".into());
        let s = resolve_env(&g, &c, &[]).unwrap();
        assert_eq!(s.context.as_deref(), Some("local"));
        assert_eq!(s.bootstrap_servers, ["localhost:9092"]);
        assert_eq!(s.security_protocol, SecurityProtocol::Plaintext);

        g.context = Some("nope".into());
        let err = resolve_env(&g, &c, &[]).unwrap_err();
        assert!(is_usage(&err));
        assert!(err.to_string().contains("known: prod, local"), "{err}");
    }

    #[test]
    fn dangling_current_context_is_reported() {
        let c =
            parse("current-context: gone\ncontexts:\n  a: {bootstrap-servers: [x:1]}\n").unwrap();
        let err = resolve_env(&global(), &c, &[]).unwrap_err();
        assert!(err.to_string().contains("'gone'"), "{err}");
    }

    #[test]
    fn password_precedence() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, "from-file\r\nsecond line\n").unwrap();
        let text = format!(
            "current-context: a\ncontexts:\n  a:\n    bootstrap-servers: [x:1]\n    security-protocol: SASL_PLAINTEXT\n    sasl:\n      mechanism: PLAIN\n      username: u\n      password-env: A_PW\n      password-file: {}\n",
            file.display()
        );
        let c = parse(&text).unwrap();
        let pw = |vars: &[(&str, &str)]| {
            resolve_env(&global(), &c, vars).map(|s| {
                s.sasl
                    .unwrap()
                    .credentials()
                    .unwrap()
                    .password
                    .expose()
                    .to_string()
            })
        };
        assert_eq!(
            pw(&[(PASSWORD_ENV, "top"), ("A_PW", "named")]).unwrap(),
            "top"
        );
        assert_eq!(
            pw(&[(PASSWORD_ENV, ""), ("A_PW", "named")]).unwrap(),
            "named"
        );
        assert_eq!(pw(&[]).unwrap(), "from-file");

        // A flag naming a file wins over the context's variable.
        let other = dir.path().join("other");
        std::fs::write(&other, "flag-file\n").unwrap();
        let mut g = global();
        g.sasl_password_file = Some(other);
        let s = resolve_env(&g, &c, &[("A_PW", "named")]).unwrap();
        assert_eq!(
            s.sasl.unwrap().credentials().unwrap().password.expose(),
            "flag-file"
        );
    }

    #[test]
    fn password_errors_never_show_the_secret() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, b"\xffsecret-bytes").unwrap();
        let mut g = global();
        g.bootstrap_servers = Some("x:1".into());
        g.security_protocol = Some(SecurityProtocol::SaslPlaintext);
        g.sasl_mechanism = Some(SaslMechanismName::Plain);
        g.sasl_username = Some("u".into());
        g.sasl_password_file = Some(file.clone());
        let err = format!(
            "{:#}",
            resolve_env(&g, &Config::default(), &[]).unwrap_err()
        );
        assert!(err.contains(&file.display().to_string()), "{err}");
        assert!(!err.contains("secret-bytes"), "{err}");

        std::fs::write(&file, "\n").unwrap();
        let err = resolve_env(&g, &Config::default(), &[]).unwrap_err();
        assert!(err.to_string().contains("empty"), "{err}");

        g.sasl_password_file = Some(dir.path().join("missing"));
        let err = format!(
            "{:#}",
            resolve_env(&g, &Config::default(), &[]).unwrap_err()
        );
        assert!(err.contains("missing"), "{err}");
    }

    #[test]
    fn sasl_requirements_say_what_is_missing() {
        let mut g = global();
        g.bootstrap_servers = Some("x:1".into());
        g.security_protocol = Some(SecurityProtocol::SaslSsl);
        let err = resolve_env(&g, &Config::default(), &[]).unwrap_err();
        assert!(is_usage(&err));
        assert!(err.to_string().contains("--sasl-mechanism"), "{err}");

        g.sasl_mechanism = Some(SaslMechanismName::ScramSha256);
        let err = resolve_env(&g, &Config::default(), &[]).unwrap_err();
        assert!(err.to_string().contains("--sasl-username"), "{err}");

        g.sasl_username = Some("u".into());
        let err = resolve_env(&g, &Config::default(), &[]).unwrap_err();
        assert!(is_usage(&err));
        assert!(err.to_string().contains(PASSWORD_ENV), "{err}");

        g.sasl_password_env = Some("MY_PW".into());
        let err = resolve_env(&g, &Config::default(), &[]).unwrap_err();
        assert!(err.to_string().contains("MY_PW"), "{err}");

        let s = resolve_env(&g, &Config::default(), &[("MY_PW", "x")]).unwrap();
        assert_eq!(s.sasl.unwrap().mechanism, SaslMechanism::ScramSha256);
        assert!(s.tls.is_some(), "SASL_SSL uses TLS");
    }

    #[test]
    fn sasl_flags_with_a_non_sasl_protocol_are_refused() {
        let mut g = global();
        g.bootstrap_servers = Some("x:1".into());
        g.sasl_username = Some("u".into());
        let err = resolve_env(&g, &Config::default(), &[]).unwrap_err();
        assert!(is_usage(&err));
        assert!(err.to_string().contains("PLAINTEXT"), "{err}");

        let c = parse("current-context: a\ncontexts:\n  a:\n    bootstrap-servers: [x:1]\n    sasl: {username: u}\n").unwrap();
        let err = resolve_env(&global(), &c, &[]).unwrap_err();
        assert!(
            err.to_string().contains("context 'a' has SASL settings"),
            "{err}"
        );
    }

    #[test]
    fn a_protocol_flag_can_drop_the_context_sasl() {
        let c = parse(FULL).unwrap();
        let mut g = global();
        g.security_protocol = Some(SecurityProtocol::Ssl);
        let s = resolve_env(&g, &c, &[]).unwrap();
        assert!(s.sasl.is_none());
        assert!(s.tls.is_some());
    }

    #[test]
    fn tls_rules() {
        let mut g = global();
        g.bootstrap_servers = Some("x:1".into());
        g.tls_ca_file = Some("/ca.pem".into());
        let err = resolve_env(&g, &Config::default(), &[]).unwrap_err();
        assert!(is_usage(&err));

        g.security_protocol = Some(SecurityProtocol::Ssl);
        g.tls_key_file = Some("/k.pem".into());
        let err = resolve_env(&g, &Config::default(), &[]).unwrap_err();
        assert!(is_usage(&err));
        assert!(err.to_string().contains("--tls-cert-file"), "{err}");

        g.tls_cert_file = Some("/c.pem".into());
        g.tls_insecure_skip_verify = true;
        let tls = resolve_env(&g, &Config::default(), &[])
            .unwrap()
            .tls
            .unwrap();
        assert_eq!(tls.key_file.as_deref(), Some(Path::new("/k.pem")));
        assert!(tls.insecure_skip_verify);
    }

    #[test]
    fn context_paths_are_relative_to_the_file() {
        let c = parse(
            "current-context: a\ncontexts:\n  a:\n    bootstrap-servers: [x:1]\n    security-protocol: SSL\n    tls: {ca-file: certs/ca.pem}\n",
        )
        .unwrap();
        let tls = resolve_env(&global(), &c, &[]).unwrap().tls.unwrap();
        assert_eq!(
            tls.ca_file.as_deref(),
            Some(Path::new("/cfg/mskctl/certs/ca.pem"))
        );
    }

    #[test]
    fn bootstrap_server_syntax() {
        for ok in [
            "a:1",
            "b-1.prod.kafka.eu-west-1.amazonaws.com:9096",
            "10.0.0.1:9092",
            "[::1]:9092",
            "[fe80::1%eth0]:9092",
            "my_host:65535",
        ] {
            assert_eq!(validate_server(ok).as_deref(), Ok(ok), "{ok}");
        }
        for bad in [
            "a",
            "a:",
            ":9092",
            "a:0",
            "a:70000",
            "a:x",
            "::1:9092",
            "[::1]",
            "[zz]:1",
            "PLAINTEXT://a:9092",
            "a b:1",
        ] {
            assert!(validate_server(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_bootstrap_servers(" a:1 ,,b:2, ").unwrap(),
            ["a:1", "b:2"]
        );
        let c = parse("contexts:\n  a: {bootstrap-servers: [\"x:1,y:2\", z:3]}\n").unwrap();
        assert_eq!(
            c.contexts.get("a").unwrap().bootstrap_servers,
            ["x:1", "y:2", "z:3"]
        );
    }

    #[test]
    fn bad_bootstrap_in_context_names_the_context() {
        let c = parse("current-context: a\ncontexts:\n  a: {bootstrap-servers: [nope]}\n").unwrap();
        let err = resolve_env(&global(), &c, &[]).unwrap_err().to_string();
        assert!(
            err.contains("context 'a'") && err.contains("missing port"),
            "{err}"
        );
    }

    #[test]
    fn redaction_keeps_references() {
        let mut v: serde_yaml::Value = serde_yaml::from_str(
            "contexts:\n  a:\n    sasl:\n      password: hunter2\n      password-env: PW\n      password-file: /pw\n    aws:\n      secret-access-key: abc\n      session_token: [t]\n      token-file: /t\n    note: not secret\n",
        )
        .unwrap();
        redact_secrets(&mut v);
        let out = serde_yaml::to_string(&v).unwrap();
        for hidden in ["hunter2", "abc", "[t]", "- t"] {
            assert!(!out.contains(hidden), "{hidden} in {out}");
        }
        for kept in ["PW", "/pw", "/t", "not secret"] {
            assert!(out.contains(kept), "{kept} missing from {out}");
        }
        assert_eq!(out.matches("<redacted>").count(), 3, "{out}");
    }

    #[test]
    fn names_parse_case_insensitively() {
        assert_eq!("sasl-ssl".parse(), Ok(SecurityProtocol::SaslSsl));
        assert_eq!("Scram_Sha_512".parse(), Ok(SaslMechanismName::ScramSha512));
        assert!("GSSAPI".parse::<SaslMechanismName>().is_err());
    }

    #[test]
    fn edit_distance_basics() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(
            did_you_mean("prd", ["prod", "local"].into_iter()),
            Some("prod")
        );
        assert_eq!(did_you_mean("zzzzzz", ["prod"].into_iter()), None);
    }

    const MSK: &str = "\
current-context: orders
contexts:
  orders:
    msk:
      cluster: orders
      auth: tls
  iam:
    msk: {cluster: 'arn:aws:kafka:eu-west-1:1:cluster/orders/x', public: true}
  both:
    bootstrap-servers: [b-1:9094]
    msk: {cluster: orders}
";

    #[test]
    fn a_context_naming_an_msk_cluster_defers_bootstrap_to_msk() {
        let c = parse(MSK).unwrap();
        let s = resolve_env(&global(), &c, &[]).unwrap();
        assert!(s.bootstrap_servers.is_empty());
        assert_eq!(
            s.msk,
            Some(MskBootstrap {
                cluster: "orders".into(),
                auth: BootstrapAuth::Tls,
                public: false
            })
        );
        // The listener's protocol is the default.
        assert_eq!(s.security_protocol, SecurityProtocol::Ssl);

        let mut g = global();
        g.context = Some("iam".into());
        g.security_protocol = Some(SecurityProtocol::Ssl);
        let s = resolve_env(&g, &c, &[]).unwrap();
        let m = s.msk.unwrap();
        assert_eq!(m.auth, BootstrapAuth::Iam);
        assert!(m.public);
    }

    #[test]
    fn an_msk_iam_listener_needs_no_sasl_settings() {
        let c = parse(MSK).unwrap();
        let mut g = global();
        g.context = Some("iam".into());
        let s = resolve_env(&g, &c, &[]).unwrap();
        assert_eq!(s.security_protocol, SecurityProtocol::SaslSsl);
        let sasl = s.sasl.expect("the IAM listener needs SASL");
        assert_eq!(sasl.mechanism, SaslMechanism::AwsMskIam);
        assert!(sasl.iam().is_some());
    }

    #[test]
    fn given_bootstrap_servers_win_over_msk() {
        let c = parse(MSK).unwrap();
        let mut g = global();
        g.context = Some("both".into());
        let s = resolve_env(&g, &c, &[]).unwrap();
        assert_eq!(s.bootstrap_servers, ["b-1:9094"]);
        assert_eq!(s.msk, None);

        let mut g = global();
        g.bootstrap_servers = Some("localhost:9092".into());
        let s = resolve_env(&g, &c, &[]).unwrap();
        assert_eq!(s.msk, None);

        // --msk-cluster overrides the context's servers...
        let mut g = global();
        g.context = Some("both".into());
        g.msk_cluster = Some("other".into());
        g.msk_auth = Some(BootstrapAuth::Plaintext);
        let s = resolve_env(&g, &c, &[]).unwrap();
        assert!(s.bootstrap_servers.is_empty());
        assert_eq!(s.msk.as_ref().unwrap().cluster, "other");
        assert_eq!(s.security_protocol, SecurityProtocol::Plaintext);

        // ...but not a -b given on the same command line.
        g.bootstrap_servers = Some("localhost:9092".into());
        assert!(is_usage(&resolve_env(&g, &c, &[]).unwrap_err()));
    }

    #[test]
    fn set_context_stores_the_msk_block() {
        let mut c = Config::default();
        let p = patch(
            None,
            Overrides {
                msk_cluster: Some("orders".into()),
                msk_auth: Some(BootstrapAuth::Scram),
                ..Default::default()
            },
        );
        c.set_context("o", &p).unwrap();
        let o = c.contexts.get("o").unwrap();
        assert_eq!(
            o.msk,
            Some(MskConfig {
                cluster: Some("orders".into()),
                auth: Some(BootstrapAuth::Scram),
                public: None
            })
        );
        assert!(
            !o.problems().iter().any(|p| p.contains("bootstrap")),
            "{:?}",
            o.problems()
        );
        let yaml = c.to_yaml().unwrap();
        assert!(yaml.contains("msk:"), "{yaml}");
        assert!(yaml.contains("auth: scram"), "{yaml}");
        assert_eq!(parse(&yaml).unwrap(), c);

        let bad = parse("contexts:\n  x:\n    msk: {cluster: a, region: b}\n");
        assert!(bad.is_err());
    }
}
