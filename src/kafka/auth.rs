//! TLS and SASL for connections to Kafka brokers.
//!
//! Nothing here performs I/O on the broker connection: [`tls_connector`]
//! builds a connector for the connection code to wrap its sockets with, and
//! [`SaslExchange`] turns server challenges into the bytes to send in the next
//! `SaslAuthenticate` request.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use rsasl::mechname::Mechname;
use rsasl::prelude::{MessageSent, SASLClient, SASLConfig, Session, SessionError, State};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::{self, PemObject};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_rustls::TlsConnector;

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("cannot read {kind} file {}: {source}", path.display())]
    ReadFile {
        kind: FileKind,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{kind} file {} is not valid PEM: {problem}", path.display())]
    InvalidPem {
        kind: FileKind,
        path: PathBuf,
        problem: &'static str,
    },
    #[error("{kind} file {} contains no PEM certificate (BEGIN CERTIFICATE)", path.display())]
    NoCertificate { kind: FileKind, path: PathBuf },
    #[error(
        "{kind} file {} contains no unencrypted private key (PKCS#8, PKCS#1 RSA or SEC1 EC PEM)",
        path.display()
    )]
    NoPrivateKey { kind: FileKind, path: PathBuf },
    #[error(
        "{kind} file {} holds an encrypted private key; decrypt it first \
         (e.g. `openssl pkey -in KEY -out KEY.plain`)",
        path.display()
    )]
    EncryptedPrivateKey { kind: FileKind, path: PathBuf },
    #[error("a TLS client certificate needs a private key file too")]
    CertificateWithoutKey,
    #[error("a TLS private key file needs a client certificate file too")]
    KeyWithoutCertificate,
    #[error(
        "no trusted CA certificates: the system store is empty or unreadable and no CA file was given"
    )]
    NoTrustedRoots,
    #[error("client certificate {} and key {} do not form a usable pair: {source}", cert.display(), key.display())]
    ClientIdentity {
        cert: PathBuf,
        key: PathBuf,
        #[source]
        source: rustls::Error,
    },
    #[error("TLS configuration: {0}")]
    Tls(#[source] rustls::Error),
    #[error(
        "unknown SASL mechanism '{0}' (expected PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or AWS_MSK_IAM)"
    )]
    UnknownMechanism(String),
    #[error("SASL {mechanism} authentication failed: {message}")]
    Sasl {
        mechanism: &'static str,
        message: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Ca,
    ClientCertificate,
    PrivateKey,
}

impl fmt::Display for FileKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileKind::Ca => "CA certificate",
            FileKind::ClientCertificate => "client certificate",
            FileKind::PrivateKey => "private key",
        })
    }
}

#[derive(Clone, Debug, Default)]
pub struct TlsSettings {
    pub ca_file: Option<PathBuf>,
    pub cert_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
    pub insecure_skip_verify: bool,
}

/// Builds the connector for SSL and SASL_SSL listeners.
///
/// Servers are verified against the system trust store plus `ca_file` unless
/// `insecure_skip_verify` is set. A client certificate is presented (mTLS)
/// when both `cert_file` and `key_file` are given.
pub fn tls_connector(s: &TlsSettings) -> Result<TlsConnector, AuthError> {
    // An explicit provider keeps the connector independent of whatever
    // process-wide default another crate may or may not have installed.
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(AuthError::Tls)?;

    let builder = if s.insecure_skip_verify {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AcceptAnyServerCert { provider }))
    } else {
        builder.with_root_certificates(trusted_roots(s.ca_file.as_deref())?)
    };

    let config = match (&s.cert_file, &s.key_file) {
        (Some(cert), Some(key)) => {
            let chain = read_certificates(cert, FileKind::ClientCertificate)?;
            let private_key = read_private_key(key)?;
            builder
                .with_client_auth_cert(chain, private_key)
                .map_err(|source| AuthError::ClientIdentity {
                    cert: cert.clone(),
                    key: key.clone(),
                    source,
                })?
        }
        (Some(_), None) => return Err(AuthError::CertificateWithoutKey),
        (None, Some(_)) => return Err(AuthError::KeyWithoutCertificate),
        (None, None) => builder.with_no_client_auth(),
    };
    Ok(TlsConnector::from(Arc::new(config)))
}

fn trusted_roots(ca_file: Option<&Path>) -> Result<RootCertStore, AuthError> {
    let mut roots = RootCertStore::empty();
    // A broken system store (unreadable SSL_CERT_FILE, odd entries) must not
    // stop someone who brought their own CA file; only an empty result does.
    let native = rustls_native_certs::load_native_certs();
    for error in &native.errors {
        tracing::debug!("skipping system CA certificates: {error}");
    }
    let (_, ignored) = roots.add_parsable_certificates(native.certs);
    if ignored > 0 {
        tracing::debug!("ignored {ignored} unparsable system CA certificates");
    }

    if let Some(path) = ca_file {
        for cert in read_certificates(path, FileKind::Ca)? {
            roots.add(cert).map_err(|_| AuthError::InvalidPem {
                kind: FileKind::Ca,
                path: path.to_path_buf(),
                problem: "a certificate in it is not a valid X.509 certificate",
            })?;
        }
    }

    if roots.is_empty() {
        return Err(AuthError::NoTrustedRoots);
    }
    Ok(roots)
}

