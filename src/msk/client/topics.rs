//! Topics through the MSK API (ListTopics, DescribeTopic,
//! DescribeTopicPartitions, CreateTopic, UpdateTopic, DeleteTopic): topic
//! administration with IAM on the control plane, for callers with no
//! network path to the brokers.
//!
//! MSK carries topic configs as a Base64 string of a JSON object of
//! Kafka config keys to string values; that encoding stays in this file.
//! AWS documents these reads as eventually consistent: what they return may
//! be up to about a minute old, so callers that change topics wait for the
//! change to show (see `ops::topics_aws`).

use std::collections::BTreeMap;

use anyhow::{anyhow, Context as _};
use base64::Engine as _;
use serde::Serialize;

use super::errors::{aws_error, is_not_found};
use super::Msk;

/// A topic as the MSK API describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MskTopic {
    pub name: String,
    pub partitions: i32,
    pub replication_factor: i32,
    /// The topic's configs as DescribeTopic returns them.
    pub configs: BTreeMap<String, String>,
    /// ACTIVE, CREATING, UPDATING or DELETING.
    pub status: String,
}

/// One partition as DescribeTopicPartitions describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MskPartition {
    pub partition: i32,
    pub leader: Option<i32>,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
}

/// A topic as ListTopics lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MskTopicSummary {
    pub name: String,
    pub partitions: i32,
    pub replication_factor: i32,
    pub out_of_sync_replicas: i32,
}

/// Topic configs as MSK's `configs` member: Base64 of a JSON object.
pub fn encode_configs(configs: &BTreeMap<String, String>) -> anyhow::Result<String> {
    let json = serde_json::to_vec(configs).context("cannot encode topic configs")?;
    Ok(base64::engine::general_purpose::STANDARD.encode(json))
}

/// MSK's `configs` member back into keys and values; values that are not
/// strings (a number, a boolean) are kept as their JSON text.
pub fn decode_configs(text: &str) -> anyhow::Result<BTreeMap<String, String>> {
    if text.trim().is_empty() {
        return Ok(BTreeMap::new());
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .context("MSK returned topic configs that are not Base64")?;
    let value: serde_json::Value = serde_json::from_slice(&bytes)
        .context("MSK returned topic configs that are not a JSON object")?;
    let serde_json::Value::Object(map) = value else {
        return Err(anyhow!(
            "MSK returned topic configs that are not a JSON object"
        ));
    };
    Ok(map
        .into_iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, v)| match v {
            serde_json::Value::String(s) => (k, s),
            other => (k, other.to_string()),
        })
        .collect())
}

impl Msk {
    /// [`Msk::connect`], also returning the region the SDK settled on (for
    /// questions and reports that name the cluster acted on).
    pub async fn connect_in_region(
        settings: &super::super::aws::AwsSettings,
        timeout: std::time::Duration,
    ) -> anyhow::Result<(Msk, String)> {
        let config = super::super::aws::sdk_config(settings, timeout).await;
        let region = super::super::aws::region_of(&config)?;
        Ok((
            Msk::from_client(aws_sdk_kafka::Client::new(&config)),
            region,
        ))
    }

