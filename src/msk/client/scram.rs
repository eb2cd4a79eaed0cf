//! SCRAM secrets (AWS Secrets Manager) associated with a cluster:
//! ListScramSecrets, BatchAssociateScramSecret, BatchDisassociateScramSecret.
//! MSK keeps SASL/SCRAM users as secrets, not in Kafka, so these are how an
//! MSK cluster's SCRAM users are added and removed.

use serde::Serialize;

use super::errors::aws_error;
use super::Msk;
use crate::msk::rules::SCRAM_SECRETS_PER_CALL;

/// A secret MSK did not associate (or disassociate), with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UnprocessedSecret {
    pub secret_arn: String,
    pub error_code: String,
    pub error_message: String,
}

impl std::fmt::Display for UnprocessedSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.secret_arn, self.error_code, self.error_message
        )
    }
}

impl Msk {
    /// The secrets associated with the cluster, sorted.
    pub async fn scram_secrets(&self, arn: &str) -> anyhow::Result<Vec<String>> {
        // The SDK's paginator follows NextToken.
        let mut out = self
            .client
            .list_scram_secrets()
            .cluster_arn(arn)
            .into_paginator()
            .items()
            .send()
            .try_collect()
            .await
            .map_err(|e| aws_error(&format!("cannot list the SCRAM secrets of {arn}"), e))?;
        out.sort();
        Ok(out)
    }

    /// Associates the secrets, at most [`SCRAM_SECRETS_PER_CALL`] per call
    /// as MSK allows; returns the ones MSK did not process.
    pub async fn associate_scram_secrets(
        &self,
        arn: &str,
        secrets: &[String],
    ) -> anyhow::Result<Vec<UnprocessedSecret>> {
        in_chunks(secrets, |chunk| async move {
            let resp = self
                .client
                .batch_associate_scram_secret()
                .cluster_arn(arn)
                .set_secret_arn_list(Some(chunk))
                .send()
                .await
                .map_err(|e| aws_error(&format!("cannot associate SCRAM secrets with {arn}"), e))?;
            Ok(resp
                .unprocessed_scram_secrets()
                .iter()
                .map(convert)
                .collect())
        })
        .await
    }

    /// Disassociates the secrets; returns the ones MSK did not process.
    pub async fn disassociate_scram_secrets(
        &self,
        arn: &str,
        secrets: &[String],
    ) -> anyhow::Result<Vec<UnprocessedSecret>> {
        in_chunks(secrets, |chunk| async move {
            let resp = self
                .client
                .batch_disassociate_scram_secret()
                .cluster_arn(arn)
                .set_secret_arn_list(Some(chunk))
                .send()
                .await
                .map_err(|e| {
                    aws_error(&format!("cannot disassociate SCRAM secrets from {arn}"), e)
                })?;
            Ok(resp
                .unprocessed_scram_secrets()
                .iter()
                .map(convert)
                .collect())
        })
        .await
    }
}

/// Runs a batch call per [`SCRAM_SECRETS_PER_CALL`] secrets, one after
/// another, and gathers what MSK did not process.
async fn in_chunks<F, Fut>(
    secrets: &[String],
    mut call: F,
) -> anyhow::Result<Vec<UnprocessedSecret>>
where
    F: FnMut(Vec<String>) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<Vec<UnprocessedSecret>>>,
{
    let mut unprocessed = Vec::new();
    for chunk in secrets.chunks(SCRAM_SECRETS_PER_CALL) {
        unprocessed.extend(call(chunk.to_vec()).await?);
    }
    Ok(unprocessed)
}

fn convert(u: &aws_sdk_kafka::types::UnprocessedScramSecret) -> UnprocessedSecret {
    UnprocessedSecret {
        secret_arn: u.secret_arn().unwrap_or_default().to_owned(),
        error_code: u.error_code().unwrap_or("error").to_owned(),
        error_message: u.error_message().unwrap_or_default().to_owned(),
    }
}
