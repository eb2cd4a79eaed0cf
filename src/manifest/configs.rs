//! The topic-level config keys Kafka accepts, what type each value has, and
//! the cheap offline checks on values. One table feeds validation, the
//! did-you-mean suggestions and the JSON Schema, so they cannot disagree.

/// Every topic config key `validate` accepts (Kafka 3.x/4.x topic configs).
pub const TOPIC_CONFIG_KEYS: &[&str] = &[
    "cleanup.policy",
    "compression.type",
    "delete.retention.ms",
    "file.delete.delay.ms",
    "flush.messages",
    "flush.ms",
    "follower.replication.throttled.replicas",
    "index.interval.bytes",
    "leader.replication.throttled.replicas",
    "local.retention.bytes",
    "local.retention.ms",
    "max.compaction.lag.ms",
    "max.message.bytes",
    "message.downconversion.enable",
    "message.format.version",
    "message.timestamp.after.max.ms",
    "message.timestamp.before.max.ms",
    "message.timestamp.difference.max.ms",
    "message.timestamp.type",
    "min.cleanable.dirty.ratio",
    "min.compaction.lag.ms",
    "min.insync.replicas",
    "preallocate",
    "remote.log.copy.disable",
    "remote.log.delete.on.disable",
    "remote.storage.enable",
    "retention.bytes",
    "retention.ms",
    "segment.bytes",
    "segment.index.bytes",
    "segment.jitter.ms",
    "segment.ms",
    "unclean.leader.election.enable",
];

/// The type of a config value, with Kafka's own lower bounds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueType {
    /// A 64-bit integer at least `min`.
    Long {
        min: i64,
    },
    /// A 32-bit integer at least `min`.
    Int {
        min: i32,
    },
    Bool,
    /// A number between 0 and 1.
    Ratio,
    /// One of these words.
    OneOf(&'static [&'static str]),
    /// `delete`, `compact` or both, comma-separated.
    CleanupPolicy,
    /// `*` or `partition:broker` pairs, comma-separated (possibly empty).
    ThrottledReplicas,
    /// Anything; the broker checks it.
    Text,
}

impl ValueType {
    /// Whether a YAML list of scalars may stand for a comma-separated value.
    pub fn is_list(self) -> bool {
        matches!(
            self,
            ValueType::CleanupPolicy | ValueType::ThrottledReplicas
        )
    }
}

pub struct ConfigSpec {
    pub key: &'static str,
    pub ty: ValueType,
    pub description: &'static str,
}

pub const COMPRESSION_TYPES: &[&str] =
    &["uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"];
pub const TIMESTAMP_TYPES: &[&str] = &["CreateTime", "LogAppendTime"];

