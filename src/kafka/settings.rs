//! What it takes to open a connection to a Kafka cluster: servers, security
//! protocol, SASL and TLS. How these values are put together (flags, the
//! environment, a stored context, an MSK lookup) is not this module's
//! concern: it starts from finished settings.

use std::any::Any;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures::future::BoxFuture;

use super::auth::{SaslCredentials, SaslMechanism, Secret, TlsSettings};

/// How the client talks to the brokers, with Kafka's own names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SecurityProtocol {
    #[default]
    Plaintext,
    Ssl,
    SaslPlaintext,
    SaslSsl,
}

impl SecurityProtocol {
    pub const ALL: [SecurityProtocol; 4] = [
        SecurityProtocol::Plaintext,
        SecurityProtocol::Ssl,
        SecurityProtocol::SaslPlaintext,
        SecurityProtocol::SaslSsl,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SecurityProtocol::Plaintext => "PLAINTEXT",
            SecurityProtocol::Ssl => "SSL",
            SecurityProtocol::SaslPlaintext => "SASL_PLAINTEXT",
            SecurityProtocol::SaslSsl => "SASL_SSL",
        }
    }

    pub fn uses_tls(self) -> bool {
        matches!(self, SecurityProtocol::Ssl | SecurityProtocol::SaslSsl)
    }

    pub fn uses_sasl(self) -> bool {
        matches!(
            self,
            SecurityProtocol::SaslPlaintext | SecurityProtocol::SaslSsl
        )
    }
}

impl fmt::Display for SecurityProtocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for SecurityProtocol {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().replace('-', "_");
        SecurityProtocol::ALL
            .into_iter()
            .find(|p| p.name().eq_ignore_ascii_case(&wanted))
            .ok_or_else(|| {
                format!(
                    "unknown security protocol '{s}' (expected PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL)"
                )
            })
    }
}

/// Everything needed to open a connection, after all overrides.
#[derive(Debug, Clone)]
pub struct ConnectionSettings {
    /// Name of the connection profile used, if any; only for messages.
    pub context: Option<String>,
    /// `HOST:PORT` each, validated.
    pub bootstrap_servers: Vec<String>,
    pub security_protocol: SecurityProtocol,
    /// `Some` iff the protocol uses SASL.
    pub sasl: Option<SaslSettings>,
    /// `Some` iff the protocol uses TLS.
    pub tls: Option<TlsSettings>,
    /// `mskctl/<version>`.
    pub client_id: String,
    /// The MSK cluster (name or ARN) the servers were looked up from, if
    /// they were; only for messages.
    pub msk: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SaslSettings {
    pub mechanism: SaslMechanism,
    pub auth: SaslAuth,
}

/// What a SASL login proves itself with.
#[derive(Debug, Clone)]
pub enum SaslAuth {
    /// PLAIN and SCRAM.
    Password(SaslCredentials),
    /// AWS_MSK_IAM: OAUTHBEARER tokens from a provider shared by every
    /// connection of the invocation, so they are signed once and cached.
    AwsIam(Arc<dyn BearerTokenProvider>),
}

impl SaslSettings {
    pub fn credentials(&self) -> Option<&SaslCredentials> {
        match &self.auth {
            SaslAuth::Password(c) => Some(c),
            SaslAuth::AwsIam(_) => None,
        }
    }

    /// The OAUTHBEARER token provider, for token-based mechanisms.
    pub fn token_provider(&self) -> Option<&Arc<dyn BearerTokenProvider>> {
        match &self.auth {
            SaslAuth::AwsIam(p) => Some(p),
            SaslAuth::Password(_) => None,
        }
    }
}

/// One OAUTHBEARER token. `value` is what goes after `auth=Bearer `.
#[derive(Debug, Clone)]
pub struct BearerToken {
    pub value: Secret,
    /// The principal the broker will see, for librdkafka's bookkeeping.
    pub principal: String,
    pub expires_at: SystemTime,
}

/// Hands out OAUTHBEARER tokens: a cached one while it is fresh, a newly
/// signed one when it is close to expiry. Whoever signs them (AWS IAM for
/// MSK) lives outside this module.
pub trait BearerTokenProvider: fmt::Debug + Send + Sync {
    /// A token, bounded by `timeout` overall.
    fn bearer_token(&self, timeout: Duration) -> BoxFuture<'_, anyhow::Result<BearerToken>>;

    /// For callers that need the concrete provider back (tests, messages).
    fn as_any(&self) -> &dyn Any;
}

/// `mskctl/<version>`, the client id every connection announces.
pub fn client_id() -> String {
    format!("mskctl/{}", env!("CARGO_PKG_VERSION"))
}
