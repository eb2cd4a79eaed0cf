//! Translation between the SDK's types and the shared model.

use super::*;
use std::time::Duration;

use anyhow::anyhow;
use aws_sdk_kafka::types as sdk;
use aws_smithy_types::date_time::Format;
use aws_smithy_types::DateTime;

use crate::error::UsageError;
use crate::msk::model::{
    ClientAuth, ClientBrokerEncryption, ClusterInfo, ClusterState, ConfigurationRef, Encryption,
    Monitoring, Throughput,
};

pub(super) fn rfc3339(t: &DateTime) -> String {
    t.fmt(Format::DateTime)
        .unwrap_or_else(|_| t.secs().to_string())
}

pub(super) fn round_secs(d: Duration) -> Duration {
    Duration::from_secs(d.as_secs())
}

/// The name part of a cluster ARN (`arn:...:cluster/NAME/UUID`), for messages.
pub fn short_name(arn: &str) -> &str {
    arn.split_once(":cluster/")
        .and_then(|(_, rest)| rest.split('/').next())
        .filter(|s| !s.is_empty())
        .unwrap_or(arn)
}

pub(super) fn summary_of(c: &sdk::Cluster) -> anyhow::Result<ClusterSummary> {
    let arn = c
        .cluster_arn()
        .ok_or_else(|| anyhow!("MSK listed a cluster without an ARN"))?;
    let p = c.provisioned();
    let nodes = p.and_then(|p| p.broker_node_group_info());
    Ok(ClusterSummary {
        name: c.cluster_name().unwrap_or_default().to_owned(),
        arn: arn.to_owned(),
        cluster_type: c
            .cluster_type()
            .map(|t| t.as_str().to_owned())
            .unwrap_or_else(|| "PROVISIONED".to_owned()),
        state: ClusterState::parse(c.state().map(|s| s.as_str()).unwrap_or("UNKNOWN")),
        kafka_version: p
            .and_then(|p| p.current_broker_software_info())
            .and_then(|s| s.kafka_version())
            .map(str::to_owned),
        broker_count: p.and_then(|p| p.number_of_broker_nodes()),
        instance_type: nodes.and_then(|n| n.instance_type()).map(str::to_owned),
        created: c.creation_time().map(rfc3339),
    })
}

