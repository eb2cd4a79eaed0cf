//! `topic create`: the inputs are checked with the manifest validators
//! before any request, then the topic is created (a safe action in the
//! rulebook, so it is never asked about).

use std::collections::BTreeMap;

use anyhow::anyhow;

use super::usage_problems;
use crate::kafka::admin::NewTopic;
use crate::kafka::error::TOPIC_ALREADY_EXISTS;
use crate::kafka::Admin;
use crate::manifest::{
    partitions_problem, replication_factor_problem, topic_config_problem, topic_name_problem,
};

pub struct CreateTopicOptions {
    pub name: String,
    pub partitions: i32,
    pub replication_factor: i16,
    /// Topic configs; a later pair for the same key wins.
    pub configs: Vec<(String, String)>,
    /// An existing topic is success, not an error.
    pub if_not_exists: bool,
    /// Ask the cluster to check the request without creating anything.
    pub validate_only: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreateOutcome {
    Created,
    /// `validate_only`: the cluster accepted the request, nothing created.
    Valid,
    /// `if_not_exists` and the topic was there.
    AlreadyExists,
}

/// The offline checks, as `validate` does them for a manifest's Topic.
pub fn check(opts: &CreateTopicOptions) -> anyhow::Result<()> {
    let mut problems: Vec<String> = [
        topic_name_problem(&opts.name),
        partitions_problem(opts.partitions.into()),
        replication_factor_problem(opts.replication_factor.into()),
    ]
    .into_iter()
    .flatten()
    .collect();
    problems.extend(
        opts.configs
            .iter()
            .filter_map(|(k, v)| topic_config_problem(k, v)),
    );
    problems.extend(super::repeated_keys(&opts.configs));
    usage_problems(problems)
}

pub async fn create_topic(
    admin: &Admin,
    opts: &CreateTopicOptions,
) -> anyhow::Result<CreateOutcome> {
    check(opts)?;
    let configs: BTreeMap<String, String> = opts.configs.iter().cloned().collect();
    let topic = NewTopic {
        name: opts.name.clone(),
        partitions: opts.partitions,
        replication_factor: opts.replication_factor,
        configs: configs.into_iter().collect(),
    };
    let name = &opts.name;
    let mut results = admin.create_topics(&[topic], opts.validate_only).await?;
    let (_, result) = results
        .pop()
        .ok_or_else(|| anyhow!("the broker did not answer for topic '{name}'"))?;
    match result {
        Ok(()) if opts.validate_only => Ok(CreateOutcome::Valid),
        Ok(()) => Ok(CreateOutcome::Created),
        Err(e) if opts.if_not_exists && e.code() == Some(TOPIC_ALREADY_EXISTS) => {
            Ok(CreateOutcome::AlreadyExists)
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(name: &str, partitions: i32, configs: &[(&str, &str)]) -> CreateTopicOptions {
        CreateTopicOptions {
            name: name.into(),
            partitions,
            replication_factor: 1,
            configs: configs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            if_not_exists: false,
            validate_only: false,
        }
    }

    #[test]
    fn bad_inputs_are_usage_errors() {
        for bad in [
            opts("has space", 1, &[]),
            opts("bell\u{7}", 1, &[]),
            opts("", 1, &[]),
            opts(&"x".repeat(250), 1, &[]),
            opts("t", i32::MAX, &[]),
            opts("t", 1, &[("retention.msx", "1")]),
            opts("t", 1, &[("retention.ms", "7d")]),
        ] {
            let e = check(&bad).unwrap_err();
            assert!(e.chain().any(|c| c.is::<crate::error::UsageError>()), "{e}");
        }
        assert!(check(&opts("orders.v1", 12, &[("cleanup.policy", "compact")])).is_ok());
    }
}