fn read_file(path: &Path, kind: FileKind) -> Result<Vec<u8>, AuthError> {
    crate::input::read_file(path).map_err(|source| AuthError::ReadFile {
        kind,
        path: path.to_path_buf(),
        source,
    })
}

// pem::Error's Display quotes the offending line; for key files that line is
// secret material, so only the kind of problem is reported.
fn pem_problem(error: &pem::Error) -> &'static str {
    match error {
        pem::Error::MissingSectionEnd { .. } => "a section has no END line",
        pem::Error::IllegalSectionStart { .. } => "malformed BEGIN line",
        pem::Error::Base64Decode(_) => "a section is not valid base64",
        pem::Error::SectionTooLarge => "a section is too large",
        _ => "unreadable PEM data",
    }
}

fn read_certificates(
    path: &Path,
    kind: FileKind,
) -> Result<Vec<CertificateDer<'static>>, AuthError> {
    let data = read_file(path, kind)?;
    let certs = CertificateDer::pem_slice_iter(&data)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| AuthError::InvalidPem {
            kind,
            path: path.to_path_buf(),
            problem: pem_problem(&e),
        })?;
    if certs.is_empty() {
        return Err(AuthError::NoCertificate {
            kind,
            path: path.to_path_buf(),
        });
    }
    Ok(certs)
}

fn read_private_key(path: &Path) -> Result<PrivateKeyDer<'static>, AuthError> {
    let kind = FileKind::PrivateKey;
    let data = read_file(path, kind)?;
    match PrivateKeyDer::from_pem_slice(&data) {
        Ok(key) => Ok(key),
        Err(pem::Error::NoItemsFound) => {
            if data
                .windows(b"BEGIN ENCRYPTED PRIVATE KEY".len())
                .any(|w| w == b"BEGIN ENCRYPTED PRIVATE KEY")
            {
                Err(AuthError::EncryptedPrivateKey {
                    kind,
                    path: path.to_path_buf(),
                })
            } else {
                Err(AuthError::NoPrivateKey {
                    kind,
                    path: path.to_path_buf(),
                })
            }
        }
        Err(e) => Err(AuthError::InvalidPem {
            kind,
            path: path.to_path_buf(),
            problem: pem_problem(&e),
        }),
    }
}

/// Skips certificate-chain and host-name checks but still checks that the
/// server owns the key in the certificate it presented.
#[derive(Debug)]
struct AcceptAnyServerCert {
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for AcceptAnyServerCert {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaslMechanism {
    Plain,
    ScramSha256,
    ScramSha512,
    /// OAUTHBEARER carrying an MSK IAM token instead of a password.
    AwsMskIam,
}

impl SaslMechanism {
    pub const ALL: [SaslMechanism; 4] = [
        SaslMechanism::Plain,
        SaslMechanism::ScramSha256,
        SaslMechanism::ScramSha512,
        SaslMechanism::AwsMskIam,
    ];

    /// The name sent in `SaslHandshake` and listed by brokers.
    pub fn name(self) -> &'static str {
        match self {
            SaslMechanism::Plain => "PLAIN",
            SaslMechanism::ScramSha256 => "SCRAM-SHA-256",
            SaslMechanism::ScramSha512 => "SCRAM-SHA-512",
            SaslMechanism::AwsMskIam => "OAUTHBEARER",
        }
    }

    /// The name users write; differs from [`name`](Self::name) for
    /// AWS_MSK_IAM, which brokers only know as OAUTHBEARER.
    pub fn label(self) -> &'static str {
        match self {
            SaslMechanism::AwsMskIam => "AWS_MSK_IAM",
            other => other.name(),
        }
    }

    /// Whether the mechanism logs in with a username and password.
    pub fn uses_password(self) -> bool {
        !matches!(self, SaslMechanism::AwsMskIam)
    }
}

impl fmt::Display for SaslMechanism {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for SaslMechanism {
    type Err = AuthError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        Self::ALL
            .into_iter()
            .find(|m| m.label().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| AuthError::UnknownMechanism(s.to_owned()))
    }
}

/// A password or other secret; formatting never reveals it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

#[derive(Clone, Debug)]
pub struct SaslCredentials {
    pub username: String,
    pub password: Secret,
}

impl SaslCredentials {
    pub fn new(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        SaslCredentials {
            username: username.into(),
            password: password.into(),
        }
    }
}

/// What the client sends next in a SASL exchange.
#[derive(Clone, PartialEq, Eq)]
pub enum SaslStep {
    /// Send these bytes in a `SaslAuthenticate` request, then feed the
    /// server's `auth_bytes` back into [`SaslExchange::step`].
    Send(Vec<u8>),
    /// Send these bytes; the exchange is complete once the server accepts
    /// them, there is nothing left to check in its reply.
    SendLast(Vec<u8>),
    /// The exchange is complete and the server proved its identity where the
    /// mechanism allows it (SCRAM's server signature).
    Done,
}

