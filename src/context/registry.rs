//! Which schema registries this run uses: `--schema-registry` and
//! `--glue-registry` over the selected context's `schemaRegistry`.
//!
//! Resolved apart from the Kafka connection: `schema-registry subjects`
//! needs no brokers, and a context without bootstrap servers may still
//! name a registry.

use std::path::Path;

use super::{validate_env_var_name, Config, Overrides, SchemaRegistryConfig};
use crate::error::UsageError;
use crate::kafka::auth::Secret;
use crate::registry::{ConfluentSettings, Registries};

/// Read before the context's `passwordEnv`/`passwordFile`, like
/// `MSKCTL_SASL_PASSWORD` for brokers.
pub const REGISTRY_PASSWORD_ENV: &str = "MSKCTL_SCHEMA_REGISTRY_PASSWORD";

pub fn resolve_registry(flags: &Overrides) -> anyhow::Result<Registries> {
    let path = super::config_path()?;
    let config = match Config::load_from(&path) {
        Ok(c) => c,
        Err(e) if flags.context.is_none() && flags.schema_registry.is_some() => {
            tracing::warn!("ignoring the config file: {e:#}");
            Config::default()
        }
        Err(e) => return Err(e),
    };
    resolve_registry_with(flags, &config, &path, &|n| std::env::var_os(n))
}

pub fn resolve_registry_with(
    flags: &Overrides,
    config: &Config,
    config_path: &Path,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
) -> anyhow::Result<Registries> {
    let name = flags.context.as_ref().or(config.current_context.as_ref());
    let ctx = match name {
        Some(n) => match config.contexts.get(n) {
            Some(c) => c.schema_registry.clone().map(|r| (n.clone(), r)),
            None if flags.context.is_some() => return Err(config.unknown_context(n).into()),
            None => None,
        },
        None => None,
    };
    let config_dir = config_path.parent().unwrap_or(Path::new("."));
    let confluent = match (&flags.schema_registry, ctx) {
        // A URL typed on the command line is a different registry: none of
        // the context's credentials go to it.
        (Some(url), Some((_, c))) if c.url.as_deref() != Some(url.as_str()) => Some(settings(
            url,
            &SchemaRegistryConfig::default(),
            "",
            config_dir,
            env,
        )?),
        (Some(url), Some((n, c))) => Some(settings(url, &c, &n, config_dir, env)?),
        (Some(url), None) => Some(settings(
            url,
            &SchemaRegistryConfig::default(),
            "",
            config_dir,
            env,
        )?),
        (None, Some((n, c))) => match c.url.clone() {
            Some(url) => Some(settings(&url, &c, &n, config_dir, env)?),
            None => {
                return Err(
                    UsageError(format!("schemaRegistry in context '{n}' has no url")).into(),
                )
            }
        },
        (None, None) => None,
    };
    Ok(Registries {
        confluent,
        glue: flags.glue_registry.clone(),
        aws: flags.aws.clone(),
    })
}

