//! Checks the tansu test harness itself, and pins the tansu 0.6.0
//! behaviour the other integration tests rely on.

mod support;

use kafka_protocol::messages::{
    ApiKey, ApiVersionsResponse, SaslAuthenticateRequest, SaslAuthenticateResponse,
    SaslHandshakeRequest, SaslHandshakeResponse,
};
use kafka_protocol::protocol::StrBytes;
use support::tansu::{
    api_versions, api_versions_at, connect, kafka_request, metadata, tls_connect, Tansu,
    TansuOptions, TestPki,
};

fn api_keys(response: &ApiVersionsResponse) -> Vec<i16> {
    response.api_keys.iter().map(|k| k.api_key).collect()
}

fn advertised(b: &kafka_protocol::messages::MetadataResponse) -> Vec<String> {
    b.brokers
        .iter()
        .map(|b| format!("{}:{}", b.host.as_str(), b.port))
        .collect()
}

#[test]
fn two_brokers_start_concurrently_and_answer_api_versions() {
    let starting: Vec<_> = (0..2).map(|_| std::thread::spawn(Tansu::start)).collect();
    let brokers: Vec<Tansu> = starting
        .into_iter()
        .map(|t| t.join().expect("Tansu::start panicked"))
        .collect();
    assert_ne!(brokers[0].bootstrap(), brokers[1].bootstrap());

    for broker in &brokers {
        let response = api_versions_at(&broker.bootstrap())
            .unwrap_or_else(|e| panic!("{}: {e}\n{}", broker.bootstrap(), broker.log_tail(20)));
        assert_eq!(response.error_code, 0);
        let keys = api_keys(&response);
        assert!(keys.contains(&(ApiKey::CreateTopics as i16)), "{keys:?}");
        assert_eq!(ApiKey::CreateTopics as i16, 19);
        assert!(keys.contains(&(ApiKey::DescribeConfigs as i16)), "{keys:?}");
        assert_eq!(ApiKey::DescribeConfigs as i16, 32);

        let mut conn = connect(&broker.bootstrap()).unwrap();
        let meta = metadata(&mut conn).unwrap();
        assert_eq!(advertised(&meta), vec![broker.bootstrap()]);
    }
}

#[test]
fn tls_broker_is_reachable_over_tls_and_advertises_its_tls_address() {
    let pki = TestPki::generate();
    let broker = Tansu::start_with(TansuOptions {
        tls_cert: Some(pki.server_cert.clone()),
        tls_key: Some(pki.server_key.clone()),
        ..TansuOptions::default()
    });
    assert!(broker.is_tls());
    assert_ne!(broker.bootstrap(), broker.broker_addr().to_string());

    let mut tls = tls_connect(&broker.bootstrap(), "localhost", &pki.ca_file, None)
        .unwrap_or_else(|e| panic!("TLS connect: {e}"));
    let response = api_versions(&mut tls).unwrap();
    assert!(api_keys(&response).contains(&(ApiKey::Metadata as i16)));
    assert_eq!(
        advertised(&metadata(&mut tls).unwrap()),
        vec![broker.bootstrap()]
    );

    let mut by_ip = tls_connect(&broker.bootstrap(), "127.0.0.1", &pki.ca_file, None).unwrap();
    api_versions(&mut by_ip).unwrap();

    let mut plaintext = connect(&broker.bootstrap()).unwrap();
    assert!(
        api_versions(&mut plaintext).is_err(),
        "the TLS port must not speak plaintext Kafka"
    );
}

#[test]
fn mutual_tls_broker_requires_a_client_certificate() {
    let pki = TestPki::generate();
    let broker = Tansu::start_with(TansuOptions {
        tls_cert: Some(pki.server_cert.clone()),
        tls_key: Some(pki.server_key.clone()),
        tls_client_ca: Some(pki.ca_file.clone()),
        ..TansuOptions::default()
    });

    let anonymous = tls_connect(&broker.bootstrap(), "localhost", &pki.ca_file, None)
        .and_then(|mut s| api_versions(&mut s));
    assert!(anonymous.is_err(), "a client without a certificate got in");

    let mut identified = tls_connect(
        &broker.bootstrap(),
        "localhost",
        &pki.ca_file,
        Some((&pki.client_cert, &pki.client_key)),
    )
    .unwrap();
    api_versions(&mut identified).unwrap();
}

fn handshake(conn: &mut std::net::TcpStream, mechanism: &'static str) -> SaslHandshakeResponse {
    let request =
        SaslHandshakeRequest::default().with_mechanism(StrBytes::from_static_str(mechanism));
    kafka_request(conn, ApiKey::SaslHandshake, 1, &request).unwrap()
}

#[test]
fn authenticating_broker_serves_only_sasl_before_authentication() {
    let broker = Tansu::start_with(TansuOptions {
        authentication: true,
        ..TansuOptions::default()
    });

    let mut conn = connect(&broker.bootstrap()).unwrap();
    assert_eq!(api_versions(&mut conn).unwrap().error_code, 0);
    assert!(
        metadata(&mut conn).is_err(),
        "Metadata before SASL must be refused (tansu closes the connection)"
    );

    for mechanism in ["SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER"] {
        let mut conn = connect(&broker.bootstrap()).unwrap();
        let response = handshake(&mut conn, mechanism);
        assert_eq!(response.error_code, 0, "{mechanism}");
    }
}

#[test]
fn scram_login_for_an_unknown_user_fails_inside_the_exchange() {
    let broker = Tansu::start_with(TansuOptions {
        authentication: true,
        ..TansuOptions::default()
    });
    let mut conn = connect(&broker.bootstrap()).unwrap();
    assert_eq!(handshake(&mut conn, "SCRAM-SHA-256").error_code, 0);

    let authenticate = |conn: &mut std::net::TcpStream, bytes: Vec<u8>| {
        let request = SaslAuthenticateRequest::default().with_auth_bytes(bytes.into());
        let response: SaslAuthenticateResponse =
            kafka_request(conn, ApiKey::SaslAuthenticate, 2, &request).unwrap();
        (
            response.error_code,
            String::from_utf8_lossy(&response.auth_bytes).into_owned(),
        )
    };

    let client_nonce = "mskctltestnonce";
    let (code, server_first) =
        authenticate(&mut conn, format!("n,,n=nobody,r={client_nonce}").into());
    assert_eq!(code, 0);
    assert!(
        server_first.starts_with(&format!("r={client_nonce}")),
        "{server_first}"
    );
    let nonce = server_first
        .split(',')
        .find_map(|kv| kv.strip_prefix("r="))
        .unwrap()
        .to_owned();

    let proof = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    let (code, server_final) =
        authenticate(&mut conn, format!("c=biws,r={nonce},p={proof}").into());
    // The failure is only in the SCRAM message, not in the error code:
    // clients must check server-final themselves.
    assert_eq!(code, 0);
    assert_eq!(server_final, "e=unknown-user");
}
