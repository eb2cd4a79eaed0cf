//! Loading AWS settings through the SDK's standard chain.
//!
//! Everything the SDK already reads stays with the SDK: credentials
//! (environment, profile, SSO, web identity, container and instance
//! metadata), `AWS_PROFILE`, `AWS_REGION`, and endpoint overrides
//! (`AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_KAFKA`). We only layer the two
//! flags on top and bound every call in time.

use std::time::Duration;

use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region, SdkConfig};

/// AWS overrides from flags or a context; `None` leaves the SDK's chain alone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AwsSettings {
    pub profile: Option<String>,
    pub region: Option<String>,
}

/// Attempts per call, including the first: the SDK's standard retry mode
/// backs off exponentially with jitter on throttling and transient errors.
const MAX_ATTEMPTS: u32 = 5;

/// The SDK configuration for this invocation. `timeout` bounds each call
/// with its retries together (`--timeout` is the command's deadline, not a
/// per-attempt allowance: five attempts at a black-holed endpoint must not
/// take five times the bound), and so each attempt too; connecting gets a
/// shorter bound so an unreachable endpoint leaves time for a retry.
pub async fn sdk_config(settings: &AwsSettings, timeout: Duration) -> SdkConfig {
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .retry_config(RetryConfig::standard().with_max_attempts(MAX_ATTEMPTS))
        .timeout_config(
            TimeoutConfig::builder()
                .connect_timeout(timeout.min(Duration::from_secs(10)))
                .operation_attempt_timeout(timeout)
                .operation_timeout(timeout)
                .build(),
        );
    if let Some(profile) = &settings.profile {
        loader = loader.profile_name(profile);
    }
    if let Some(region) = &settings.region {
        loader = loader.region(Region::new(region.clone()));
    }
    loader.load().await
}

/// The region the SDK settled on, or an error telling the user how to set one.
pub fn region_of(config: &SdkConfig) -> anyhow::Result<String> {
    config
        .region()
        .map(|r| r.as_ref().to_owned())
        .ok_or_else(|| {
            anyhow::anyhow!(
                "no AWS region: pass --region, set AWS_REGION, or set region in the AWS profile"
            )
        })
}
