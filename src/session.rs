//! One invocation's settings, resolved once: how to write results, how long
//! to wait, how to answer confirmations, and which cluster to connect to.
//!
//! The command layer builds a [`Session`] from the parsed flags; everything
//! that connects goes through it, so flags, `MSKCTL_*` variables, the
//! selected context and an MSK bootstrap lookup are combined in one place
//! and once per session.

use std::time::Duration;

use tokio::sync::OnceCell;
use tokio::time::Instant;

use crate::context::{self, Overrides, Resolved};
use crate::kafka::{Admin, ConnectionSettings};
use crate::msk::bootstrap::AwsBootstrap;
use crate::msk::client::BootstrapAuth;
use crate::ops::Confirm;
use crate::render::OutputFormat;

#[derive(Debug)]
pub struct Session {
    pub output: OutputFormat,
    /// `--timeout`: the deadline of the command's network work, counted
    /// from `started` (waits with their own bound renew it per poll).
    pub timeout: Duration,
    started: Instant,
    /// How questions before risky changes are answered.
    pub confirm: Confirm,
    overrides: Overrides,
    /// The finished connection settings, on first use.
    connection: OnceCell<ConnectionSettings>,
}

impl Session {
    pub fn new(
        output: OutputFormat,
        timeout: Duration,
        confirm: Confirm,
        overrides: Overrides,
    ) -> Session {
        Session {
            output,
            timeout,
            started: Instant::now(),
            confirm,
            overrides,
            connection: OnceCell::new(),
        }
    }

    pub fn overrides(&self) -> &Overrides {
        &self.overrides
    }

    /// The connection as far as it is known without AWS (flags > env >
    /// context > defaults); fails when nothing names a cluster.
    pub fn resolve(&self) -> anyhow::Result<Resolved> {
        context::resolve(&self.overrides)
    }

    /// The schema registries flags and context name (none configured is
    /// not an error: the caller decides whether it needs one).
    pub fn registries(&self) -> anyhow::Result<crate::registry::Registries> {
        context::resolve_registry(&self.overrides)
    }

    /// The finished connection settings, an MSK cluster's bootstrap servers
    /// looked up. Resolved on the first call and kept, so every connection
    /// of the session shares them (and an IAM signer's cached token).
    pub async fn connection(&self) -> anyhow::Result<&ConnectionSettings> {
        self.connection
            .get_or_try_init(|| async {
                let msk = AwsBootstrap {
                    aws: self.overrides.aws.clone(),
                    timeout: self.timeout,
                };
                self.resolve()?.lookup(&msk).await
            })
            .await
    }

    /// An admin client on the session's cluster.
    pub async fn admin(&self) -> anyhow::Result<Admin> {
        let settings = self.connection().await?.clone();
        let deadline = self.started + self.timeout;
        Ok(Admin::connect_until(settings, self.timeout, deadline).await?)
    }

    /// The same session aimed at the MSK cluster `cluster` (name or ARN),
    /// through the listener given with the flags, else `listener`. Given
    /// bootstrap servers are not dropped: naming both stays a usage error.
    pub fn on_msk_cluster(&self, cluster: &str, listener: BootstrapAuth) -> Session {
        let mut overrides = self.overrides.clone();
        overrides.msk_cluster = Some(cluster.to_owned());
        overrides.msk_auth.get_or_insert(listener);
        Session {
            started: self.started,
            ..Session::new(self.output, self.timeout, self.confirm, overrides)
        }
    }

    /// The MSK listener that speaks what the flags and context configure,
    /// if they configure a connection at all.
    pub fn configured_listener(&self) -> Option<BootstrapAuth> {
        let resolved = self.resolve().ok()?;
        Some(BootstrapAuth::spoken_by(
            resolved.security_protocol,
            resolved.sasl.map(|s| s.mechanism),
        ))
    }
}
