//! `partition throttle list|clear`: the replication throttles on the
//! cluster (rates set per broker, throttled-replica lists set per topic),
//! whoever set them (a reassignment, kafka-reassign-partitions.sh, a
//! person), and their removal after a yes.
//!
//! Reading and removing go through the reassignment executor's helpers
//! ([`current_throttles`], [`restore_throttles`]), so both see and change
//! exactly the same configs.

use std::collections::BTreeSet;

use regex::Regex;
use serde::Serialize;

use super::confirm::{confirm_operation, Confirm, Prompt, Target};
use super::reassign::cluster::{current_throttles, restore_throttles};
use super::reassign::{Event, Events};
use crate::error::UsageError;
use crate::kafka::Admin;
use crate::plan::Operation;
use crate::reassign::execute::ThrottleUndo;

/// Which throttles a command looks at. With neither set, every broker and
/// every topic; with one set, only that kind of resource; with both, both.
#[derive(Debug, Clone, Default)]
pub struct ThrottleScope {
    /// Only these brokers' rates.
    pub brokers: Option<Vec<i32>>,
    /// Only the replica lists of topics matching this.
    pub topics: Option<Regex>,
}

/// The rate overrides of one broker, bytes per second as Kafka stores them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrokerThrottle {
    pub broker: i32,
    pub leader_rate: Option<String>,
    pub follower_rate: Option<String>,
}

/// The throttled-replica lists of one topic (`partition:broker,...` or `*`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicThrottle {
    pub topic: String,
    pub leader_replicas: Option<String>,
    pub follower_replicas: Option<String>,
}

/// The throttles found: only brokers and topics with at least one set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ThrottleList {
    pub brokers: Vec<BrokerThrottle>,
    pub topics: Vec<TopicThrottle>,
}

impl ThrottleList {
    pub fn is_empty(&self) -> bool {
        self.brokers.is_empty() && self.topics.is_empty()
    }

    /// One line per broker and topic, for the listing shown before a yes.
    pub fn lines(&self) -> Vec<String> {
        let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        let mut out = Vec::new();
        for b in &self.brokers {
            out.push(format!(
                "  broker {}: leader rate {}, follower rate {}",
                b.broker,
                show(&b.leader_rate),
                show(&b.follower_rate)
            ));
        }
        for t in &self.topics {
            out.push(format!(
                "  topic '{}': leader replicas {}, follower replicas {}",
                t.topic,
                show(&t.leader_replicas),
                show(&t.follower_replicas)
            ));
        }
        out
    }
}

/// The throttles set on the brokers and topics in scope.
pub async fn list(admin: &Admin, scope: &ThrottleScope) -> anyhow::Result<ThrottleList> {
    let everything = scope.brokers.is_none() && scope.topics.is_none();
    let brokers: BTreeSet<i32> = match &scope.brokers {
        Some(ids) => {
            let known: BTreeSet<i32> = admin
                .describe_cluster()
                .await?
                .brokers
                .iter()
                .map(|b| b.id)
                .collect();
            let unknown: Vec<String> = ids
                .iter()
                .filter(|id| !known.contains(id))
                .map(|id| id.to_string())
                .collect();
            if !unknown.is_empty() {
                return Err(UsageError(format!(
                    "no broker {} in the cluster (brokers: {})",
                    unknown.join(", "),
                    known
                        .iter()
                        .map(|id| id.to_string())
                        .collect::<Vec<_>>()
                        .join(",")
                ))
                .into());
            }
            ids.iter().copied().collect()
        }
        None if everything => admin
            .describe_cluster()
            .await?
            .brokers
            .iter()
            .map(|b| b.id)
            .collect(),
        None => BTreeSet::new(),
    };
    let topics: BTreeSet<String> = if everything || scope.topics.is_some() {
        // Internal topics included: a reassignment of __consumer_offsets
        // throttles it like any other topic.
        admin
            .list_topics()
            .await?
            .into_iter()
            .map(|t| t.name)
            .filter(|n| scope.topics.as_ref().is_none_or(|r| r.is_match(n)))
            .collect()
    } else {
        BTreeSet::new()
    };
    let found = if topics.is_empty() && brokers.is_empty() {
        ThrottleUndo::default()
    } else {
        current_throttles(admin, &topics, &brokers).await?
    };
    Ok(ThrottleList {
        brokers: found
            .brokers
            .into_iter()
            .filter(|(_, (l, f))| l.is_some() || f.is_some())
            .map(|(broker, (leader_rate, follower_rate))| BrokerThrottle {
                broker,
                leader_rate,
                follower_rate,
            })
            .collect(),
        topics: found
            .topics
            .into_iter()
            .filter(|(_, (l, f))| l.is_some() || f.is_some())
            .map(
                |(topic, (leader_replicas, follower_replicas))| TopicThrottle {
                    topic,
                    leader_replicas,
                    follower_replicas,
                },
            )
            .collect(),
    })
}

