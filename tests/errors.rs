//! Bad input and unreachable clusters: no broker needed. A closed loopback
//! port stands in for an unreachable cluster.

mod support;

use std::net::TcpListener;

use support::cli::{mskctl, mskctl_bare, run};

/// A loopback port with nothing listening on it.
fn closed_port() -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap().to_string();
    drop(l);
    addr
}

#[test]
fn unreachable_cluster_exits_1_naming_the_servers_tried() {
    let a = closed_port();
    let b = closed_port();
    let servers = format!("{a},{b}");
    let (code, out, err) = run(
        mskctl_bare(),
        &["-b", &servers, "--timeout", "3s", "topic", "list"],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains(&a) && err.contains(&b), "{err}");
}

#[test]
fn black_holed_connect_is_bounded_by_timeout() {
    // A listener that never accepts still completes TCP handshakes (the
    // kernel backlog) but never answers ApiVersions: the request must time
    // out, not hang.
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap().to_string();
    let (code, _out, err) = run(
        mskctl_bare(),
        &["-b", &addr, "--timeout", "1s", "topic", "list"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("timed out"), "{err}");
    assert!(err.contains(&addr), "{err}");
    drop(l);
}

#[test]
fn usage_errors_exit_2_before_connecting() {
    let b = closed_port();
    let cases: &[&[&str]] = &[
        &["--timeout", "5x", "topic", "list"],
        &["retention", "set", "t", "--time", "7days"],
        &["retention", "set", "t", "--bytes", "5XB"],
        &[
            "topic",
            "create",
            "t",
            "--partitions",
            "0",
            "--replication-factor",
            "1",
        ],
        &[
            "topic",
            "create",
            "t",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
            "--config",
            "novalue",
        ],
        &["topic", "config", "set", "t", "novalue"],
        &["topic", "list", "--pattern", "("],
        &["retention", "purge", "t", "--before", "yesterday"],
        &["retention", "purge", "t"],
        &["topic", "bogus"],
    ];
    for args in cases {
        let (code, _out, err) = run(mskctl(&b), args);
        assert_eq!(code, 2, "{args:?} should be a usage error: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn no_bootstrap_servers_is_a_usage_error_that_says_how_to_fix_it() {
    let (code, _out, err) = run(mskctl_bare(), &["topic", "list"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--bootstrap-servers"), "{err}");
}

#[test]
fn help_has_examples() {
    let (code, out, _) = run(mskctl_bare(), &["topic", "create", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Examples:"), "{out}");
    assert!(out.contains("mskctl topic create orders"), "{out}");
}