fn settings(
    url: &str,
    c: &SchemaRegistryConfig,
    context: &str,
    config_dir: &Path,
    env: &dyn Fn(&str) -> Option<std::ffi::OsString>,
) -> anyhow::Result<ConfluentSettings> {
    let url = url.trim().trim_end_matches('/').to_owned();
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(UsageError(format!(
            "schema registry URL '{url}': expected http://HOST[:PORT] or https://HOST[:PORT]"
        ))
        .into());
    }
    let relative = |p: &Path| {
        if p.is_relative() {
            config_dir.join(p)
        } else {
            p.to_path_buf()
        }
    };
    let from_env = |var: &str| -> Option<String> {
        env(var)
            .and_then(|v| v.into_string().ok())
            .filter(|v| !v.is_empty())
    };
    let password = if let Some(p) = from_env(REGISTRY_PASSWORD_ENV) {
        Some(Secret::new(p))
    } else if let Some(var) = &c.password_env {
        validate_env_var_name(var, "schemaRegistry.passwordEnv").map_err(UsageError)?;
        match from_env(var) {
            Some(p) => Some(Secret::new(p)),
            None => {
                return Err(UsageError(format!(
                    "no schema registry password: the environment variable {var} (named by context '{context}') is not set or empty"
                ))
                .into())
            }
        }
    } else if let Some(file) = &c.password_file {
        let file = relative(file);
        let bytes = crate::input::read_file(&file).map_err(|e| {
            anyhow::anyhow!(
                "cannot read the schema registry password file {}: {e}",
                file.display()
            )
        })?;
        let text = String::from_utf8(bytes).map_err(|_| {
            anyhow::anyhow!(
                "the schema registry password file {} is not valid UTF-8",
                file.display()
            )
        })?;
        let line = text.lines().next().unwrap_or("").trim_end_matches('\r');
        Some(Secret::new(line))
    } else {
        None
    };
    Ok(ConfluentSettings {
        url,
        username: c.username.clone(),
        password,
        ca_file: c.ca_file.as_deref().map(relative),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(yaml: &str) -> Config {
        let path = Path::new("/tmp/config.yaml");
        Config::parse(yaml, path).unwrap()
    }

    #[test]
    fn context_registry_with_password_from_env() {
        let c = config(
            "current-context: prod\ncontexts:\n  prod:\n    bootstrap-servers: b:9092\n    schemaRegistry:\n      url: https://sr.example:8081/\n      username: ops\n      passwordEnv: SR_PASS\n      caFile: ca.pem\n",
        );
        let env = |n: &str| (n == "SR_PASS").then(|| "s3cret".into());
        let r = resolve_registry_with(
            &Overrides::default(),
            &c,
            Path::new("/etc/m/config.yaml"),
            &env,
        )
        .unwrap();
        let s = r.confluent.unwrap();
        assert_eq!(s.url, "https://sr.example:8081");
        assert_eq!(s.username.as_deref(), Some("ops"));
        assert_eq!(s.password.unwrap().expose(), "s3cret");
        assert_eq!(s.ca_file.unwrap(), Path::new("/etc/m/ca.pem"));
        assert!(!format!("{:?}", c).contains("s3cret"));
    }

    #[test]
    fn flag_url_wins_and_gets_no_context_credentials() {
        let c = config(
            "current-context: prod\ncontexts:\n  prod:\n    schemaRegistry:\n      url: https://sr.example\n      username: ops\n      passwordEnv: SR_PASS\n",
        );
        let flags = Overrides {
            schema_registry: Some("http://localhost:8081".into()),
            glue_registry: Some("default-registry".into()),
            ..Overrides::default()
        };
        let env = |n: &str| (n == "SR_PASS").then(|| "s3cret".into());
        let r = resolve_registry_with(&flags, &c, Path::new("/c.yaml"), &env).unwrap();
        let s = r.confluent.unwrap();
        assert_eq!(s.url, "http://localhost:8081");
        assert_eq!(s.username, None);
        assert_eq!(r.glue.as_deref(), Some("default-registry"));
    }

    #[test]
    fn inline_passwords_and_unknown_fields_are_refused() {
        let path = Path::new("/tmp/config.yaml");
        let err = Config::parse(
            "contexts:\n  p:\n    schemaRegistry:\n      url: http://x\n      password: hunter2\n",
            path,
        )
        .unwrap_err();
        let msg = format!("{err:#}");
        assert!(msg.contains("passwords are not stored"), "{msg}");
        assert!(!msg.contains("hunter2"), "{msg}");
        assert!(Config::parse(
            "contexts:\n  p:\n    schemaRegistry:\n      urll: http://x\n",
            path
        )
        .is_err());
    }

    #[test]
    fn config_view_keeps_the_password_reference_visible() {
        let mut v =
            serde_json::json!({"schemaRegistry": {"passwordEnv": "SR_PASS", "password": "x"}});
        super::super::redact_secrets(&mut v);
        assert_eq!(v["schemaRegistry"]["passwordEnv"], "SR_PASS");
        assert_eq!(v["schemaRegistry"]["password"], "<redacted>");
    }

    #[test]
    fn no_registry_anywhere_is_empty_and_bad_urls_are_usage_errors() {
        let c = config("contexts: {}\n");
        let r = resolve_registry_with(&Overrides::default(), &c, Path::new("/c.yaml"), &|_| None)
            .unwrap();
        assert!(r.is_empty());
        let flags = Overrides {
            schema_registry: Some("sr:8081".into()),
            ..Overrides::default()
        };
        let err = resolve_registry_with(&flags, &c, Path::new("/c.yaml"), &|_| None).unwrap_err();
        assert!(err.is::<UsageError>());
    }
}
