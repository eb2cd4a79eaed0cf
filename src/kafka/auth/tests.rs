//! Tests of TLS settings and the SASL exchanges.

use std::sync::Arc;

use rsasl::mechname::Mechname;
use rsasl::prelude::{SASLConfig, SessionError};
use rustls::pki_types::ServerName;
use rustls::RootCertStore;
use tokio_rustls::TlsConnector;

use super::sasl::*;
use super::secret::*;
use super::tls::*;

use super::*;
use rsasl::callback::{Context, Request, SessionCallback, SessionData};
use rsasl::mechanisms::scram::properties::ScramStoredPassword;
use rsasl::mechanisms::scram::tools::{derive_keys, hash_password};
use rsasl::prelude::SASLServer;
use rsasl::property::AuthId;
use rsasl::validate::NoValidation;
use sha2::digest::generic_array::GenericArray;
use sha2::{Digest, Sha256, Sha512};
use std::fs;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn creds(user: &str, password: &str) -> SaslCredentials {
    SaslCredentials::new(user, password)
}

#[test]
fn mechanism_names_round_trip_case_insensitively() {
    for mech in SaslMechanism::ALL {
        assert_eq!(mech.label().parse::<SaslMechanism>().ok(), Some(mech));
        assert_eq!(
            mech.label().to_lowercase().parse::<SaslMechanism>().ok(),
            Some(mech)
        );
    }
    assert_eq!(SaslMechanism::AwsMskIam.name(), "OAUTHBEARER");
    assert_eq!(SaslMechanism::AwsMskIam.to_string(), "AWS_MSK_IAM");
    assert_eq!(
        "Scram-Sha-512".parse::<SaslMechanism>().ok(),
        Some(SaslMechanism::ScramSha512)
    );
    let err = "GSSAPI".parse::<SaslMechanism>().unwrap_err();
    assert!(err.to_string().contains("GSSAPI"), "{err}");
}

#[test]
fn oauthbearer_sends_the_token_in_an_rfc7628_first_message() {
    let token = Secret::new("dG9rZW4");
    let mut ex = oauthbearer_exchange(SaslMechanism::AwsMskIam, &token);
    match ex.step(None).unwrap() {
        SaslStep::Send(bytes) => assert_eq!(bytes, b"n,,\x01auth=Bearer dG9rZW4\x01\x01"),
        other => panic!("expected Send, got {other:?}"),
    }
    assert_eq!(ex.step(Some(b"")).unwrap(), SaslStep::Done);
    assert_eq!(ex.step(None).unwrap(), SaslStep::Done);
}

