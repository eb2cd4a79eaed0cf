//! The cluster control (find, update, follow an operation) the MSK executor
//! and the waits drive, over the same client.

use super::*;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail};
use aws_sdk_kafka::types as sdk;

use crate::msk::control::{ClusterControl, OperationFailed, OperationOutcome, WaitStatus};
use crate::msk::model::{
    ClientAuth, ClientBrokerEncryption, ClusterInfo, ClusterSpec, ClusterState, ConfigurationRef,
    Monitoring, Throughput,
};

pub(super) fn operation_arn_of(what: &str, arn: Option<&str>) -> anyhow::Result<String> {
    arn.map(str::to_owned)
        .ok_or_else(|| anyhow!("MSK accepted the {what} but returned no operation ARN"))
}

impl ClusterControl for Msk {
    async fn find(&self, name: &str) -> anyhow::Result<Option<ClusterInfo>> {
        let listed = self.list_raw(Some(name)).await?;
        match listed.iter().find(|c| c.cluster_name() == Some(name)) {
            Some(c) => {
                let arn = c
                    .cluster_arn()
                    .ok_or_else(|| anyhow!("MSK listed cluster {name} without an ARN"))?;
                Ok(Some(self.describe_detail_any(arn).await?.info))
            }
            None => Ok(None),
        }
    }

    async fn create(&self, spec: &ClusterSpec) -> anyhow::Result<String> {
        if let Some(s) = &spec.serverless {
            return self.create_serverless(spec, s).await;
        }
        let storage = sdk::StorageInfo::builder()
            .ebs_storage_info(
                sdk::EbsStorageInfo::builder()
                    .volume_size(spec.storage_gib)
                    .build(),
            )
            .build();
        let mut nodes = sdk::BrokerNodeGroupInfo::builder()
            .set_client_subnets(Some(spec.client_subnets.clone()))
            .instance_type(&spec.instance_type)
            .set_security_groups(Some(spec.security_groups.clone()));
        // Express brokers have no customer-sized storage.
        if !spec.instance_type.starts_with("express.") {
            nodes = nodes.storage_info(storage);
        }
        let mut req = self
            .client
            .create_cluster()
            .cluster_name(&spec.name)
            .kafka_version(&spec.kafka_version)
            .number_of_broker_nodes(spec.broker_count)
            .broker_node_group_info(nodes.build())
            .client_authentication(sdk_client_auth(&spec.client_auth))
            .set_tags(if spec.tags.is_empty() {
                None
            } else {
                Some(spec.tags.clone().into_iter().collect())
            });
        if let Some(enc) = &spec.encryption {
            req = req.encryption_info(sdk_encryption(enc));
        }
        if let Some(c) = &spec.configuration {
            req = req.configuration_info(
                sdk::ConfigurationInfo::builder()
                    .arn(&c.arn)
                    .revision(c.revision)
                    .build(),
            );
        }
        if let Some(m) = &spec.monitoring {
            req = req
                .enhanced_monitoring(sdk::EnhancedMonitoring::from(m.enhanced.as_str()))
                .open_monitoring(sdk_open_monitoring(m));
        }
        let r = req
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot create MSK cluster {}", spec.name), e))?;
        r.cluster_arn()
            .map(str::to_owned)
            .ok_or_else(|| anyhow!("MSK accepted cluster {} but returned no ARN", spec.name))
    }

    async fn update_broker_count(
        &self,
        arn: &str,
        current_version: &str,
        count: i32,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_broker_count()
            .cluster_arn(arn)
            .current_version(current_version)
            .target_number_of_broker_nodes(count)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the broker count of {arn}"), e))?;
        operation_arn_of("broker count update", r.cluster_operation_arn())
    }

    async fn update_storage(
        &self,
        arn: &str,
        current_version: &str,
        storage_gib: i32,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_broker_storage()
            .cluster_arn(arn)
            .current_version(current_version)
            .target_broker_ebs_volume_info(
                sdk::BrokerEbsVolumeInfo::builder()
                    .kafka_broker_node_id("All")
                    .volume_size_gb(storage_gib)
                    .build(),
            )
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the broker storage of {arn}"), e))?;
        operation_arn_of("storage update", r.cluster_operation_arn())
    }

    async fn update_broker_type(
        &self,
        arn: &str,
        current_version: &str,
        instance_type: &str,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_broker_type()
            .cluster_arn(arn)
            .current_version(current_version)
            .target_instance_type(instance_type)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the broker type of {arn}"), e))?;
        operation_arn_of("broker type update", r.cluster_operation_arn())
    }

