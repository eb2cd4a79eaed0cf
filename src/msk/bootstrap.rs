//! Bootstrap discovery: the `HOST:PORT` list of one of an MSK cluster's
//! listeners, through GetBootstrapBrokers. Connection resolution takes a
//! [`BootstrapLookup`] so that it can be exercised without AWS.

use std::time::Duration;

use futures::future::BoxFuture;

use super::aws::AwsSettings;
use super::client::{BootstrapAuth, Msk};
use crate::kafka::auth::SaslMechanism;
use crate::kafka::settings::SecurityProtocol;

/// The longest one AWS call attempt may take, whatever `--timeout` says.
const MAX_CALL_TIMEOUT: Duration = Duration::from_secs(120);

/// Finds the bootstrap servers of an MSK cluster's listener.
pub trait BootstrapLookup: Send + Sync {
    /// The comma-separated bootstrap string of `cluster` (a name or an ARN)
    /// for the listener `auth` selects, its public one when `public`.
    fn bootstrap_servers<'a>(
        &'a self,
        cluster: &'a str,
        auth: BootstrapAuth,
        public: bool,
    ) -> BoxFuture<'a, anyhow::Result<String>>;
}

/// Asks the MSK API, with the standard AWS credential chain.
#[derive(Debug, Clone)]
pub struct AwsBootstrap {
    pub aws: AwsSettings,
    /// Bounds each AWS call (capped at two minutes: a long `--timeout` is
    /// meant for waits, not single calls).
    pub timeout: Duration,
}

impl BootstrapLookup for AwsBootstrap {
    fn bootstrap_servers<'a>(
        &'a self,
        cluster: &'a str,
        auth: BootstrapAuth,
        public: bool,
    ) -> BoxFuture<'a, anyhow::Result<String>> {
        Box::pin(async move {
            let msk = Msk::connect(&self.aws, self.timeout.min(MAX_CALL_TIMEOUT)).await?;
            msk.bootstrap_servers(cluster, auth, public).await
        })
    }
}

impl BootstrapLookup for Msk {
    fn bootstrap_servers<'a>(
        &'a self,
        cluster: &'a str,
        auth: BootstrapAuth,
        public: bool,
    ) -> BoxFuture<'a, anyhow::Result<String>> {
        Box::pin(async move {
            let arn = self.resolve(cluster).await?;
            self.bootstrap(&arn, auth, public).await
        })
    }
}

impl BootstrapAuth {
    /// The security protocol MSK's listener for this auth speaks.
    pub fn security_protocol(self) -> SecurityProtocol {
        match self {
            BootstrapAuth::Iam | BootstrapAuth::Scram => SecurityProtocol::SaslSsl,
            BootstrapAuth::Tls => SecurityProtocol::Ssl,
            BootstrapAuth::Plaintext => SecurityProtocol::Plaintext,
        }
    }

    /// The listener that speaks what these connection settings speak: IAM
    /// for AWS_MSK_IAM, SCRAM for another SASL mechanism, TLS for SSL
    /// without SASL, else plaintext.
    pub fn spoken_by(protocol: SecurityProtocol, mechanism: Option<SaslMechanism>) -> Self {
        match (protocol, mechanism) {
            (_, Some(SaslMechanism::AwsMskIam)) => BootstrapAuth::Iam,
            (_, Some(_)) => BootstrapAuth::Scram,
            (SecurityProtocol::Ssl, None) => BootstrapAuth::Tls,
            _ => BootstrapAuth::Plaintext,
        }
    }
}
