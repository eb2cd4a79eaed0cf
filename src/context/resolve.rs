//! Resolution: flags and `MSKCTL_*` variables over the selected context over
//! defaults, field by field, then the MSK bootstrap lookup.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;
use tracing::{debug, warn};

use super::{
    client_id, parse_bootstrap_servers, validate_env_var_name, validate_server, Config,
    ContextConfig, MskBootstrap, Overrides, SaslAuth, SaslConfig, SaslMechanismName, SaslSettings,
    SecurityProtocol, TlsConfig, NO_BOOTSTRAP, PASSWORD_ENV,
};
use crate::error::UsageError;
use crate::kafka::auth::{SaslCredentials, Secret, TlsSettings};
use crate::kafka::settings::ConnectionSettings;
use crate::msk::aws::AwsSettings;
use crate::msk::bootstrap::BootstrapLookup;
use crate::msk::client::BootstrapAuth;
use crate::msk::iam::IamAuth;

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
    /// Which API topic administration goes through; `Via::Aws` only with
    /// `msk` set.
    pub via: super::Via,
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
    let path = super::config_path()?;
    let config = match Config::load_from(&path) {
        Ok(c) => c,
        // Servers named outright need nothing from the file: a broken or
        // unreadable file must not stand between an operator and a cluster.
        Err(e) if flags.bootstrap_servers.is_some() && flags.context.is_none() => {
            tracing::warn!("ignoring the config file: {e:#}");
            Config::default()
        }
        Err(e) => return Err(e),
    };
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
    // The MSK API's topic calls take a cluster ARN: `via: aws` means
    // nothing without an MSK cluster to name.
    let via = flags.via.or(ctx.via).unwrap_or_default();
    if via == super::Via::Aws && msk.is_none() {
        let from = match (flags.via, ctx_name) {
            (Some(_), _) | (None, None) => "--via aws".to_string(),
            (None, Some(n)) => format!("via: aws in context '{n}'"),
        };
        return Err(UsageError(format!(
            "{from} needs an MSK cluster (--msk-cluster NAME|ARN, or msk.cluster in the context) instead of bootstrap servers: the MSK API names clusters, not brokers"
        ))
        .into());
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
        via,
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
    let bytes = crate::input::read_file(path)
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