    async fn update_configuration(
        &self,
        arn: &str,
        current_version: &str,
        configuration: &ConfigurationRef,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_cluster_configuration()
            .cluster_arn(arn)
            .current_version(current_version)
            .configuration_info(
                sdk::ConfigurationInfo::builder()
                    .arn(&configuration.arn)
                    .revision(configuration.revision)
                    .build(),
            )
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the configuration of {arn}"), e))?;
        operation_arn_of("configuration update", r.cluster_operation_arn())
    }

    async fn update_monitoring(
        &self,
        arn: &str,
        current_version: &str,
        monitoring: &Monitoring,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_monitoring()
            .cluster_arn(arn)
            .current_version(current_version)
            .enhanced_monitoring(sdk::EnhancedMonitoring::from(monitoring.enhanced.as_str()))
            .open_monitoring(sdk_open_monitoring(monitoring))
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the monitoring of {arn}"), e))?;
        operation_arn_of("monitoring update", r.cluster_operation_arn())
    }

    async fn update_security(
        &self,
        arn: &str,
        current_version: &str,
        auth: &ClientAuth,
        client_broker: ClientBrokerEncryption,
    ) -> anyhow::Result<String> {
        let r = self
            .client
            .update_security()
            .cluster_arn(arn)
            .current_version(current_version)
            .client_authentication(sdk_client_auth_update(auth))
            .encryption_info(
                sdk::EncryptionInfo::builder()
                    .encryption_in_transit(
                        sdk::EncryptionInTransit::builder()
                            .client_broker(sdk::ClientBroker::from(client_broker.as_str()))
                            .build(),
                    )
                    .build(),
            )
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the security settings of {arn}"), e))?;
        operation_arn_of("security update", r.cluster_operation_arn())
    }