pub const CONFIG_SPECS: &[ConfigSpec] = &[
    ConfigSpec {
        key: "cleanup.policy",
        ty: ValueType::CleanupPolicy,
        description: "delete (drop old segments), compact (keep the latest record per key), or compact,delete",
    },
    ConfigSpec {
        key: "compression.type",
        ty: ValueType::OneOf(COMPRESSION_TYPES),
        description: "Compression of stored batches: uncompressed, zstd, lz4, snappy, gzip, or producer (keep the producer's)",
    },
    ConfigSpec {
        key: "delete.retention.ms",
        ty: ValueType::Long { min: 0 },
        description: "How long tombstones are kept on compacted topics, in ms",
    },
    ConfigSpec {
        key: "file.delete.delay.ms",
        ty: ValueType::Long { min: 0 },
        description: "Delay before a deleted segment file is removed from disk, in ms",
    },
    ConfigSpec {
        key: "flush.messages",
        ty: ValueType::Long { min: 1 },
        description: "Force an fsync every N messages (leave unset: replication gives durability)",
    },
    ConfigSpec {
        key: "flush.ms",
        ty: ValueType::Long { min: 0 },
        description: "Force an fsync every N ms (leave unset: replication gives durability)",
    },
    ConfigSpec {
        key: "follower.replication.throttled.replicas",
        ty: ValueType::ThrottledReplicas,
        description: "Replicas throttled on the follower side: '*' or partition:broker pairs",
    },
    ConfigSpec {
        key: "index.interval.bytes",
        ty: ValueType::Int { min: 0 },
        description: "Bytes between offset-index entries",
    },
    ConfigSpec {
        key: "leader.replication.throttled.replicas",
        ty: ValueType::ThrottledReplicas,
        description: "Replicas throttled on the leader side: '*' or partition:broker pairs",
    },
    ConfigSpec {
        key: "local.retention.bytes",
        ty: ValueType::Long { min: -2 },
        description: "With tiered storage: bytes kept on local disk per partition (-2: same as retention.bytes)",
    },
    ConfigSpec {
        key: "local.retention.ms",
        ty: ValueType::Long { min: -2 },
        description: "With tiered storage: time kept on local disk, in ms (-2: same as retention.ms)",
    },
    ConfigSpec {
        key: "max.compaction.lag.ms",
        ty: ValueType::Long { min: 1 },
        description: "Longest time a record may stay uncompacted, in ms",
    },
    ConfigSpec {
        key: "max.message.bytes",
        ty: ValueType::Int { min: 0 },
        description: "Largest record batch the topic accepts, in bytes",
    },
    ConfigSpec {
        key: "message.downconversion.enable",
        ty: ValueType::Bool,
        description: "Down-convert batches for old consumers (removed in Kafka 4)",
    },
    ConfigSpec {
        key: "message.format.version",
        ty: ValueType::Text,
        description: "Deprecated message format version (ignored since Kafka 3.0)",
    },
    ConfigSpec {
        key: "message.timestamp.after.max.ms",
        ty: ValueType::Long { min: 0 },
        description: "How far in the future a record's CreateTime may be, in ms",
    },
    ConfigSpec {
        key: "message.timestamp.before.max.ms",
        ty: ValueType::Long { min: 0 },
        description: "How far in the past a record's CreateTime may be, in ms",
    },
    ConfigSpec {
        key: "message.timestamp.difference.max.ms",
        ty: ValueType::Long { min: 0 },
        description: "Deprecated: use message.timestamp.before.max.ms / after.max.ms",
    },
    ConfigSpec {
        key: "message.timestamp.type",
        ty: ValueType::OneOf(TIMESTAMP_TYPES),
        description: "CreateTime (the producer's) or LogAppendTime (the broker's)",
    },
    ConfigSpec {
        key: "min.cleanable.dirty.ratio",
        ty: ValueType::Ratio,
        description: "Dirty fraction of the log above which compaction runs (0 to 1)",
    },
    ConfigSpec {
        key: "min.compaction.lag.ms",
        ty: ValueType::Long { min: 0 },
        description: "Shortest time a record stays uncompacted, in ms",
    },
    ConfigSpec {
        key: "min.insync.replicas",
        ty: ValueType::Int { min: 1 },
        description: "Replicas that must acknowledge an acks=all write; at most the replication factor",
    },
    ConfigSpec {
        key: "preallocate",
        ty: ValueType::Bool,
        description: "Preallocate segment files on disk",
    },
    ConfigSpec {
        key: "remote.log.copy.disable",
        ty: ValueType::Bool,
        description: "With tiered storage: stop copying segments to remote storage",
    },
    ConfigSpec {
        key: "remote.log.delete.on.disable",
        ty: ValueType::Bool,
        description: "With tiered storage: delete remote segments when remote storage is disabled",
    },
    ConfigSpec {
        key: "remote.storage.enable",
        ty: ValueType::Bool,
        description: "Enable tiered storage for the topic",
    },
    ConfigSpec {
        key: "retention.bytes",
        ty: ValueType::Long { min: -1 },
        description: "Bytes kept per partition before old segments are deleted (-1: no limit)",
    },
    ConfigSpec {
        key: "retention.ms",
        ty: ValueType::Long { min: -1 },
        description: "How long records are kept, in ms (-1: forever)",
    },
    ConfigSpec {
        key: "segment.bytes",
        ty: ValueType::Int { min: 14 },
        description: "Size of a log segment file, in bytes",
    },
    ConfigSpec {
        key: "segment.index.bytes",
        ty: ValueType::Int { min: 4 },
        description: "Size of a segment's offset index, in bytes",
    },
    ConfigSpec {
        key: "segment.jitter.ms",
        ty: ValueType::Long { min: 0 },
        description: "Random jitter subtracted from segment.ms, in ms",
    },
    ConfigSpec {
        key: "segment.ms",
        ty: ValueType::Long { min: 1 },
        description: "Roll a new segment after this long, in ms",
    },
    ConfigSpec {
        key: "unclean.leader.election.enable",
        ty: ValueType::Bool,
        description: "Allow an out-of-sync replica to become leader (loses data)",
    },
];

pub fn spec(key: &str) -> Option<&'static ConfigSpec> {
    CONFIG_SPECS.iter().find(|s| s.key == key)
}

