//! TLS: the rustls client configuration for broker connections (trusted
//! roots, client certificates, the opt-in that skips verification).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{AuthError, FileKind};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::{self, PemObject};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_rustls::TlsConnector;

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
    Ok(TlsConnector::from(Arc::new(client_config(s)?)))
}

/// The rustls configuration behind [`tls_connector`], for other TLS clients
/// (the schema registry's HTTPS) that must trust exactly the same roots.
pub fn client_config(s: &TlsSettings) -> Result<ClientConfig, AuthError> {
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
    Ok(config)
}

pub(super) fn trusted_roots(ca_file: Option<&Path>) -> Result<RootCertStore, AuthError> {
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

pub(super) fn read_file(path: &Path, kind: FileKind) -> Result<Vec<u8>, AuthError> {
    crate::input::read_file(path).map_err(|source| AuthError::ReadFile {
        kind,
        path: path.to_path_buf(),
        source,
    })
}

// pem::Error's Display quotes the offending line; for key files that line is
// secret material, so only the kind of problem is reported.
pub(super) fn pem_problem(error: &pem::Error) -> &'static str {
    match error {
        pem::Error::MissingSectionEnd { .. } => "a section has no END line",
        pem::Error::IllegalSectionStart { .. } => "malformed BEGIN line",
        pem::Error::Base64Decode(_) => "a section is not valid base64",
        pem::Error::SectionTooLarge => "a section is too large",
        _ => "unreadable PEM data",
    }
}

pub(super) fn read_certificates(
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

pub(super) fn read_private_key(path: &Path) -> Result<PrivateKeyDer<'static>, AuthError> {
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
pub(super) struct AcceptAnyServerCert {
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