    async fn update_public_access(
        &self,
        arn: &str,
        current_version: &str,
        on: bool,
    ) -> anyhow::Result<String> {
        let kind = if on {
            "SERVICE_PROVIDED_EIPS"
        } else {
            "DISABLED"
        };
        let r = self
            .client
            .update_connectivity()
            .cluster_arn(arn)
            .current_version(current_version)
            .connectivity_info(
                sdk::ConnectivityInfo::builder()
                    .public_access(sdk::PublicAccess::builder().r#type(kind).build())
                    .build(),
            )
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the public access of {arn}"), e))?;
        operation_arn_of("connectivity update", r.cluster_operation_arn())
    }

    async fn update_storage_settings(
        &self,
        arn: &str,
        current_version: &str,
        storage_mode: Option<&str>,
        throughput: Option<&Throughput>,
    ) -> anyhow::Result<String> {
        let mut req = self
            .client
            .update_storage()
            .cluster_arn(arn)
            .current_version(current_version);
        if let Some(m) = storage_mode {
            req = req.storage_mode(sdk::StorageMode::from(m));
        }
        if let Some(t) = throughput {
            req = req.provisioned_throughput(
                sdk::ProvisionedThroughput::builder()
                    .enabled(t.enabled)
                    .set_volume_throughput(t.volume_throughput.filter(|_| t.enabled))
                    .build(),
            );
        }
        let r = req
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot change the storage settings of {arn}"), e))?;
        operation_arn_of("storage update", r.cluster_operation_arn())
    }

    async fn scram_secrets(&self, arn: &str) -> anyhow::Result<Vec<String>> {
        Msk::scram_secrets(self, arn).await
    }

    async fn associate_scram_secrets(
        &self,
        arn: &str,
        secrets: &[String],
    ) -> anyhow::Result<Vec<String>> {
        let failed = Msk::associate_scram_secrets(self, arn, secrets).await?;
        Ok(failed.iter().map(|f| f.to_string()).collect())
    }

    async fn disassociate_scram_secrets(
        &self,
        arn: &str,
        secrets: &[String],
    ) -> anyhow::Result<Vec<String>> {
        let failed = Msk::disassociate_scram_secrets(self, arn, secrets).await?;
        Ok(failed.iter().map(|f| f.to_string()).collect())
    }

    async fn tag(
        &self,
        arn: &str,
        tags: &std::collections::BTreeMap<String, String>,
    ) -> anyhow::Result<()> {
        self.client
            .tag_resource()
            .resource_arn(arn)
            .set_tags(Some(tags.clone().into_iter().collect()))
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot tag {arn}"), e))?;
        Ok(())
    }

    async fn untag(&self, arn: &str, keys: &[String]) -> anyhow::Result<()> {
        self.client
            .untag_resource()
            .resource_arn(arn)
            .set_tag_keys(Some(keys.to_vec()))
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot remove tags of {arn}"), e))?;
        Ok(())
    }

    async fn compatible_kafka_versions(&self, arn: &str) -> anyhow::Result<Vec<String>> {
        Msk::compatible_kafka_versions(self, arn).await
    }

    async fn update_kafka_version(
        &self,
        arn: &str,
        current_version: &str,
        target: &str,
    ) -> anyhow::Result<String> {
        Msk::update_kafka_version(self, arn, current_version, target).await
    }

    async fn wait_for_operation(
        &self,
        cluster_arn: &str,
        operation_arn: &str,
        timeout: Duration,
        progress: &mut (dyn FnMut(&WaitStatus) + Send),
    ) -> anyhow::Result<ClusterInfo> {
        let start = Instant::now();
        let mut delay = self.poll_min;
        let name = short_name(cluster_arn).to_owned();
        loop {
            let resp = self
                .client
                .describe_cluster_operation_v2()
                .cluster_operation_arn(operation_arn)
                .send()
                .await
                .map_err(|e| aws_error(&format!("cannot describe operation {operation_arn}"), e))?;
            let o = resp.cluster_operation_info().ok_or_else(|| {
                anyhow!("MSK described operation {operation_arn} without details")
            })?;
            let kind = o.operation_type().unwrap_or_default().to_owned();
            let state = o.operation_state().unwrap_or_default().to_owned();
            progress(&WaitStatus {
                cluster: name.clone(),
                state: ClusterState::Updating,
                operation: Some((kind.clone(), state.clone())),
                elapsed: start.elapsed(),
            });
            match OperationOutcome::of(&state) {
                OperationOutcome::Complete => {
                    // MSK marks the operation complete as the cluster turns
                    // ACTIVE; one more read returns it as it now is.
                    let left = timeout.saturating_sub(start.elapsed()).max(self.poll_max);
                    return self
                        .wait_for_state(cluster_arn, ClusterState::Active, left, progress)
                        .await;
                }
                OperationOutcome::Failed => {
                    let info = o.error_info();
                    return Err(OperationFailed {
                        cluster: name,
                        operation_arn: operation_arn.to_owned(),
                        operation_type: kind,
                        state,
                        error_code: info
                            .and_then(|e| e.error_code())
                            .unwrap_or("(no error code)")
                            .to_owned(),
                        error_string: info
                            .and_then(|e| e.error_string())
                            .unwrap_or("(MSK gave no error string)")
                            .to_owned(),
                    }
                    .into());
                }
                OperationOutcome::Running => {}
            }
            if start.elapsed() >= timeout {
                bail!(
                    "timed out after {} waiting for operation {kind} on cluster {name} to finish (it is {state}); \
                     the operation goes on in AWS. Check on it with: mskctl cluster operations {name}",
                    humantime::format_duration(round_secs(timeout))
                );
            }
            self.sleep(&mut delay, start, timeout).await;
        }
    }

    async fn wait_for_state(
        &self,
        arn: &str,
        state: ClusterState,
        timeout: Duration,
        progress: &mut (dyn FnMut(&WaitStatus) + Send),
    ) -> anyhow::Result<ClusterInfo> {
        let start = Instant::now();
        let mut delay = self.poll_min;
        loop {
            // Waits serve Serverless clusters too (creation, deletion).
            let detail = self.describe_detail_any(arn).await?;
            let operation = match &detail.active_operation {
                Some(op) => self.operation_status(op).await,
                None => None,
            };
            let name = detail.info.name.clone();
            let now = detail.info.state.clone();
            progress(&WaitStatus {
                cluster: name.clone(),
                state: now.clone(),
                operation: operation.clone(),
                elapsed: start.elapsed(),
            });
            if now == state {
                return Ok(detail.info);
            }
            if now == ClusterState::Deleting && state != ClusterState::Deleting {
                bail!("cluster {name} is being deleted; it will not become {state}");
            }
            if now == ClusterState::Failed {
                let why = detail
                    .state_message
                    .map(|m| format!(" ({m})"))
                    .unwrap_or_default();
                bail!("cluster {name} is FAILED{why}; it will not become {state}");
            }
            if start.elapsed() >= timeout {
                let op = operation
                    .map(|(t, s)| format!(", operation {t} {s}"))
                    .unwrap_or_default();
                bail!(
                    "timed out after {} waiting for cluster {name} to become {state} (it is {now}{op}); \
                     the operation goes on in AWS. Resume waiting with: mskctl cluster wait {name}",
                    humantime::format_duration(round_secs(timeout))
                );
            }
            self.sleep(&mut delay, start, timeout).await;
        }
    }
}
