//! TLS and SASL for connections to Kafka brokers.
//!
//! Nothing here performs I/O on the broker connection: [`tls_connector`]
//! builds a connector for the connection code to wrap its sockets with, and
//! [`SaslExchange`] turns server challenges into the bytes to send in the next
//! `SaslAuthenticate` request.

mod sasl;
mod secret;
#[cfg(test)]
mod tests;
mod tls;

pub use sasl::*;
pub use secret::*;
pub use tls::*;

use std::fmt;
use std::io;
use std::path::PathBuf;

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