// The bytes may carry a PLAIN password.
impl fmt::Debug for SaslStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaslStep::Send(b) => write!(f, "Send({} bytes)", b.len()),
            SaslStep::SendLast(b) => write!(f, "SendLast({} bytes)", b.len()),
            SaslStep::Done => f.write_str("Done"),
        }
    }
}

/// The client side of one SASL authentication, one instance per connection.
///
/// The first call passes `None`; every later call passes the `auth_bytes` of
/// the server's previous `SaslAuthenticate` response. Once `SendLast` or
/// `Done` has been returned, further calls return `Done`.
pub trait SaslExchange: Send {
    fn step(&mut self, server: Option<&[u8]>) -> Result<SaslStep, AuthError>;
}

pub fn sasl_exchange(
    mech: SaslMechanism,
    creds: &SaslCredentials,
) -> Result<Box<dyn SaslExchange>, AuthError> {
    let failed = |message: String| AuthError::Sasl {
        mechanism: mech.label(),
        message,
    };
    if !mech.uses_password() {
        return Err(failed(
            "it authenticates with a token, not a username and password".into(),
        ));
    }
    let config = SASLConfig::with_credentials(
        None,
        creds.username.clone(),
        creds.password.expose().to_owned(),
    )
    .map_err(|e| failed(e.to_string()))?;
    let offered = Mechname::parse(mech.name().as_bytes()).map_err(|e| failed(e.to_string()))?;
    let session = SASLClient::new(config)
        .start_suggested(&[offered])
        .map_err(|e| failed(e.to_string()))?;
    Ok(Box::new(RsaslExchange {
        mechanism: mech,
        session,
        finished: false,
    }))
}

struct RsaslExchange {
    mechanism: SaslMechanism,
    session: Session,
    finished: bool,
}

impl SaslExchange for RsaslExchange {
    fn step(&mut self, server: Option<&[u8]>) -> Result<SaslStep, AuthError> {
        // rsasl leaves stepping a finished session undefined.
        if self.finished {
            return Ok(SaslStep::Done);
        }
        let mut out = Vec::new();
        let state = self.session.step(server, &mut out).map_err(|e| {
            self.finished = true;
            AuthError::Sasl {
                mechanism: self.mechanism.name(),
                message: match e {
                    SessionError::MechanismError(inner) => inner.to_string(),
                    other => other.to_string(),
                },
            }
        })?;
        Ok(match state {
            State::Running => SaslStep::Send(out),
            State::Finished(MessageSent::Yes) => {
                self.finished = true;
                SaslStep::SendLast(out)
            }
            State::Finished(MessageSent::No) => {
                self.finished = true;
                SaslStep::Done
            }
        })
    }
}

/// The client side of SASL OAUTHBEARER (RFC 7628) for one bearer token.
///
/// The first message carries the token. A server that rejects it answers
/// with an error challenge (a JSON status) rather than failing outright, and
/// expects a lone `\x01` before it reports the failure; the exchange sends
/// that and then fails itself in case the server does not.
pub fn oauthbearer_exchange(mech: SaslMechanism, token: &Secret) -> Box<dyn SaslExchange> {
    Box::new(OauthBearerExchange {
        mechanism: mech,
        first: Some(Secret::new(format!(
            "n,,\x01auth=Bearer {}\x01\x01",
            token.expose()
        ))),
        state: OauthState::Start,
    })
}

enum OauthState {
    Start,
    Sent,
    Rejected(String),
    Finished,
}

struct OauthBearerExchange {
    mechanism: SaslMechanism,
    first: Option<Secret>,
    state: OauthState,
}

impl SaslExchange for OauthBearerExchange {
    fn step(&mut self, server: Option<&[u8]>) -> Result<SaslStep, AuthError> {
        match std::mem::replace(&mut self.state, OauthState::Finished) {
            OauthState::Start => {
                let first = self.first.take().unwrap_or_default();
                self.state = OauthState::Sent;
                Ok(SaslStep::Send(first.expose().as_bytes().to_vec()))
            }
            OauthState::Sent => match server {
                None | Some([]) => Ok(SaslStep::Done),
                Some(challenge) => {
                    self.state =
                        OauthState::Rejected(String::from_utf8_lossy(challenge).into_owned());
                    Ok(SaslStep::Send(vec![0x01]))
                }
            },
            OauthState::Rejected(challenge) => Err(AuthError::Sasl {
                mechanism: self.mechanism.label(),
                message: format!("the broker rejected the token: {challenge}"),
            }),
            OauthState::Finished => Ok(SaslStep::Done),
        }
    }
}

#[cfg(test)]
mod tests {
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
            let err = scram_against_server(mech, user, &creds("alice", "battery staple"), false)
                .unwrap_err();
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
            let err = scram_against_server(mech, user, &creds("alice", "correct horse"), true)
                .unwrap_err();
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
}
