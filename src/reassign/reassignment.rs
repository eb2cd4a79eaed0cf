//! Kafka's reassignment JSON, as read and written by
//! `kafka-reassign-partitions.sh`:
//! `{"version":1,"partitions":[{"topic":"orders","partition":0,"replicas":[4,2,3]}]}`.
//!
//! The tool also writes `"log_dirs":["any",...]`; "any" is accepted and
//! ignored on input and never written. A specific log directory is refused
//! with a message: moving replicas between directories needs
//! AlterReplicaLogDirs, which mskctl does not drive. As in Kafka's tool, a
//! file without `version` is version 1.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::snapshot::{syntax_error, Snapshot, SnapshotError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reassignment {
    #[serde(default = "version_one")]
    pub version: i32,
    pub partitions: Vec<ReassignmentEntry>,
}

fn version_one() -> i32 {
    1
}

/// An entry as Kafka's tool writes it, `log_dirs` included.
#[derive(Deserialize)]
struct EntryInput {
    topic: String,
    partition: i32,
    replicas: Vec<i32>,
    #[serde(default)]
    log_dirs: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct ReassignmentInput {
    #[serde(default = "version_one")]
    version: i32,
    partitions: Vec<EntryInput>,
}

impl Default for Reassignment {
    fn default() -> Self {
        Reassignment {
            version: 1,
            partitions: Vec::new(),
        }
    }
}

impl Reassignment {
    pub fn is_empty(&self) -> bool {
        self.partitions.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReassignmentEntry {
    pub topic: String,
    pub partition: i32,
    pub replicas: Vec<i32>,
}

/// Parses a reassignment file; syntax and shape errors carry
/// `file:line:col`. Only version 1 exists in Kafka, so anything else is
/// refused rather than guessed at.
pub fn parse_reassignment(text: &str, file: &str) -> Result<Reassignment, SnapshotError> {
    let input: ReassignmentInput =
        serde_json::from_str(text).map_err(|e| syntax_error(file, &e))?;
    let mut problems = Vec::new();
    if input.version != 1 {
        problems.push(format!(
            "unsupported reassignment version {} (only 1 exists)",
            input.version
        ));
    }
    for (i, e) in input.partitions.iter().enumerate() {
        let Some(dirs) = &e.log_dirs else {
            continue;
        };
        let label = format!("partitions[{i}] ({}-{})", e.topic, e.partition);
        if dirs.len() != e.replicas.len() {
            problems.push(format!(
                "{label}: log_dirs has {} entries for {} replicas (Kafka requires one per replica)",
                dirs.len(),
                e.replicas.len()
            ));
        } else if let Some(dir) = dirs.iter().find(|d| d.as_str() != "any") {
            problems.push(format!(
                "{label}: log directory \"{dir}\" is not supported; only \"any\" (moving replicas between log directories is not something mskctl does)"
            ));
        }
    }
    if !problems.is_empty() {
        return Err(SnapshotError::Invalid {
            file: file.to_string(),
            problems,
        });
    }
    Ok(Reassignment {
        version: input.version,
        partitions: input
            .partitions
            .into_iter()
            .map(|e| ReassignmentEntry {
                topic: e.topic,
                partition: e.partition,
                replicas: e.replicas,
            })
            .collect(),
    })
}

/// Checks a reassignment against a snapshot and lists every offending entry.
/// A replication-factor change is refused unless `allow_rf_change`, since a
/// hand-edited file that drops a replica is far more often a typo than an
/// intent.
pub fn validate_reassignment(
    reassignment: &Reassignment,
    snapshot: &Snapshot,
    allow_rf_change: bool,
) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    if reassignment.version != 1 {
        problems.push(format!(
            "unsupported reassignment version {} (only 1 exists)",
            reassignment.version
        ));
    }
    let brokers: BTreeSet<i32> = snapshot.brokers.iter().map(|b| b.id).collect();
    let mut topics: BTreeMap<&str, BTreeMap<i32, usize>> = BTreeMap::new();
    for p in &snapshot.partitions {
        topics
            .entry(p.topic.as_str())
            .or_default()
            .insert(p.partition, p.replicas.len());
    }
    let mut seen: BTreeMap<(&str, i32), usize> = BTreeMap::new();
    for (i, e) in reassignment.partitions.iter().enumerate() {
        let label = format!("partitions[{i}] ({}-{})", e.topic, e.partition);
        if let Some(first) = seen.insert((e.topic.as_str(), e.partition), i) {
            problems.push(format!(
                "{label}: duplicate entry (same partition as partitions[{first}])"
            ));
        }
        let current_rf = match topics.get(e.topic.as_str()) {
            None => {
                problems.push(format!("{label}: unknown topic {:?}", e.topic));
                None
            }
            Some(parts) => match parts.get(&e.partition) {
                None => {
                    problems.push(format!(
                        "{label}: topic {:?} has no partition {}",
                        e.topic, e.partition
                    ));
                    None
                }
                Some(&rf) => Some(rf),
            },
        };
        if e.replicas.is_empty() {
            problems.push(format!("{label}: replica list is empty"));
        }
        let mut listed = BTreeSet::new();
        let mut repeated = BTreeSet::new();
        for &r in &e.replicas {
            if !listed.insert(r) && repeated.insert(r) {
                problems.push(format!("{label}: broker {r} appears twice"));
            }
        }
        for r in &listed {
            if !brokers.contains(r) {
                problems.push(format!("{label}: unknown broker {r}"));
            }
        }
        if let Some(rf) = current_rf {
            if !allow_rf_change && !e.replicas.is_empty() && e.replicas.len() != rf {
                problems.push(format!(
                    "{label}: changes the replication factor from {rf} to {} \
                     (not requested)",
                    e.replicas.len()
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The snapshot as it will be once `reassignment` completes. Entries naming
/// partitions the snapshot lacks are ignored; validate first to catch them.
pub fn apply_reassignment(snapshot: &Snapshot, reassignment: &Reassignment) -> Snapshot {
    let wanted: BTreeMap<(&str, i32), &Vec<i32>> = reassignment
        .partitions
        .iter()
        .map(|e| ((e.topic.as_str(), e.partition), &e.replicas))
        .collect();
    let mut out = snapshot.clone();
    for p in &mut out.partitions {
        if let Some(replicas) = wanted.get(&(p.topic.as_str(), p.partition)) {
            p.replicas = (*replicas).clone();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reassign::snapshot::{BrokerSpec, PartitionSpec};

    fn snapshot() -> Snapshot {
        Snapshot {
            brokers: (1..=4)
                .map(|id| BrokerSpec {
                    id,
                    rack: None,
                    capacity_bytes: None,
                })
                .collect(),
            partitions: vec![
                PartitionSpec {
                    topic: "orders".into(),
                    partition: 0,
                    replicas: vec![1, 2, 3],
                    size_bytes: None,
                },
                PartitionSpec {
                    topic: "orders".into(),
                    partition: 1,
                    replicas: vec![2, 3, 4],
                    size_bytes: None,
                },
            ],
        }
    }

    #[test]
    fn accepts_kafka_tool_output_with_log_dirs() {
        let text = r#"{"partitions":[{"topic":"orders","partition":0,"replicas":[4,2,3]}]}"#;
        assert_eq!(parse_reassignment(text, "r.json").unwrap().version, 1);
        let text = r#"{"version":1,"partitions":[{"topic":"orders","partition":0,"replicas":[4,2,3],"log_dirs":["any","/data/1","any"]}]}"#;
        let err = parse_reassignment(text, "r.json").unwrap_err().to_string();
        assert!(err.contains("/data/1") && err.contains("orders-0"), "{err}");
        let text = r#"{"version":1,"partitions":[{"topic":"orders","partition":0,"replicas":[4,2,3],"log_dirs":["any"]}]}"#;
        assert!(parse_reassignment(text, "r.json").is_err());
        let text = r#"{"version":1,"partitions":[{"topic":"orders","partition":0,"replicas":[4,2,3],"log_dirs":["any","any","any"]}]}"#;
        let r = parse_reassignment(text, "r.json").unwrap();
        assert_eq!(r.partitions[0].replicas, vec![4, 2, 3]);
        validate_reassignment(&r, &snapshot(), false).unwrap();
        let out = serde_json::to_string(&r).unwrap();
        assert_eq!(
            out,
            r#"{"version":1,"partitions":[{"topic":"orders","partition":0,"replicas":[4,2,3]}]}"#
        );
    }

    #[test]
    fn syntax_error_has_position() {
        let err = parse_reassignment("{\"version\":1,\n\"partitions\":[{]}", "r.json").unwrap_err();
        assert!(err.to_string().starts_with("r.json:2:"), "{err}");
    }

    #[test]
    fn lists_every_offending_entry() {
        let text = r#"{"version":1,"partitions":[
            {"topic":"nope","partition":0,"replicas":[1]},
            {"topic":"orders","partition":7,"replicas":[1,2,3]},
            {"topic":"orders","partition":0,"replicas":[1,9,3]},
            {"topic":"orders","partition":1,"replicas":[2,2,4]},
            {"topic":"orders","partition":0,"replicas":[1,2]}
        ]}"#;
        let r = parse_reassignment(text, "r.json").unwrap();
        let problems = validate_reassignment(&r, &snapshot(), false).unwrap_err();
        let joined = problems.join("\n");
        assert!(
            joined.contains("partitions[0] (nope-0): unknown topic"),
            "{joined}"
        );
        assert!(joined.contains("partitions[1] (orders-7): topic \"orders\" has no partition 7"));
        assert!(joined.contains("partitions[2] (orders-0): unknown broker 9"));
        assert!(joined.contains("partitions[3] (orders-1): broker 2 appears twice"));
        assert!(joined.contains("partitions[4] (orders-0): duplicate entry"));
        assert!(joined.contains("partitions[4] (orders-0): changes the replication factor"));
        assert_eq!(problems.len(), 6, "{joined}");
        let only_rf = Reassignment {
            version: 1,
            partitions: vec![ReassignmentEntry {
                topic: "orders".into(),
                partition: 0,
                replicas: vec![1, 2],
            }],
        };
        validate_reassignment(&only_rf, &snapshot(), true).unwrap();
    }

    #[test]
    fn apply_replaces_only_named_partitions() {
        let s = snapshot();
        let r = Reassignment {
            version: 1,
            partitions: vec![ReassignmentEntry {
                topic: "orders".into(),
                partition: 1,
                replicas: vec![1, 3, 4],
            }],
        };
        let after = apply_reassignment(&s, &r);
        assert_eq!(after.partitions[0].replicas, vec![1, 2, 3]);
        assert_eq!(after.partitions[1].replicas, vec![1, 3, 4]);
    }
}