#[test]
fn oauthbearer_acknowledges_an_error_challenge_then_fails_with_it() {
    let mut ex = oauthbearer_exchange(SaslMechanism::AwsMskIam, &Secret::new("tok"));
    ex.step(None).unwrap();
    assert_eq!(
        ex.step(Some(br#"{"status":"invalid_token"}"#)).unwrap(),
        SaslStep::Send(vec![0x01])
    );
    let err = ex.step(Some(b"")).unwrap_err().to_string();
    assert!(
        err.contains("invalid_token") && err.contains("AWS_MSK_IAM"),
        "{err}"
    );
    assert!(!err.contains("tok\x01"), "{err}");
    assert!(sasl_exchange(SaslMechanism::AwsMskIam, &creds("a", "b")).is_err());
}

#[test]
fn plain_sends_one_message_with_nul_separated_credentials() {
    let mut ex = sasl_exchange(SaslMechanism::Plain, &creds("alice", "s3cret")).unwrap();
    match ex.step(None).unwrap() {
        SaslStep::SendLast(bytes) => assert_eq!(bytes, b"\0alice\0s3cret"),
        other => panic!("expected SendLast, got {other:?}"),
    }
    assert_eq!(ex.step(Some(b"")).unwrap(), SaslStep::Done);
    assert_eq!(ex.step(None).unwrap(), SaslStep::Done);
}

#[test]
fn secrets_never_show_in_debug_or_display() {
    let c = creds("alice", "hunter2-very-secret");
    let shown = format!("{c:?} {:?} {} {:#?}", c.password, c.password, c);
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(shown.contains("alice"));
    assert!(shown.contains("<redacted>"));

    let mut ex = sasl_exchange(SaslMechanism::Plain, &c).unwrap();
    let step = ex.step(None).unwrap();
    assert!(!format!("{step:?}").contains("hunter2"));
}

struct ScramUser {
    name: &'static str,
    salt: Vec<u8>,
    iterations: u32,
    stored_key: Vec<u8>,
    server_key: Vec<u8>,
}

impl ScramUser {
    fn new(mech: SaslMechanism, name: &'static str, password: &str) -> Self {
        let salt = b"mskctl-test-salt".to_vec();
        let iterations = 4096;
        let (stored_key, server_key) = match mech {
            SaslMechanism::ScramSha256 => {
                let mut salted = GenericArray::default();
                hash_password::<Sha256>(password.as_bytes(), iterations, &salt, &mut salted);
                let (client_key, server_key) = derive_keys::<Sha256>(&salted);
                (Sha256::digest(client_key).to_vec(), server_key.to_vec())
            }
            SaslMechanism::ScramSha512 => {
                let mut salted = GenericArray::default();
                hash_password::<Sha512>(password.as_bytes(), iterations, &salt, &mut salted);
                let (client_key, server_key) = derive_keys::<Sha512>(&salted);
                (Sha512::digest(client_key).to_vec(), server_key.to_vec())
            }
            SaslMechanism::Plain | SaslMechanism::AwsMskIam => {
                unreachable!("not a SCRAM mechanism")
            }
        };
        ScramUser {
            name,
            salt,
            iterations,
            stored_key,
            server_key,
        }
    }
}

impl SessionCallback for ScramUser {
    fn callback(
        &self,
        _session: &SessionData,
        context: &Context,
        request: &mut Request,
    ) -> Result<(), SessionError> {
        if context.get_ref::<AuthId>() == Some(self.name) {
            request.satisfy::<ScramStoredPassword>(&ScramStoredPassword::new(
                self.iterations,
                &self.salt,
                &self.stored_key,
                &self.server_key,
            ))?;
        }
        Ok(())
    }
}

/// Runs our client against rsasl's server until either side finishes or
/// fails; returns how many messages the client sent.
fn scram_against_server(
    mech: SaslMechanism,
    server_user: ScramUser,
    client: &SaslCredentials,
    tamper_server_final: bool,
) -> Result<usize, String> {
    let config = SASLConfig::builder()
        .with_defaults()
        .with_callback(server_user)
        .unwrap();
    let name = Mechname::parse(mech.name().as_bytes()).unwrap();
    let mut server = SASLServer::<NoValidation>::new(config)
        .start_suggested(name)
        .unwrap();
    let mut ours = sasl_exchange(mech, client).map_err(|e| e.to_string())?;

    let mut sent = 0;
    let mut to_server = match ours.step(None).map_err(|e| e.to_string())? {
        SaslStep::Send(bytes) => bytes,
        other => return Err(format!("SCRAM must start with Send, got {other:?}")),
    };
    loop {
        sent += 1;
        let mut reply = Vec::new();
        let state = server
            .step(Some(&to_server), &mut reply)
            .map_err(|e| format!("server: {e}"))?;
        if tamper_server_final && !state.is_running() {
            reply = b"v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=".to_vec();
        }
        match ours.step(Some(&reply)).map_err(|e| e.to_string())? {
            SaslStep::Send(bytes) => to_server = bytes,
            SaslStep::Done => return Ok(sent),
            SaslStep::SendLast(_) => return Err("SCRAM never ends with SendLast".into()),
        }
    }
}

#[test]
fn scram_exchanges_succeed_with_the_right_password() {
    for mech in [SaslMechanism::ScramSha256, SaslMechanism::ScramSha512] {
        let user = ScramUser::new(mech, "alice", "correct horse");
        let sent = scram_against_server(mech, user, &creds("alice", "correct horse"), false)
            .unwrap_or_else(|e| panic!("{mech}: {e}"));
        assert_eq!(sent, 2, "{mech}: client-first and client-final");
    }
}

#[test]
fn scram_exchanges_fail_with_a_wrong_password_or_unknown_user() {
    for mech in [SaslMechanism::ScramSha256, SaslMechanism::ScramSha512] {
        let user = ScramUser::new(mech, "alice", "correct horse");
        let err =
            scram_against_server(mech, user, &creds("alice", "battery staple"), false).unwrap_err();
        assert!(!err.contains("battery staple"), "{err}");

        let user = ScramUser::new(mech, "alice", "correct horse");
        let err = scram_against_server(mech, user, &creds("mallory", "correct horse"), false)
            .unwrap_err();
        assert!(err.contains(mech.name()), "{err}");
    }
}

#[test]
fn scram_rejects_a_server_that_cannot_prove_it_knows_the_password() {
    for mech in [SaslMechanism::ScramSha256, SaslMechanism::ScramSha512] {
        let user = ScramUser::new(mech, "alice", "correct horse");
        let err =
            scram_against_server(mech, user, &creds("alice", "correct horse"), true).unwrap_err();
        assert!(err.contains(mech.name()), "{err}");
    }
}

#[test]
fn scram_reports_a_server_error_message_as_failure() {
    let mut ex = sasl_exchange(SaslMechanism::ScramSha512, &creds("alice", "pw")).unwrap();
    let first = match ex.step(None).unwrap() {
        SaslStep::Send(b) => String::from_utf8(b).unwrap(),
        other => panic!("{other:?}"),
    };
    assert!(first.starts_with("n,,n=alice,r="), "{first}");
    let nonce = first.trim_start_matches("n,,n=alice,r=");
    let server_first = format!("r={nonce}SERVER,s=c2FsdA==,i=4096");
    assert!(matches!(
        ex.step(Some(server_first.as_bytes())).unwrap(),
        SaslStep::Send(_)
    ));
    let err = ex.step(Some(b"e=unknown-user")).unwrap_err();
    assert!(err.to_string().contains("SCRAM-SHA-512"), "{err}");
    assert_eq!(ex.step(Some(b"anything")).unwrap(), SaslStep::Done);
}

struct Pki {
    dir: tempfile::TempDir,
    ca: rcgen::Certificate,
    ca_key: rcgen::KeyPair,
}

impl Pki {
    fn new() -> Self {
        let mut params = rcgen::CertificateParams::new(Vec::new()).unwrap();
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "mskctl test CA");
        let ca_key = rcgen::KeyPair::generate().unwrap();
        let ca = params.self_signed(&ca_key).unwrap();
        let pki = Pki {
            dir: tempfile::tempdir().unwrap(),
            ca,
            ca_key,
        };
        fs::write(pki.path("ca.pem"), pki.ca.pem()).unwrap();
        pki
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `<name>.pem` and `<name>.key` (PKCS#8) signed by the CA.
    fn issue(&self, name: &str, sans: &[&str]) -> (PathBuf, PathBuf, rcgen::KeyPair) {
        let sans: Vec<String> = sans.iter().map(|s| s.to_string()).collect();
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = rcgen::CertificateParams::new(sans)
            .unwrap()
            .signed_by(&key, &self.ca, &self.ca_key)
            .unwrap();
        let (cert_path, key_path) = (
            self.path(&format!("{name}.pem")),
            self.path(&format!("{name}.key")),
        );
        fs::write(&cert_path, cert.pem()).unwrap();
        fs::write(&key_path, key.serialize_pem()).unwrap();
        (cert_path, key_path, key)
    }
}

fn base64(data: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn pem(label: &str, der: &[u8]) -> String {
    let body = base64(der);
    let lines: Vec<&str> = body
        .as_bytes()
        .chunks(64)
        .map(|l| std::str::from_utf8(l).unwrap())
        .collect();
    format!(
        "-----BEGIN {label}-----\n{}\n-----END {label}-----\n",
        lines.join("\n")
    )
}

/// The SEC1 `ECPrivateKey` inside a PKCS#8 `PrivateKeyInfo` is its last
/// element, an OCTET STRING.
fn sec1_from_pkcs8(pkcs8: &[u8]) -> Vec<u8> {
    fn header(d: &[u8]) -> (usize, usize) {
        if d[1] < 0x80 {
            (2, d[1] as usize)
        } else {
            let n = (d[1] & 0x7f) as usize;
            let len = d[2..2 + n].iter().fold(0, |a, b| (a << 8) | *b as usize);
            (2 + n, len)
        }
    }
    let (h, _) = header(pkcs8);
    let mut rest = &pkcs8[h..];
    loop {
        let (h, len) = header(rest);
        if rest[0] == 0x04 {
            return rest[h..h + len].to_vec();
        }
        rest = &rest[h + len..];
    }
}

fn settings(ca: Option<PathBuf>) -> TlsSettings {
    TlsSettings {
        ca_file: ca,
        ..TlsSettings::default()
    }
}

#[test]
fn missing_ca_file_is_named_in_the_error() {
    let err = tls_connector(&settings(Some("/nonexistent/kafka-ca.pem".into())))
        .err()
        .unwrap();
    let msg = err.to_string();
    assert!(msg.contains("/nonexistent/kafka-ca.pem"), "{msg}");
    assert!(msg.contains("CA certificate"), "{msg}");
}

#[test]
fn files_without_the_expected_pem_are_rejected_by_name() {
    let pki = Pki::new();
    let (cert, key, _) = pki.issue("client", &["client"]);

    let err = tls_connector(&settings(Some(key.clone()))).err().unwrap();
    assert!(matches!(err, AuthError::NoCertificate { .. }), "{err}");
    assert!(err.to_string().contains(&key.display().to_string()));

    let swapped = TlsSettings {
        cert_file: Some(cert.clone()),
        key_file: Some(cert.clone()),
        ..settings(Some(pki.path("ca.pem")))
    };
    let err = tls_connector(&swapped).err().unwrap();
    assert!(matches!(err, AuthError::NoPrivateKey { .. }), "{err}");
    assert!(err.to_string().contains(&cert.display().to_string()));

    let garbage = pki.path("garbage.pem");
    fs::write(
        &garbage,
        "-----BEGIN PRIVATE KEY-----\nnot base64 at all: topsecret!\n-----END PRIVATE KEY-----\n",
    )
    .unwrap();
    let bad_key = TlsSettings {
        cert_file: Some(cert.clone()),
        key_file: Some(garbage.clone()),
        ..settings(Some(pki.path("ca.pem")))
    };
    let msg = tls_connector(&bad_key).err().unwrap().to_string();
    assert!(msg.contains(&garbage.display().to_string()), "{msg}");
    assert!(!msg.contains("topsecret"), "{msg}");

    let encrypted = pki.path("encrypted.key");
    fs::write(
        &encrypted,
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n",
    )
    .unwrap();
    let enc = TlsSettings {
        cert_file: Some(cert.clone()),
        key_file: Some(encrypted),
        ..settings(Some(pki.path("ca.pem")))
    };
    assert!(matches!(
        tls_connector(&enc).err().unwrap(),
        AuthError::EncryptedPrivateKey { .. }
    ));

    let half = TlsSettings {
        cert_file: Some(cert),
        ..settings(Some(pki.path("ca.pem")))
    };
    assert!(matches!(
        tls_connector(&half).err().unwrap(),
        AuthError::CertificateWithoutKey
    ));
}

async fn serve_once(acceptor: tokio_rustls::TlsAcceptor, listener: tokio::net::TcpListener) {
    if let Ok((tcp, _)) = listener.accept().await {
        if let Ok(mut tls) = acceptor.accept(tcp).await {
            let mut buf = [0u8; 4];
            if tls.read_exact(&mut buf).await.is_ok() {
                let _ = tls.write_all(&buf).await;
                let _ = tls.shutdown().await;
            }
        }
    }
}

/// Starts a one-connection TLS echo server and returns its address.
async fn tls_server(pki: &Pki, require_client_cert: bool) -> std::net::SocketAddr {
    let (cert, key, _) = pki.issue("server", &["localhost", "127.0.0.1"]);
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let chain = read_certificates(&cert, FileKind::ClientCertificate).unwrap();
    let key = read_private_key(&key).unwrap();
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap();
    let builder = if require_client_cert {
        let mut roots = RootCertStore::empty();
        roots.add(pki.ca.der().clone()).unwrap();
        let verifier =
            rustls::server::WebPkiClientVerifier::builder_with_provider(roots.into(), provider)
                .build()
                .unwrap();
        builder.with_client_cert_verifier(verifier)
    } else {
        builder.with_no_client_auth()
    };
    let config = builder.with_single_cert(chain, key).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve_once(
        tokio_rustls::TlsAcceptor::from(Arc::new(config)),
        listener,
    ));
    addr
}

async fn echo_through(
    connector: &TlsConnector,
    addr: std::net::SocketAddr,
    host: &str,
) -> io::Result<[u8; 4]> {
    let tcp = tokio::net::TcpStream::connect(addr).await?;
    let name = ServerName::try_from(host.to_owned())
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let mut tls = connector.connect(name, tcp).await?;
    tls.write_all(b"ping").await?;
    let mut buf = [0u8; 4];
    tls.read_exact(&mut buf).await?;
    Ok(buf)
}

#[tokio::test]
async fn verifies_the_server_against_the_ca_file() {
    let pki = Pki::new();
    let connector = tls_connector(&settings(Some(pki.path("ca.pem")))).unwrap();
    let addr = tls_server(&pki, false).await;
    assert_eq!(
        &echo_through(&connector, addr, "localhost").await.unwrap(),
        b"ping"
    );

    let addr = tls_server(&pki, false).await;
    assert_eq!(
        &echo_through(&connector, addr, "127.0.0.1").await.unwrap(),
        b"ping"
    );

    let addr = tls_server(&pki, false).await;
    let wrong_name = echo_through(&connector, addr, "kafka.example.com").await;
    assert!(wrong_name.is_err(), "host name must be checked");
}

#[tokio::test]
async fn rejects_unknown_servers_unless_told_not_to_verify() {
    let pki = Pki::new();
    match tls_connector(&settings(None)) {
        Err(AuthError::NoTrustedRoots) => {}
        Err(other) => panic!("unexpected error: {other}"),
        Ok(system_only) => {
            let addr = tls_server(&pki, false).await;
            assert!(echo_through(&system_only, addr, "localhost").await.is_err());
        }
    }

    let insecure = tls_connector(&TlsSettings {
        insecure_skip_verify: true,
        ..TlsSettings::default()
    })
    .unwrap();
    let addr = tls_server(&pki, false).await;
    assert_eq!(
        &echo_through(&insecure, addr, "wrong.example.com")
            .await
            .unwrap(),
        b"ping"
    );
}

#[tokio::test]
async fn presents_a_client_certificate_for_mutual_tls() {
    let pki = Pki::new();
    let (cert, key, key_pair) = pki.issue("client", &["client.test"]);

    let anonymous = tls_connector(&settings(Some(pki.path("ca.pem")))).unwrap();
    let addr = tls_server(&pki, true).await;
    assert!(echo_through(&anonymous, addr, "localhost").await.is_err());

    let pkcs8 = tls_connector(&TlsSettings {
        cert_file: Some(cert.clone()),
        key_file: Some(key),
        ..settings(Some(pki.path("ca.pem")))
    })
    .unwrap();
    let addr = tls_server(&pki, true).await;
    assert_eq!(
        &echo_through(&pkcs8, addr, "localhost").await.unwrap(),
        b"ping"
    );

    let sec1_path = pki.path("client-sec1.key");
    let sec1 = sec1_from_pkcs8(&key_pair.serialize_der());
    fs::write(&sec1_path, pem("EC PRIVATE KEY", &sec1)).unwrap();
    let sec1 = tls_connector(&TlsSettings {
        cert_file: Some(cert),
        key_file: Some(sec1_path),
        ..settings(Some(pki.path("ca.pem")))
    })
    .unwrap();
    let addr = tls_server(&pki, true).await;
    assert_eq!(
        &echo_through(&sec1, addr, "localhost").await.unwrap(),
        b"ping"
    );
}
