//! MSK Serverless clusters: created through CreateClusterV2 (IAM only);
//! described, listed and deleted through the calls provisioned clusters
//! use.

use aws_sdk_kafka::types as sdk;

use super::errors::aws_error;
use super::Msk;
use crate::msk::model::{ClusterSpec, ServerlessSpec};

impl Msk {
    /// CreateClusterV2 with a Serverless shape; returns the cluster ARN.
    pub(super) async fn create_serverless(
        &self,
        spec: &ClusterSpec,
        serverless: &ServerlessSpec,
    ) -> anyhow::Result<String> {
        let vpc = sdk::VpcConfig::builder()
            .set_subnet_ids(Some(serverless.subnets.clone()))
            .set_security_group_ids(if serverless.security_groups.is_empty() {
                None
            } else {
                Some(serverless.security_groups.clone())
            })
            .build();
        let shape = sdk::ServerlessRequest::builder()
            .vpc_configs(vpc)
            .client_authentication(
                sdk::ServerlessClientAuthentication::builder()
                    .sasl(
                        sdk::ServerlessSasl::builder()
                            .iam(sdk::Iam::builder().enabled(true).build())
                            .build(),
                    )
                    .build(),
            )
            .build();
        let r = self
            .client
            .create_cluster_v2()
            .cluster_name(&spec.name)
            .serverless(shape)
            .set_tags(if spec.tags.is_empty() {
                None
            } else {
                Some(spec.tags.clone().into_iter().collect())
            })
            .send()
            .await
            .map_err(|e| {
                aws_error(
                    &format!("cannot create MSK Serverless cluster {}", spec.name),
                    e,
                )
            })?;
        r.cluster_arn()
            .map(str::to_owned)
            .ok_or_else(|| anyhow::anyhow!("MSK created {} without returning its ARN", spec.name))
    }
}