/// A provisioned cluster in the shared model.
pub fn info_of(c: &sdk::Cluster) -> anyhow::Result<ClusterInfo> {
    let arn = c
        .cluster_arn()
        .ok_or_else(|| anyhow!("MSK described a cluster without an ARN"))?;
    let name = c.cluster_name().unwrap_or_default().to_owned();
    if c.serverless().is_some() || c.cluster_type() == Some(&sdk::ClusterType::Serverless) {
        return Err(UsageError(format!(
            "cluster {name} is an MSK Serverless cluster: this command applies to provisioned clusters only (for Serverless: cluster list|describe|delete|bootstrap --auth iam, and Cluster manifests with spec.serverless)"
        ))
        .into());
    }
    let p = c.provisioned();
    let nodes = p.and_then(|p| p.broker_node_group_info());
    let software = p.and_then(|p| p.current_broker_software_info());
    let auth = p.and_then(|p| p.client_authentication());
    let sasl = auth.and_then(|a| a.sasl());
    let tls = auth.and_then(|a| a.tls());
    let client_auth = ClientAuth {
        iam: sasl
            .and_then(|s| s.iam())
            .and_then(|i| i.enabled())
            .unwrap_or(false),
        scram: sasl
            .and_then(|s| s.scram())
            .and_then(|i| i.enabled())
            .unwrap_or(false),
        tls_certificate_authority_arns: tls
            .filter(|t| t.enabled() != Some(false))
            .map(|t| t.certificate_authority_arn_list().to_vec())
            .unwrap_or_default(),
        // MSK's default when client authentication is not configured at all.
        unauthenticated: match auth {
            None => true,
            Some(a) => a
                .unauthenticated()
                .and_then(|u| u.enabled())
                .unwrap_or(false),
        },
    };
    let enc = p.and_then(|p| p.encryption_info());
    let transit = enc.and_then(|e| e.encryption_in_transit());
    let encryption = Encryption {
        client_broker: match transit.and_then(|t| t.client_broker()) {
            Some(sdk::ClientBroker::Plaintext) => ClientBrokerEncryption::Plaintext,
            Some(sdk::ClientBroker::TlsPlaintext) => ClientBrokerEncryption::TlsPlaintext,
            _ => ClientBrokerEncryption::Tls,
        },
        in_cluster: transit.and_then(|t| t.in_cluster()).unwrap_or(true),
        at_rest_kms_key: enc
            .and_then(|e| e.encryption_at_rest())
            .and_then(|a| a.data_volume_kms_key_id())
            .filter(|k| !k.is_empty())
            .map(str::to_owned),
    };
    let prometheus = p
        .and_then(|p| p.open_monitoring())
        .and_then(|o| o.prometheus());
    let monitoring = Monitoring {
        enhanced: p
            .and_then(|p| p.enhanced_monitoring())
            .map(|m| m.as_str().to_owned())
            .unwrap_or_else(|| "DEFAULT".to_owned()),
        jmx_exporter: prometheus
            .and_then(|p| p.jmx_exporter())
            .and_then(|j| j.enabled_in_broker())
            .unwrap_or(false),
        node_exporter: prometheus
            .and_then(|p| p.node_exporter())
            .and_then(|j| j.enabled_in_broker())
            .unwrap_or(false),
    };
    let configuration = software.and_then(|s| {
        s.configuration_arn()
            .filter(|a| !a.is_empty())
            .map(|a| ConfigurationRef {
                arn: a.to_owned(),
                revision: s.configuration_revision().unwrap_or(1),
            })
    });
    let public_access = nodes
        .and_then(|n| n.connectivity_info())
        .and_then(|c| c.public_access())
        .and_then(|p| p.r#type())
        .is_some_and(|t| t == "SERVICE_PROVIDED_EIPS");
    Ok(ClusterInfo {
        name,
        arn: arn.to_owned(),
        state: ClusterState::parse(c.state().map(|s| s.as_str()).unwrap_or("UNKNOWN")),
        current_version: c.current_version().unwrap_or_default().to_owned(),
        kafka_version: software
            .and_then(|s| s.kafka_version())
            .unwrap_or_default()
            .to_owned(),
        broker_count: p.and_then(|p| p.number_of_broker_nodes()).unwrap_or(0),
        instance_type: nodes
            .and_then(|n| n.instance_type())
            .unwrap_or_default()
            .to_owned(),
        storage_gib: nodes
            .and_then(|n| n.storage_info())
            .and_then(|s| s.ebs_storage_info())
            .and_then(|e| e.volume_size())
            .unwrap_or(0),
        client_subnets: nodes
            .map(|n| n.client_subnets().to_vec())
            .unwrap_or_default(),
        security_groups: nodes
            .map(|n| n.security_groups().to_vec())
            .unwrap_or_default(),
        client_auth,
        encryption,
        configuration,
        monitoring,
        public_access,
        tags: c
            .tags()
            .map(|t| t.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default(),
        created: c.creation_time().map(rfc3339),
        rebalancing: p
            .and_then(|p| p.rebalancing())
            .and_then(|r| r.status())
            .map(|s| s.as_str().to_owned()),
        compatible_kafka_versions: None,
        scram_secrets: None,
        storage_mode: p
            .and_then(|p| p.storage_mode())
            .map(|m| m.as_str().to_owned()),
        provisioned_throughput: nodes
            .and_then(|n| n.storage_info())
            .and_then(|s| s.ebs_storage_info())
            .and_then(|e| e.provisioned_throughput())
            .map(|t| Throughput {
                enabled: t.enabled().unwrap_or(false),
                volume_throughput: t.volume_throughput(),
            })
            .unwrap_or_default(),
        serverless: false,
    })
}

/// A cluster of either type. A Serverless cluster has no brokers, storage
/// or configuration to show: it comes back with its name, state, version,
/// VPC settings and IAM, marked `serverless`.
pub fn info_of_any(c: &sdk::Cluster) -> anyhow::Result<ClusterInfo> {
    let Some(s) = c
        .serverless()
        .filter(|_| c.cluster_type() != Some(&sdk::ClusterType::Provisioned))
    else {
        return info_of(c);
    };
    let arn = c
        .cluster_arn()
        .ok_or_else(|| anyhow!("MSK described a cluster without an ARN"))?;
    let vpcs = s.vpc_configs();
    Ok(ClusterInfo {
        name: c.cluster_name().unwrap_or_default().to_owned(),
        arn: arn.to_owned(),
        state: ClusterState::parse(c.state().map(|s| s.as_str()).unwrap_or("UNKNOWN")),
        current_version: c.current_version().unwrap_or_default().to_owned(),
        kafka_version: String::new(),
        broker_count: 0,
        instance_type: String::new(),
        storage_gib: 0,
        client_subnets: vpcs.iter().flat_map(|v| v.subnet_ids().to_vec()).collect(),
        security_groups: vpcs
            .iter()
            .flat_map(|v| v.security_group_ids().to_vec())
            .collect(),
        client_auth: ClientAuth {
            iam: s
                .client_authentication()
                .and_then(|a| a.sasl())
                .and_then(|s| s.iam())
                .and_then(|i| i.enabled())
                .unwrap_or(true),
            ..ClientAuth::default()
        },
        encryption: Encryption::default(),
        configuration: None,
        monitoring: Monitoring::default(),
        public_access: false,
        tags: c
            .tags()
            .map(|t| t.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default(),
        created: c.creation_time().map(rfc3339),
        rebalancing: None,
        compatible_kafka_versions: None,
        scram_secrets: None,
        storage_mode: None,
        provisioned_throughput: Throughput::default(),
        serverless: true,
    })
}

pub(super) fn sdk_client_auth(a: &ClientAuth) -> sdk::ClientAuthentication {
    let mut b = sdk::ClientAuthentication::builder()
        .sasl(
            sdk::Sasl::builder()
                .iam(sdk::Iam::builder().enabled(a.iam).build())
                .scram(sdk::Scram::builder().enabled(a.scram).build())
                .build(),
        )
        .unauthenticated(
            sdk::Unauthenticated::builder()
                .enabled(a.unauthenticated)
                .build(),
        );
    if !a.tls_certificate_authority_arns.is_empty() {
        b = b.tls(
            sdk::Tls::builder()
                .enabled(true)
                .set_certificate_authority_arn_list(Some(a.tls_certificate_authority_arns.clone()))
                .build(),
        );
    }
    b.build()
}

/// For UpdateSecurity, every method is stated, mutual TLS too: an absent
/// one would mean "leave it as it is", and turning one off must be said.
pub(super) fn sdk_client_auth_update(a: &ClientAuth) -> sdk::ClientAuthentication {
    let mtls = !a.tls_certificate_authority_arns.is_empty();
    let mut tls = sdk::Tls::builder().enabled(mtls);
    if mtls {
        tls =
            tls.set_certificate_authority_arn_list(Some(a.tls_certificate_authority_arns.clone()));
    }
    sdk::ClientAuthentication::builder()
        .sasl(
            sdk::Sasl::builder()
                .iam(sdk::Iam::builder().enabled(a.iam).build())
                .scram(sdk::Scram::builder().enabled(a.scram).build())
                .build(),
        )
        .unauthenticated(
            sdk::Unauthenticated::builder()
                .enabled(a.unauthenticated)
                .build(),
        )
        .tls(tls.build())
        .build()
}

pub(super) fn sdk_encryption(e: &Encryption) -> sdk::EncryptionInfo {
    let mut b = sdk::EncryptionInfo::builder().encryption_in_transit(
        sdk::EncryptionInTransit::builder()
            .client_broker(sdk::ClientBroker::from(e.client_broker.as_str()))
            .in_cluster(e.in_cluster)
            .build(),
    );
    if let Some(key) = &e.at_rest_kms_key {
        b = b.encryption_at_rest(
            sdk::EncryptionAtRest::builder()
                .data_volume_kms_key_id(key)
                .build(),
        );
    }
    b.build()
}

pub(super) fn sdk_open_monitoring(m: &Monitoring) -> sdk::OpenMonitoringInfo {
    sdk::OpenMonitoringInfo::builder()
        .prometheus(
            sdk::PrometheusInfo::builder()
                .jmx_exporter(
                    sdk::JmxExporterInfo::builder()
                        .enabled_in_broker(m.jmx_exporter)
                        .build(),
                )
                .node_exporter(
                    sdk::NodeExporterInfo::builder()
                        .enabled_in_broker(m.node_exporter)
                        .build(),
                )
                .build(),
        )
        .build()
}
