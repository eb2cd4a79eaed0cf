//! The file model, set-context and the small parsers; resolution is tested
//! in `tests/resolve.rs`.

use std::collections::HashMap;
use std::ffi::OsString;

use super::file::*;
use super::patch::*;
use super::resolve::*;
use super::*;
use crate::error::UsageError;
use crate::kafka::auth::SaslMechanism;
use std::path::Path;

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

fn resolve_env(g: &Overrides, config: &Config, vars: &[(&str, &str)]) -> anyhow::Result<Resolved> {
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
    // The YAML reader names the repeated key and both places.
    assert!(
        err.starts_with("/cfg/mskctl/config.yaml:3:3: duplicate key 'a'"),
        "{err}"
    );
    assert!(err.contains("first given at line 2"), "{err}");
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
    let odd = parse("contexts:\n  x:\n    sasl: {username: u}\n    tls: {key-file: k}\n").unwrap();
    let problems = odd.contexts.get("x").unwrap().problems().join("\n");
    assert!(problems.contains("no bootstrap servers"), "{problems}");
    assert!(problems.contains("SASL settings"), "{problems}");
    assert!(problems.contains("TLS settings"), "{problems}");
    assert!(problems.contains("no certificate file"), "{problems}");
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
        parse_bootstrap_servers(" a:1 , b:2, ").unwrap(),
        ["a:1", "b:2"]
    );
    assert!(parse_bootstrap_servers("a:1,,b:2")
        .unwrap_err()
        .contains("empty entry"));
    let c = parse("contexts:\n  a: {bootstrap-servers: [\"x:1,y:2\", z:3]}\n").unwrap();
    assert_eq!(
        c.contexts.get("a").unwrap().bootstrap_servers,
        ["x:1", "y:2", "z:3"]
    );
}

#[test]
fn redaction_keeps_references() {
    let mut v = crate::yaml::parse_value(
            "contexts:\n  a:\n    sasl:\n      password: hunter2\n      password-env: PW\n      password-file: /pw\n    aws:\n      secret-access-key: abc\n      session_token: [t]\n      token-file: /t\n    note: not secret\n",
        std::path::Path::new("config.yaml"),
        )
        .unwrap();
    redact_secrets(&mut v);
    let out = crate::yaml::value_to_string(&v);
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
fn did_you_mean_picks_the_closest_near_name() {
    assert_eq!(
        did_you_mean("prd", ["prod", "local"].into_iter()),
        Some("prod")
    );
    assert_eq!(did_you_mean("zzzzzz", ["prod"].into_iter()), None);
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

mod resolve;

#[test]
fn via_aws_needs_an_msk_cluster_and_flags_win_over_the_context() {
    let config = parse(
        "contexts:\n  prod:\n    msk: {cluster: orders}\n    via: aws\n  plain:\n    bootstrap-servers: a:9092\n    via: aws\n",
    )
    .unwrap();
    let prod = Overrides {
        context: Some("prod".into()),
        ..global()
    };
    assert_eq!(resolve_env(&prod, &config, &[]).unwrap().via, Via::Aws);
    let kafka = Overrides {
        via: Some(Via::Kafka),
        ..prod.clone()
    };
    assert_eq!(resolve_env(&kafka, &config, &[]).unwrap().via, Via::Kafka);
    let plain = Overrides {
        context: Some("plain".into()),
        ..global()
    };
    let err = resolve_env(&plain, &config, &[]).unwrap_err();
    assert!(is_usage(&err), "{err}");
    assert!(
        err.to_string().contains("via: aws in context 'plain'"),
        "{err}"
    );
    let flag = Overrides {
        bootstrap_servers: Some("a:9092".into()),
        via: Some(Via::Aws),
        ..global()
    };
    let err = resolve_env(&flag, &config, &[]).unwrap_err();
    assert!(
        err.to_string().contains("--via aws needs an MSK cluster"),
        "{err}"
    );
    // set-context stores it, and says when no cluster backs it.
    let mut ctx = ContextConfig::default();
    ctx.apply(&ContextPatch {
        via: Some(Via::Aws),
        ..ContextPatch::default()
    });
    assert_eq!(ctx.via, Some(Via::Aws));
    assert!(ctx.problems().iter().any(|p| p.contains("via: aws")));
}