    /// Every topic of the cluster `arn`, sorted by name.
    pub async fn list_topics(&self, arn: &str) -> anyhow::Result<Vec<MskTopicSummary>> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let resp = self
                .client
                .list_topics()
                .cluster_arn(arn)
                .set_next_token(token.take())
                .send()
                .await
                .map_err(|e| aws_error("cannot list topics through the MSK API", e))?;
            out.extend(resp.topics().iter().map(|t| MskTopicSummary {
                name: t.topic_name().unwrap_or_default().to_owned(),
                partitions: t.partition_count().unwrap_or_default(),
                replication_factor: t.replication_factor().unwrap_or_default(),
                out_of_sync_replicas: t.out_of_sync_replica_count().unwrap_or_default(),
            }));
            match resp.next_token() {
                Some(t) if !t.is_empty() => token = Some(t.to_owned()),
                _ => break,
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// The topic `name`, or `None` when MSK says it does not exist.
    pub async fn describe_topic(&self, arn: &str, name: &str) -> anyhow::Result<Option<MskTopic>> {
        let resp = match self
            .client
            .describe_topic()
            .cluster_arn(arn)
            .topic_name(name)
            .send()
            .await
        {
            Ok(r) => r,
            Err(e) if is_not_found(&e) => return Ok(None),
            Err(e) => {
                return Err(aws_error(
                    &format!("cannot describe topic '{name}' through the MSK API"),
                    e,
                ))
            }
        };
        Ok(Some(MskTopic {
            name: resp.topic_name().unwrap_or(name).to_owned(),
            partitions: resp.partition_count().unwrap_or_default(),
            replication_factor: resp.replication_factor().unwrap_or_default(),
            configs: decode_configs(resp.configs().unwrap_or_default())?,
            status: resp
                .status()
                .map(|s| s.as_str().to_owned())
                .unwrap_or_else(|| "UNKNOWN".into()),
        }))
    }

    /// The partitions of topic `name`, in partition order.
    pub async fn topic_partitions(
        &self,
        arn: &str,
        name: &str,
    ) -> anyhow::Result<Vec<MskPartition>> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let resp = self
                .client
                .describe_topic_partitions()
                .cluster_arn(arn)
                .topic_name(name)
                .set_next_token(token.take())
                .send()
                .await
                .map_err(|e| {
                    aws_error(
                        &format!("cannot describe the partitions of topic '{name}'"),
                        e,
                    )
                })?;
            out.extend(resp.partitions().iter().map(|p| MskPartition {
                partition: p.partition().unwrap_or_default(),
                leader: p.leader(),
                replicas: p.replicas().to_vec(),
                isr: p.isr().to_vec(),
            }));
            match resp.next_token() {
                Some(t) if !t.is_empty() => token = Some(t.to_owned()),
                _ => break,
            }
        }
        out.sort_by_key(|p| p.partition);
        Ok(out)
    }

    pub async fn create_topic(
        &self,
        arn: &str,
        name: &str,
        partitions: i32,
        replication_factor: i32,
        configs: &BTreeMap<String, String>,
    ) -> anyhow::Result<()> {
        let encoded = (!configs.is_empty())
            .then(|| encode_configs(configs))
            .transpose()?;
        self.client
            .create_topic()
            .cluster_arn(arn)
            .topic_name(name)
            .partition_count(partitions)
            .replication_factor(replication_factor)
            .set_configs(encoded)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot create topic '{name}'"), e))?;
        Ok(())
    }

    /// UpdateTopic: a new partition count and/or the topic's configs.
    pub async fn update_topic(
        &self,
        arn: &str,
        name: &str,
        partitions: Option<i32>,
        configs: Option<&BTreeMap<String, String>>,
    ) -> anyhow::Result<()> {
        let encoded = configs.map(encode_configs).transpose()?;
        self.client
            .update_topic()
            .cluster_arn(arn)
            .topic_name(name)
            .set_partition_count(partitions)
            .set_configs(encoded)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot update topic '{name}'"), e))?;
        Ok(())
    }

    pub async fn delete_topic(&self, arn: &str, name: &str) -> anyhow::Result<()> {
        self.client
            .delete_topic()
            .cluster_arn(arn)
            .topic_name(name)
            .send()
            .await
            .map_err(|e| aws_error(&format!("cannot delete topic '{name}'"), e))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configs_round_trip_through_base64_json() {
        let configs: BTreeMap<String, String> = [
            ("cleanup.policy".to_string(), "compact".to_string()),
            ("retention.ms".to_string(), "86400000".to_string()),
        ]
        .into();
        let text = encode_configs(&configs).unwrap();
        assert_eq!(decode_configs(&text).unwrap(), configs);
        // What the AWS CLI documents: {"cleanup.policy":"compact"}.
        let aws = base64::engine::general_purpose::STANDARD
            .encode(br#"{"cleanup.policy":"compact","x":1}"#);
        let got = decode_configs(&aws).unwrap();
        assert_eq!(got["cleanup.policy"], "compact");
        assert_eq!(got["x"], "1");
        assert!(decode_configs("not base64!").is_err());
        assert!(decode_configs("").unwrap().is_empty());
    }
}
