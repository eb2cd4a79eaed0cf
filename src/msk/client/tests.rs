//! Tests of the MSK client's conversions and error wording.

use super::convert::*;
use super::errors::*;

use super::*;

#[test]
fn select_bootstrap_explains_missing_listeners() {
    let b = BootstrapBrokers {
        tls: Some("b-1:9094".into()),
        iam: Some("b-1:9098".into()),
        ..Default::default()
    };
    assert_eq!(b.select(BootstrapAuth::Iam, false), Ok("b-1:9098"));
    let e = b.select(BootstrapAuth::Scram, false).unwrap_err();
    assert!(
        e.contains("scram client authentication is not enabled"),
        "{e}"
    );
    assert!(e.contains("available: iam, tls"), "{e}");
    let e = b.select(BootstrapAuth::Iam, true).unwrap_err();
    assert!(e.contains("public access is not turned on"), "{e}");
    let e = b.select(BootstrapAuth::Plaintext, true).unwrap_err();
    assert!(e.contains("never offers a plaintext"), "{e}");
}

#[test]
fn names_from_arns_and_close_names() {
    assert_eq!(
        short_name("arn:aws:kafka:eu-west-1:123:cluster/orders/abc-1"),
        "orders"
    );
    assert_eq!(short_name("weird"), "weird");
    let all = ["orders", "orders-dev", "payments", "ordrs2"];
    assert_eq!(
        close_names("Orders", all.iter().copied()),
        vec!["orders", "orders-dev", "ordrs2"]
    );
    assert!(close_names("zzz", all.iter().copied()).is_empty());
}

#[test]
fn listener_follows_client_auth_then_in_transit_encryption() {
    use ClientBrokerEncryption::{Plaintext, Tls, TlsPlaintext};
    let none = ClientAuth::default();
    // MSK's default (TLS only) has no plaintext listener.
    assert_eq!(BootstrapAuth::for_cluster(&none, Tls), BootstrapAuth::Tls);
    assert_eq!(
        BootstrapAuth::for_cluster(&none, TlsPlaintext),
        BootstrapAuth::Tls
    );
    assert_eq!(
        BootstrapAuth::for_cluster(&none, Plaintext),
        BootstrapAuth::Plaintext
    );
    let iam = ClientAuth {
        iam: true,
        scram: true,
        ..ClientAuth::default()
    };
    assert_eq!(
        BootstrapAuth::for_cluster(&iam, Plaintext),
        BootstrapAuth::Iam
    );
    let scram = ClientAuth {
        scram: true,
        ..ClientAuth::default()
    };
    assert_eq!(
        BootstrapAuth::for_cluster(&scram, Tls),
        BootstrapAuth::Scram
    );
    let mtls = ClientAuth {
        tls_certificate_authority_arns: vec!["arn:aws:acm-pca:ca".into()],
        unauthenticated: true,
        ..ClientAuth::default()
    };
    assert_eq!(
        BootstrapAuth::for_cluster(&mtls, TlsPlaintext),
        BootstrapAuth::Tls
    );
}

#[test]
fn auth_parses() {
    assert_eq!("IAM".parse::<BootstrapAuth>(), Ok(BootstrapAuth::Iam));
    assert!("kerberos".parse::<BootstrapAuth>().is_err());
}

#[test]
fn only_a_stale_cluster_version_gets_the_re_read_hint() {
    for stale in [
        "The version of the cluster isn\u{2019}t current. Check the current version and try again.",
        "The version of the cluster isn't current. Check the current version and try again.",
        "The request does not include the latest version of the cluster. Describe the cluster and try again.",
        "The provided CurrentVersion K1 is not the current version of the cluster.",
    ] {
        assert!(is_stale_version(stale), "{stale}");
    }
    for other in [
        "Unsupported KafkaVersion [2.1.0]. Valid values: [1.1.1, 2.2.1]",
        "The configuration revision 3 does not exist",
        "This cluster version does not support broker removal",
    ] {
        assert!(!is_stale_version(other), "{other}");
    }
}

#[test]
fn multi_vpc_and_ipv6_listeners_are_offered() {
    let b = BootstrapBrokers {
        iam: Some("b-1:9098".into()),
        vpc_connectivity_iam: Some("b-1.vpce:14001".into()),
        ipv6_iam: Some("[2600:1f18::1]:9098".into()),
        ..Default::default()
    };
    assert_eq!(
        b.select_on(BootstrapAuth::Iam, Network::VpcConnectivity),
        Ok("b-1.vpce:14001")
    );
    assert_eq!(
        b.select_on(BootstrapAuth::Iam, Network::Ipv6),
        Ok("[2600:1f18::1]:9098")
    );
    assert_eq!(b.available(), ["iam", "vpc-connectivity iam", "ipv6 iam"]);
    let e = b
        .select_on(BootstrapAuth::Scram, Network::VpcConnectivity)
        .unwrap_err();
    assert!(e.contains("scram client authentication"), "{e}");
    let none = BootstrapBrokers {
        iam: Some("b-1:9098".into()),
        ..Default::default()
    };
    let e = none
        .select_on(BootstrapAuth::Iam, Network::VpcConnectivity)
        .unwrap_err();
    assert!(
        e.contains("multi-VPC private connectivity is not turned on"),
        "{e}"
    );
    let e = none
        .select_on(BootstrapAuth::Plaintext, Network::VpcConnectivity)
        .unwrap_err();
    assert!(e.contains("never offers a plaintext"), "{e}");
}
