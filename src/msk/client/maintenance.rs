//! Calls that maintain a running cluster rather than reshape it: intelligent
//! rebalancing (Express), broker reboots and Kafka version upgrades.

use super::*;

use aws_sdk_kafka::types as sdk;

use super::control::operation_arn_of;

impl Msk {
    /// Sets intelligent rebalancing to `status` (`ACTIVE` or `PAUSED`);
    /// returns the operation MSK started. Express clusters only: MSK
    /// answers BadRequestException for others.
    pub async fn update_rebalancing(
        &self,
        arn: &str,
        current_version: &str,
        status: &str,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_rebalancing()
            .cluster_arn(arn)
            .current_version(current_version)
            .rebalancing(
                sdk::Rebalancing::builder()
                    .status(sdk::RebalancingStatus::from(status))
                    .build(),
            )
            .send()
            .await
            .map_err(|e| {
                aws_error(
                    &format!("cannot set intelligent rebalancing of {arn} to {status}"),
                    e,
                )
            })?;
        operation_arn_of("rebalancing update", r.cluster_operation_arn())
    }

    /// Reboots one broker (MSK reboots one at a time); returns the
    /// operation MSK started.
    pub async fn reboot_broker(&self, arn: &str, broker_id: i32) -> anyhow::Result<String> {
        let r = self
            .client
            .reboot_broker()
            .cluster_arn(arn)
            .broker_ids(broker_id.to_string())
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot reboot broker {broker_id} of {arn}"), e))?;
        operation_arn_of("broker reboot", r.cluster_operation_arn())
    }

    /// The Kafka versions MSK can move the cluster to from the version it
    /// runs now, in MSK's order.
    pub async fn compatible_kafka_versions(&self, arn: &str) -> anyhow::Result<Vec<String>> {
        let r = self
            .client
            .get_compatible_kafka_versions()
            .cluster_arn(arn)
            .send()
            .await
            .map_err(|e| {
                aws_error(
                    &format!("cannot read the Kafka versions {arn} can move to"),
                    e,
                )
            })?;
        let mut out: Vec<String> = Vec::new();
        for c in r.compatible_kafka_versions() {
            for v in c.target_versions() {
                if !out.contains(v) {
                    out.push(v.clone());
                }
            }
        }
        Ok(out)
    }

    /// Starts the upgrade to `target`; returns the operation.
    pub async fn update_kafka_version(
        &self,
        arn: &str,
        current_version: &str,
        target: &str,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_cluster_kafka_version()
            .cluster_arn(arn)
            .current_version(current_version)
            .target_kafka_version(target)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot move {arn} to Kafka {target}"), e))?;
        operation_arn_of("Kafka version update", r.cluster_operation_arn())
    }
}