/// Checks a value (already turned into Kafka's string form) against its
/// key's type. The message completes "config 'KEY' ...".
pub fn check_value(ty: ValueType, value: &str) -> Result<(), String> {
    let v = value.trim();
    let value = &shorten(value);
    match ty {
        ValueType::Long { min } => match v.parse::<i64>() {
            Ok(n) if n >= min => Ok(()),
            Ok(_) => Err(format!("must be at least {min}, got '{value}'")),
            Err(_) if looks_integral(v) => Err(format!("is out of range: '{value}'")),
            Err(_) => Err(format!("must be an integer, got '{value}'")),
        },
        ValueType::Int { min } => match v.parse::<i32>() {
            Ok(n) if n >= min => Ok(()),
            Ok(_) => Err(format!("must be at least {min}, got '{value}'")),
            Err(_) if looks_integral(v) => {
                Err(format!("is out of range (at most {}): '{value}'", i32::MAX))
            }
            Err(_) => Err(format!("must be an integer, got '{value}'")),
        },
        ValueType::Bool => {
            if v.eq_ignore_ascii_case("true") || v.eq_ignore_ascii_case("false") {
                Ok(())
            } else {
                Err(format!("must be true or false, got '{value}'"))
            }
        }
        ValueType::Ratio => match v.parse::<f64>() {
            Ok(r) if (0.0..=1.0).contains(&r) => Ok(()),
            _ => Err(format!("must be a number between 0 and 1, got '{value}'")),
        },
        ValueType::OneOf(words) => {
            if words.contains(&v) {
                Ok(())
            } else {
                Err(format!(
                    "must be one of {}, got '{value}'",
                    words.join(", ")
                ))
            }
        }
        ValueType::CleanupPolicy => {
            let parts: Vec<&str> = v.split(',').map(str::trim).collect();
            let known = parts.iter().all(|p| *p == "delete" || *p == "compact");
            if v.is_empty() || !known {
                Err(format!(
                    "must be delete, compact or compact,delete, got '{value}'"
                ))
            } else {
                Ok(())
            }
        }
        ValueType::ThrottledReplicas => {
            if v.is_empty() || v == "*" {
                return Ok(());
            }
            let ok = v.split(',').map(str::trim).all(|pair| {
                pair.split_once(':').is_some_and(|(p, b)| {
                    p.parse::<i32>().is_ok_and(|p| p >= 0) && b.parse::<i32>().is_ok_and(|b| b >= 0)
                })
            });
            if ok {
                Ok(())
            } else {
                Err(format!(
                    "must be '*' or partition:broker pairs such as 0:101,1:102, got '{value}'"
                ))
            }
        }
        ValueType::Text => Ok(()),
    }
}

fn looks_integral(v: &str) -> bool {
    let digits = v.strip_prefix(['-', '+']).unwrap_or(v);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A user's word as quoted in a message: long ones are cut so one bad key
/// cannot flood the terminal.
pub(super) fn shorten(s: &str) -> String {
    const MAX: usize = 80;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}...")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_and_key_list_agree() {
        let table: Vec<&str> = CONFIG_SPECS.iter().map(|s| s.key).collect();
        assert_eq!(table, TOPIC_CONFIG_KEYS);
        let mut sorted = TOPIC_CONFIG_KEYS.to_vec();
        sorted.sort();
        assert_eq!(sorted, TOPIC_CONFIG_KEYS, "kept sorted for readers");
    }

    #[test]
    fn values() {
        let long = ValueType::Long { min: -1 };
        assert!(check_value(long, "604800000").is_ok());
        assert!(check_value(long, "-1").is_ok());
        assert!(check_value(long, "-2").is_err());
        assert!(check_value(long, "7d").unwrap_err().contains("integer"));
        assert!(check_value(long, "99999999999999999999")
            .unwrap_err()
            .contains("range"));
        let int = ValueType::Int { min: 1 };
        assert!(check_value(int, "2").is_ok());
        assert!(check_value(int, "0").is_err());
        assert!(check_value(int, "3000000000")
            .unwrap_err()
            .contains("range"));
        assert!(check_value(ValueType::Bool, "TRUE").is_ok());
        assert!(check_value(ValueType::Bool, "yes").is_err());
        assert!(check_value(ValueType::Ratio, "0.5").is_ok());
        assert!(check_value(ValueType::Ratio, "1.5").is_err());
        assert!(check_value(ValueType::CleanupPolicy, "compact, delete").is_ok());
        assert!(check_value(ValueType::CleanupPolicy, "compact,deleet").is_err());
        assert!(check_value(ValueType::CleanupPolicy, "").is_err());
        assert!(check_value(ValueType::OneOf(COMPRESSION_TYPES), "zstd").is_ok());
        assert!(check_value(ValueType::OneOf(COMPRESSION_TYPES), "brotli").is_err());
        assert!(check_value(ValueType::ThrottledReplicas, "*").is_ok());
        assert!(check_value(ValueType::ThrottledReplicas, "0:101, 1:102").is_ok());
        assert!(check_value(ValueType::ThrottledReplicas, "").is_ok());
        assert!(check_value(ValueType::ThrottledReplicas, "0-101").is_err());
    }
}
