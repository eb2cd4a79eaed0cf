//! `config set-context`: the given connection fields merged into a stored
//! context, and what is still missing from it.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use super::file::validate_context_name;
use super::{
    parse_bootstrap_servers, validate_env_var_name, Config, ContextConfig, Overrides,
    SaslMechanismName, SecurityProtocol,
};
use crate::error::UsageError;
use crate::msk::client::BootstrapAuth;

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
    pub via: Option<super::Via>,
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
            via: conn.via,
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
        if let Some(v) = patch.via {
            self.via = Some(v);
        }
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
        if self.via == Some(super::Via::Aws) && msk_cluster.is_none() {
            out.push(
                "it says via: aws but names no MSK cluster (add --msk-cluster NAME)".to_string(),
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

impl Config {
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetOutcome {
    Created,
    Modified,
}