pub struct ClearOptions {
    pub scope: ThrottleScope,
    pub confirm: Confirm,
    pub target: Target,
}

/// What `clear` did: the throttles it removed (done), the resources it
/// could not change (`failures`, not done), and how many reassignments were
/// moving.
#[derive(Debug, Clone, Default)]
pub struct ClearResult {
    pub removed: ThrottleList,
    pub failures: Vec<String>,
    pub moving: usize,
}

/// Shows the throttles in scope, asks (always: lifting a throttle lets
/// replication use the whole network), and removes them. Nothing set:
/// nothing asked, an empty result.
pub async fn clear(
    admin: &Admin,
    opts: &ClearOptions,
    prompt: &mut dyn Prompt,
    events: &mut dyn Events,
) -> anyhow::Result<ClearResult> {
    let found = list(admin, &opts.scope).await?;
    if found.is_empty() {
        events.on(Event::Note(
            "no replication throttles are set; nothing to clear",
        ));
        return Ok(ClearResult::default());
    }
    let mut lines = vec!["Replication throttles to remove:".to_string()];
    lines.extend(found.lines());
    events.on(Event::Note(&lines.join("\n")));
    let moving = admin.list_reassignments(None).await?.len();
    if moving > 0 {
        events.on(Event::Note(&format!(
            "Warning: {moving} partition reassignment(s) are in progress. Without the throttles \
             nothing slows them down any more: their replication may saturate the network \
             and the brokers' disks."
        )));
    }
    confirm_operation(
        opts.confirm,
        Operation::RemoveThrottles,
        &format!(
            "Remove the replication throttles of {} broker(s) and {} topic(s){} on {}?",
            found.brokers.len(),
            found.topics.len(),
            if moving > 0 {
                " while reassignments are in progress"
            } else {
                ""
            },
            opts.target
        ),
        prompt,
    )?;
    // Deleting both keys on every resource found: deleting a key that is
    // not set is harmless.
    let undo = ThrottleUndo {
        topics: found
            .topics
            .iter()
            .map(|t| (t.topic.clone(), (None, None)))
            .collect(),
        brokers: found
            .brokers
            .iter()
            .map(|b| (b.broker, (None, None)))
            .collect(),
    };
    let failures = restore_throttles(admin, &undo).await?;
    // A failure names its resource (`broker 3: ...`, `topic 'orders': ...`);
    // those are not done, so they are not reported as removed.
    let failed = |label: String| failures.iter().any(|f| f.starts_with(&label));
    let removed = ThrottleList {
        brokers: found
            .brokers
            .into_iter()
            .filter(|b| !failed(format!("broker {}:", b.broker)))
            .collect(),
        topics: found
            .topics
            .into_iter()
            .filter(|t| !failed(format!("topic '{}':", t.topic)))
            .collect(),
    };
    Ok(ClearResult {
        removed,
        failures,
        moving,
    })
}
