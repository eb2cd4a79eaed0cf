//! The planner's input: a cluster snapshot (brokers with racks, partitions
//! with replicas and sizes where known).
//!
//! ```json
//! {"brokers": [{"id": 1, "rack": "az1", "capacity_bytes": 1099511627776}],
//!  "partitions": [{"topic": "orders", "partition": 0, "replicas": [1, 2, 3], "size_bytes": 1048576}]}
//! ```
//!
//! Brokers listed with no replicas are new brokers the planner may fill.
//! `capacity_bytes` (optional) is the broker's disk size, for plans that
//! must not fill a disk past a given fraction.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::{Deserialize, Serialize};

/// A cluster as the planner sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub brokers: Vec<BrokerSpec>,
    #[serde(default)]
    pub partitions: Vec<PartitionSpec>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrokerSpec {
    pub id: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rack: Option<String>,
    /// Disk capacity in bytes, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_bytes: Option<u64>,
}

/// One partition; `replicas[0]` is the preferred leader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartitionSpec {
    pub topic: String,
    pub partition: i32,
    pub replicas: Vec<i32>,
    /// Size of one replica on disk; unknown sizes count as 0 bytes to move.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
}

/// Why a snapshot or reassignment file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    /// Not JSON, or JSON of the wrong shape.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed, but describes an impossible cluster or reassignment.
    /// Every problem is listed so one edit can fix them all.
    #[error("{}", render_problems(file, problems))]
    Invalid { file: String, problems: Vec<String> },
}

fn render_problems(file: &str, problems: &[String]) -> String {
    problems
        .iter()
        .map(|p| format!("{file}: {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn syntax_error(file: &str, err: &serde_json::Error) -> SnapshotError {
    let full = err.to_string();
    // serde_json appends the position in prose; it is already in the prefix.
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    SnapshotError::Syntax {
        file: file.to_string(),
        line: err.line(),
        column: err.column(),
        message,
    }
}

/// Parses and checks a snapshot. `file` only labels messages.
pub fn parse_snapshot(text: &str, file: &str) -> Result<Snapshot, SnapshotError> {
    let snapshot: Snapshot = serde_json::from_str(text).map_err(|e| syntax_error(file, &e))?;
    validate_snapshot(&snapshot).map_err(|problems| SnapshotError::Invalid {
        file: file.to_string(),
        problems,
    })?;
    Ok(snapshot)
}

/// The semantic checks of [`parse_snapshot`], for snapshots built in code
/// (the planner runs them too, so it never trusts its input).
pub fn validate_snapshot(snapshot: &Snapshot) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let mut brokers = HashSet::new();
    let mut reported_brokers = BTreeSet::new();
    for (i, b) in snapshot.brokers.iter().enumerate() {
        if b.id < 0 {
            problems.push(format!("brokers[{i}]: broker id {} is negative", b.id));
        }
        if b.capacity_bytes == Some(0) {
            problems.push(format!(
                "brokers[{i}]: broker {} has capacity_bytes 0",
                b.id
            ));
        }
        if !brokers.insert(b.id) && reported_brokers.insert(b.id) {
            problems.push(format!("brokers[{i}]: broker {} is listed twice", b.id));
        }
    }
    // Hash maps only answer lookups here; messages follow input order.
    let mut seen: HashMap<(&str, i32), usize> = HashMap::with_capacity(snapshot.partitions.len());
    for (i, p) in snapshot.partitions.iter().enumerate() {
        let label = || format!("partitions[{i}] ({}-{})", p.topic, p.partition);
        if p.topic.is_empty() {
            problems.push(format!("{}: topic name is empty", label()));
        }
        if p.partition < 0 {
            problems.push(format!("{}: partition number is negative", label()));
        }
        if let Some(first) = seen.insert((p.topic.as_str(), p.partition), i) {
            problems.push(format!(
                "{}: duplicate of partitions[{first}] (same topic and partition)",
                label()
            ));
        }
        if p.replicas.is_empty() {
            problems.push(format!("{}: replica list is empty", label()));
        }
        for (j, &r) in p.replicas.iter().enumerate() {
            let earlier = &p.replicas[..j];
            match earlier.iter().filter(|&&e| e == r).count() {
                0 if !brokers.contains(&r) => problems.push(format!(
                    "{}: replica on broker {r}, which is not listed",
                    label()
                )),
                1 => problems.push(format!(
                    "{}: broker {r} appears twice in the replica list",
                    label()
                )),
                _ => {}
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_example() {
        let text = r#"{"brokers": [{"id": 1, "rack": "az1"}, {"id": 2}, {"id": 3}],
 "partitions": [{"topic": "orders", "partition": 0, "replicas": [1, 2, 3], "size_bytes": 1048576}]}"#;
        let s = parse_snapshot(text, "snap.json").unwrap();
        assert_eq!(s.brokers[0].rack.as_deref(), Some("az1"));
        assert_eq!(s.brokers[1].rack, None);
        assert_eq!(s.partitions[0].size_bytes, Some(1_048_576));
    }

    #[test]
    fn syntax_errors_carry_file_line_and_column() {
        let text = "{\"brokers\": [\n  {\"id\": \"one\"}\n]}";
        let err = parse_snapshot(text, "snap.json").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("snap.json:2:"), "{msg}");
        assert!(!msg.contains("at line"), "{msg}");
        assert!(matches!(err, SnapshotError::Syntax { line: 2, .. }));
    }

    #[test]
    fn every_semantic_problem_is_listed() {
        let text = r#"{"brokers": [{"id": 1}, {"id": 1}, {"id": 2}],
 "partitions": [
   {"topic": "a", "partition": 0, "replicas": [1, 1]},
   {"topic": "a", "partition": 0, "replicas": [2]},
   {"topic": "b", "partition": 0, "replicas": [9]},
   {"topic": "c", "partition": 0, "replicas": []}
 ]}"#;
        let SnapshotError::Invalid { problems, .. } = parse_snapshot(text, "s.json").unwrap_err()
        else {
            panic!("expected semantic errors");
        };
        assert_eq!(problems.len(), 5, "{problems:#?}");
        assert!(problems[0].contains("broker 1 is listed twice"));
        assert!(problems[1].contains("appears twice"));
        assert!(problems[2].contains("duplicate of partitions[0]"));
        assert!(problems[3].contains("broker 9"));
        assert!(problems[4].contains("empty"));
    }
}
