//! Resolution: precedence, SASL, TLS and MSK targets.

use super::*;

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
    g.bootstrap_servers = Some(" localhost:9092 , [::1]:9093,".into());
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
    let c = parse("current-context: gone\ncontexts:\n  a: {bootstrap-servers: [x:1]}\n").unwrap();
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
fn bad_bootstrap_in_context_names_the_context() {
    let c = parse("current-context: a\ncontexts:\n  a: {bootstrap-servers: [nope]}\n").unwrap();
    let err = resolve_env(&global(), &c, &[]).unwrap_err().to_string();
    assert!(
        err.contains("context 'a'") && err.contains("missing port"),
        "{err}"
    );
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
