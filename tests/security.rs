//! TLS and SASL. TLS runs against tansu (behind the test helper's
//! TLS-terminating listener, since tansu 0.6.0 cannot serve TLS itself).
//! Successful SASL logins run against the test cluster: tansu's memory
//! storage cannot hold SCRAM users, so against tansu only the rejection is
//! real and is tested as such.

mod support;

use support::cli::{mskctl_bare, run};
use support::cluster::{ClusterConfig, TestCluster};
use support::tansu::{Tansu, TansuOptions, TestPki};

fn tls_broker(pki: &TestPki, mutual: bool) -> Tansu {
    Tansu::start_with(TansuOptions {
        tls_cert: Some(pki.server_cert.clone()),
        tls_key: Some(pki.server_key.clone()),
        tls_client_ca: mutual.then(|| pki.ca_file.clone()),
        ..TansuOptions::default()
    })
}

#[test]
fn ssl_verifies_the_broker_against_the_given_ca() {
    let pki = TestPki::generate();
    let broker = tls_broker(&pki, false);
    let b = broker.bootstrap();
    let ca = pki.ca_file.to_str().unwrap();

    let (code, out, err) = run(
        mskctl_bare(),
        &[
            "-b",
            &b,
            "--security-protocol",
            "SSL",
            "--tls-ca-file",
            ca,
            "topic",
            "create",
            "secure",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(
        mskctl_bare(),
        &[
            "-b",
            &b,
            "--security-protocol",
            "SSL",
            "--tls-ca-file",
            ca,
            "topic",
            "list",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("secure"), "{out}");

    // Verification is on by default: the test CA is not a system root.
    let (code, _out, err) = run(
        mskctl_bare(),
        &[
            "-b",
            &b,
            "--timeout",
            "5s",
            "--security-protocol",
            "SSL",
            "topic",
            "list",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.to_lowercase().contains("certificate"), "{err}");

    let (code, out, err) = run(
        mskctl_bare(),
        &[
            "-b",
            &b,
            "--security-protocol",
            "SSL",
            "--tls-insecure-skip-verify",
            "topic",
            "list",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("secure"), "{out}");
}

#[test]
fn mutual_tls_presents_the_client_certificate() {
    let pki = TestPki::generate();
    let broker = tls_broker(&pki, true);
    let b = broker.bootstrap();
    let ca = pki.ca_file.to_str().unwrap();
    let (code, _out, err) = run(
        mskctl_bare(),
        &[
            "-b",
            &b,
            "--timeout",
            "5s",
            "--security-protocol",
            "SSL",
            "--tls-ca-file",
            ca,
            "broker",
            "list",
        ],
    );
    assert_eq!(
        code, 1,
        "without a client certificate the broker refuses: {err}"
    );

    let (code, out, err) = run(
        mskctl_bare(),
        &[
            "-b",
            &b,
            "--security-protocol",
            "SSL",
            "--tls-ca-file",
            ca,
            "--tls-cert-file",
            pki.client_cert.to_str().unwrap(),
            "--tls-key-file",
            pki.client_key.to_str().unwrap(),
            "broker",
            "list",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("ID"), "{out}");
}

fn sasl_cluster(mechanisms: &[&str]) -> TestCluster {
    TestCluster::start(ClusterConfig {
        brokers: 2,
        sasl_users: vec![("ops".into(), "s3cr3t-Pa55".into())],
        sasl_mechanisms: mechanisms.iter().map(|m| m.to_string()).collect(),
        ..ClusterConfig::default()
    })
    .expect("test cluster starts")
}

#[test]
fn scram_and_plain_logins_through_flags_and_env() {
    for mech in ["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"] {
        let c = sasl_cluster(&[mech]);
        c.create_topic("guarded", 2, 2, &[]);
        let (code, out, err) = run(
            {
                let mut m = mskctl_bare();
                m.env("MSKCTL_SASL_PASSWORD", "s3cr3t-Pa55");
                m
            },
            &[
                "-b",
                &c.bootstrap(),
                "--security-protocol",
                "SASL_PLAINTEXT",
                "--sasl-mechanism",
                mech,
                "--sasl-username",
                "ops",
                "topic",
                "list",
            ],
        );
        assert_eq!(code, 0, "{mech}: {err}");
        assert!(out.contains("guarded"), "{mech}: {out}");
    }
}

#[test]
fn wrong_password_fails_and_no_password_is_ever_printed() {
    let c = sasl_cluster(&["SCRAM-SHA-512"]);
    let home = tempfile::tempdir().unwrap();
    let context = |m: &mut assert_cmd::Command| {
        m.env("XDG_CONFIG_HOME", home.path());
    };
    let mut set = mskctl_bare();
    context(&mut set);
    let (code, _o, err) = run(
        set,
        &[
            "config",
            "set-context",
            "sec",
            "--current",
            "-b",
            &c.bootstrap(),
            "--security-protocol",
            "SASL_PLAINTEXT",
            "--sasl-mechanism",
            "SCRAM-SHA-512",
            "--sasl-username",
            "ops",
            "--sasl-password-env",
            "SEC_PW",
        ],
    );
    assert_eq!(code, 0, "{err}");

    let mut good = mskctl_bare();
    context(&mut good);
    good.env("SEC_PW", "s3cr3t-Pa55");
    let (code, out, err) = run(good, &["-vvv", "broker", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.contains("s3cr3t-Pa55") && !err.contains("s3cr3t-Pa55"),
        "password leaked:\n{out}\n{err}"
    );
    assert!(
        err.contains("authenticated"),
        "-vvv shows the login happened: {err}"
    );

    let mut bad = mskctl_bare();
    context(&mut bad);
    bad.env("SEC_PW", "wrong-Pa55");
    let (code, out, err) = run(bad, &["-vvv", "broker", "list"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("authentication failed"), "{err}");
    assert!(!err.contains("wrong-Pa55"), "password leaked: {err}");

    let mut view = mskctl_bare();
    context(&mut view);
    view.env("SEC_PW", "s3cr3t-Pa55");
    let (code, out, _err) = run(view, &["config", "view"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("SEC_PW") && !out.contains("s3cr3t-Pa55"),
        "{out}"
    );
}

#[test]
fn sasl_without_a_password_source_is_a_usage_error() {
    let c = sasl_cluster(&["SCRAM-SHA-512"]);
    let (code, _o, err) = run(
        mskctl_bare(),
        &[
            "-b",
            &c.bootstrap(),
            "--security-protocol",
            "SASL_PLAINTEXT",
            "--sasl-mechanism",
            "SCRAM-SHA-512",
            "--sasl-username",
            "ops",
            "topic",
            "list",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("password"), "{err}");
}

#[test]
fn tansu_rejects_an_unknown_scram_user() {
    // tansu answers the handshake for SCRAM-SHA-512 but, with no way to
    // store users in memory storage, ends every exchange with
    // `e=unknown-user`; the client must notice and fail.
    let broker = Tansu::start_with(TansuOptions {
        authentication: true,
        ..TansuOptions::default()
    });
    let mut m = mskctl_bare();
    m.env("MSKCTL_SASL_PASSWORD", "whatever");
    let (code, _o, err) = run(
        m,
        &[
            "-b",
            &broker.bootstrap(),
            "--timeout",
            "5s",
            "--security-protocol",
            "SASL_PLAINTEXT",
            "--sasl-mechanism",
            "SCRAM-SHA-512",
            "--sasl-username",
            "nobody",
            "topic",
            "list",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("authentication failed"), "{err}");
}

/// The first answer tells what listens on a port: a TLS listener, a
/// plaintext one, or no Kafka at all. Each gets a hint instead of "early
/// eof" or "invalid response frame length".
#[test]
fn wrong_protocol_or_port_says_what_to_change() {
    let pki = TestPki::generate();
    let tls = tls_broker(&pki, false);
    let (code, _, err) = run(
        mskctl_bare(),
        &["-b", &tls.bootstrap(), "--timeout", "5s", "topic", "list"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("--security-protocol SSL"), "{err}");

    let plain = Tansu::start();
    let ca = pki.ca_file.to_str().unwrap();
    let (code, _, err) = run(
        mskctl_bare(),
        &[
            "-b",
            &plain.bootstrap(),
            "--timeout",
            "5s",
            "--security-protocol",
            "SSL",
            "--tls-ca-file",
            ca,
            "topic",
            "list",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("not speak TLS"), "{err}");

    // An HTTP server where a broker was expected.
    let http = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = http.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for stream in http.incoming().flatten() {
            let mut stream = stream;
            let mut buf = [0u8; 512];
            let _ = stream.read(&mut buf);
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        }
    });
    let (code, _, err) = run(
        mskctl_bare(),
        &["-b", &addr, "--timeout", "5s", "topic", "list"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("speaks HTTP, not Kafka"), "{err}");
}
