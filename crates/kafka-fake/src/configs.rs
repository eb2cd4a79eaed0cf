//! Topic and broker config definitions with Kafka's defaults, types and the
//! value checks Kafka's `ConfigDef` applies, producing Kafka's messages.

/// `DescribeConfigs` config_source values (Kafka's `ConfigSource`).
pub const SOURCE_DYNAMIC_TOPIC: i8 = 1;
pub const SOURCE_DYNAMIC_BROKER: i8 = 2;
pub const SOURCE_DYNAMIC_DEFAULT_BROKER: i8 = 3;
pub const SOURCE_STATIC_BROKER: i8 = 4;
pub const SOURCE_DEFAULT: i8 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Boolean,
    String,
    Int,
    Short,
    Long,
    Double,
    List,
}

impl Type {
    /// `DescribeConfigs` v3+ config_type values.
    pub fn wire(self) -> i8 {
        match self {
            Type::Boolean => 1,
            Type::String => 2,
            Type::Int => 3,
            Type::Short => 4,
            Type::Long => 5,
            Type::Double => 6,
            Type::List => 7,
        }
    }

    fn java_name(self) -> &'static str {
        match self {
            Type::Boolean => "BOOLEAN",
            Type::String => "STRING",
            Type::Int => "INT",
            Type::Short => "SHORT",
            Type::Long => "LONG",
            Type::Double => "DOUBLE",
            Type::List => "LIST",
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Check {
    None,
    AtLeast(i64),
    Between(f64, f64),
    OneOf(&'static [&'static str]),
    ListOf(&'static [&'static str]),
    ThrottledReplicas,
}

#[derive(Debug)]
pub struct Def {
    pub name: &'static str,
    pub ty: Type,
    /// `None` is Kafka's null default.
    pub default: Option<&'static str>,
    pub check: Check,
    /// Broker configs only: the config cannot be changed at runtime.
    pub read_only: bool,
    /// Topic configs only: the broker config a topic falls back to.
    pub broker_synonym: Option<&'static str>,
}

const fn topic(
    name: &'static str,
    ty: Type,
    default: &'static str,
    check: Check,
    broker_synonym: Option<&'static str>,
) -> Def {
    Def {
        name,
        ty,
        default: Some(default),
        check,
        read_only: false,
        broker_synonym,
    }
}

const fn broker(
    name: &'static str,
    ty: Type,
    default: Option<&'static str>,
    check: Check,
    read_only: bool,
) -> Def {
    Def {
        name,
        ty,
        default,
        check,
        read_only,
        broker_synonym: None,
    }
}

const LONG_MAX: &str = "9223372036854775807";
const COMPRESSION: &[&str] = &["uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"];

pub static TOPIC_CONFIGS: &[Def] = &[
    topic(
        "cleanup.policy",
        Type::List,
        "delete",
        Check::ListOf(&["compact", "delete"]),
        Some("log.cleanup.policy"),
    ),
    topic(
        "compression.type",
        Type::String,
        "producer",
        Check::OneOf(COMPRESSION),
        Some("compression.type"),
    ),
    topic(
        "delete.retention.ms",
        Type::Long,
        "86400000",
        Check::AtLeast(0),
        Some("log.cleaner.delete.retention.ms"),
    ),
    topic(
        "file.delete.delay.ms",
        Type::Long,
        "60000",
        Check::AtLeast(0),
        Some("log.segment.delete.delay.ms"),
    ),
    topic(
        "flush.messages",
        Type::Long,
        LONG_MAX,
        Check::AtLeast(1),
        Some("log.flush.interval.messages"),
    ),
    topic(
        "flush.ms",
        Type::Long,
        LONG_MAX,
        Check::AtLeast(0),
        Some("log.flush.interval.ms"),
    ),
    topic(
        "follower.replication.throttled.replicas",
        Type::List,
        "",
        Check::ThrottledReplicas,
        None,
    ),
    topic(
        "index.interval.bytes",
        Type::Int,
        "4096",
        Check::AtLeast(0),
        Some("log.index.interval.bytes"),
    ),
    topic(
        "leader.replication.throttled.replicas",
        Type::List,
        "",
        Check::ThrottledReplicas,
        None,
    ),
    topic(
        "local.retention.bytes",
        Type::Long,
        "-2",
        Check::AtLeast(-2),
        Some("log.local.retention.bytes"),
    ),
    topic(
        "local.retention.ms",
        Type::Long,
        "-2",
        Check::AtLeast(-2),
        Some("log.local.retention.ms"),
    ),
    topic(
        "max.compaction.lag.ms",
        Type::Long,
        LONG_MAX,
        Check::AtLeast(1),
        Some("log.cleaner.max.compaction.lag.ms"),
    ),
    topic(
        "max.message.bytes",
        Type::Int,
        "1048588",
        Check::AtLeast(0),
        Some("message.max.bytes"),
    ),
    topic(
        "message.downconversion.enable",
        Type::Boolean,
        "true",
        Check::None,
        Some("log.message.downconversion.enable"),
    ),
    topic(
        "message.timestamp.after.max.ms",
        Type::Long,
        LONG_MAX,
        Check::AtLeast(0),
        Some("log.message.timestamp.after.max.ms"),
    ),
    topic(
        "message.timestamp.before.max.ms",
        Type::Long,
        LONG_MAX,
        Check::AtLeast(0),
        Some("log.message.timestamp.before.max.ms"),
    ),
    topic(
        "message.timestamp.type",
        Type::String,
        "CreateTime",
        Check::OneOf(&["CreateTime", "LogAppendTime"]),
        Some("log.message.timestamp.type"),
    ),
    topic(
        "min.cleanable.dirty.ratio",
        Type::Double,
        "0.5",
        Check::Between(0.0, 1.0),
        Some("log.cleaner.min.cleanable.ratio"),
    ),
    topic(
        "min.compaction.lag.ms",
        Type::Long,
        "0",
        Check::AtLeast(0),
        Some("log.cleaner.min.compaction.lag.ms"),
    ),
    topic(
        "min.insync.replicas",
        Type::Int,
        "1",
        Check::AtLeast(1),
        Some("min.insync.replicas"),
    ),
    topic(
        "preallocate",
        Type::Boolean,
        "false",
        Check::None,
        Some("log.preallocate"),
    ),
    topic(
        "remote.storage.enable",
        Type::Boolean,
        "false",
        Check::None,
        None,
    ),
    topic(
        "retention.bytes",
        Type::Long,
        "-1",
        Check::None,
        Some("log.retention.bytes"),
    ),
    topic(
        "retention.ms",
        Type::Long,
        "604800000",
        Check::AtLeast(-1),
        Some("log.retention.ms"),
    ),
    topic(
        "segment.bytes",
        Type::Int,
        "1073741824",
        Check::AtLeast(14),
        Some("log.segment.bytes"),
    ),
    topic(
        "segment.index.bytes",
        Type::Int,
        "10485760",
        Check::AtLeast(4),
        Some("log.index.size.max.bytes"),
    ),
    topic(
        "segment.jitter.ms",
        Type::Long,
        "0",
        Check::AtLeast(0),
        Some("log.roll.jitter.ms"),
    ),
    topic(
        "segment.ms",
        Type::Long,
        "604800000",
        Check::AtLeast(1),
        Some("log.roll.ms"),
    ),
    topic(
        "unclean.leader.election.enable",
        Type::Boolean,
        "false",
        Check::None,
        Some("unclean.leader.election.enable"),
    ),
];

/// Broker configs the fake reports for every broker. `broker.id` and
/// `broker.rack` are filled in per broker.
pub static BROKER_CONFIGS: &[Def] = &[
    broker(
        "auto.create.topics.enable",
        Type::Boolean,
        Some("false"),
        Check::None,
        true,
    ),
    broker("broker.id", Type::Int, Some("-1"), Check::None, true),
    broker("broker.rack", Type::String, None, Check::None, true),
    broker(
        "compression.type",
        Type::String,
        Some("producer"),
        Check::OneOf(COMPRESSION),
        false,
    ),
    broker(
        "default.replication.factor",
        Type::Int,
        Some("1"),
        Check::None,
        true,
    ),
    broker(
        "delete.topic.enable",
        Type::Boolean,
        Some("true"),
        Check::None,
        true,
    ),
    broker(
        "log.cleanup.policy",
        Type::List,
        Some("delete"),
        Check::ListOf(&["compact", "delete"]),
        false,
    ),
    broker(
        "log.message.timestamp.type",
        Type::String,
        Some("CreateTime"),
        Check::OneOf(&["CreateTime", "LogAppendTime"]),
        false,
    ),
    broker(
        "log.retention.bytes",
        Type::Long,
        Some("-1"),
        Check::None,
        false,
    ),
    broker(
        "log.retention.hours",
        Type::Int,
        Some("168"),
        Check::None,
        true,
    ),
    broker(
        "log.retention.ms",
        Type::Long,
        None,
        Check::AtLeast(-1),
        false,
    ),
    broker(
        "log.segment.bytes",
        Type::Int,
        Some("1073741824"),
        Check::AtLeast(14),
        false,
    ),
    broker(
        "message.max.bytes",
        Type::Int,
        Some("1048588"),
        Check::AtLeast(0),
        false,
    ),
    broker(
        "min.insync.replicas",
        Type::Int,
        Some("1"),
        Check::AtLeast(1),
        false,
    ),
    broker(
        "num.io.threads",
        Type::Int,
        Some("8"),
        Check::AtLeast(1),
        false,
    ),
    broker(
        "num.network.threads",
        Type::Int,
        Some("3"),
        Check::AtLeast(1),
        false,
    ),
    broker(
        "num.partitions",
        Type::Int,
        Some("1"),
        Check::AtLeast(1),
        true,
    ),
    broker(
        "num.replica.fetchers",
        Type::Int,
        Some("1"),
        Check::None,
        false,
    ),
    broker(
        "offsets.topic.replication.factor",
        Type::Short,
        Some("3"),
        Check::AtLeast(1),
        true,
    ),
    broker(
        "unclean.leader.election.enable",
        Type::Boolean,
        Some("false"),
        Check::None,
        false,
    ),
];

/// Dynamic-only broker configs (Kafka's `DynamicConfig.Broker`): not part of
/// the static broker config, so they are only reported once set.
pub static BROKER_DYNAMIC_ONLY: &[Def] = &[
    broker(
        "follower.replication.throttled.rate",
        Type::Long,
        Some(LONG_MAX),
        Check::AtLeast(0),
        false,
    ),
    broker(
        "leader.replication.throttled.rate",
        Type::Long,
        Some(LONG_MAX),
        Check::AtLeast(0),
        false,
    ),
    broker(
        "replica.alter.log.dirs.io.max.bytes.per.second",
        Type::Long,
        Some(LONG_MAX),
        Check::AtLeast(0),
        false,
    ),
];

pub fn topic_def(name: &str) -> Option<&'static Def> {
    TOPIC_CONFIGS.iter().find(|d| d.name == name)
}

pub fn broker_def(name: &str) -> Option<&'static Def> {
    BROKER_CONFIGS
        .iter()
        .chain(BROKER_DYNAMIC_ONLY)
        .find(|d| d.name == name)
}

fn invalid(def: &Def, value: &str, why: &str) -> String {
    format!(
        "Invalid value {value} for configuration {}: {why}",
        def.name
    )
}

/// Parses and checks a value as Kafka's `ConfigDef` would, returning Kafka's
/// `ConfigException` message on failure.
pub fn validate(def: &Def, value: &str) -> Result<(), String> {
    let trimmed = value.trim();
    let not_a_number = || {
        invalid(
            def,
            value,
            &format!("Not a number of type {}", def.ty.java_name()),
        )
    };
    let number: Option<f64> = match def.ty {
        Type::Boolean => {
            if trimmed.eq_ignore_ascii_case("true") || trimmed.eq_ignore_ascii_case("false") {
                None
            } else {
                return Err(invalid(
                    def,
                    value,
                    "Expected value to be either true or false",
                ));
            }
        }
        Type::Int => Some(trimmed.parse::<i32>().map_err(|_| not_a_number())? as f64),
        Type::Short => Some(trimmed.parse::<i16>().map_err(|_| not_a_number())? as f64),
        Type::Long => {
            let n = trimmed.parse::<i64>().map_err(|_| not_a_number())?;
            if let Check::AtLeast(min) = def.check {
                if n < min {
                    return Err(invalid(
                        def,
                        value,
                        &format!("Value must be at least {min}"),
                    ));
                }
            }
            None
        }
        Type::Double => {
            let n = trimmed.parse::<f64>().map_err(|_| not_a_number())?;
            if !n.is_finite() {
                return Err(not_a_number());
            }
            Some(n)
        }
        Type::String | Type::List => None,
    };
    match (def.check, number) {
        (Check::AtLeast(min), Some(n)) if n < min as f64 => Err(invalid(
            def,
            value,
            &format!("Value must be at least {min}"),
        )),
        (Check::Between(min, _), Some(n)) if n < min => Err(invalid(
            def,
            value,
            &format!("Value must be at least {min}"),
        )),
        (Check::Between(_, max), Some(n)) if n > max => Err(invalid(
            def,
            value,
            &format!("Value must be no more than {max}"),
        )),
        (Check::OneOf(allowed), _) if !allowed.contains(&trimmed) => Err(invalid(
            def,
            value,
            &format!("String must be one of: {}", allowed.join(", ")),
        )),
        (Check::ListOf(allowed), _) => {
            for item in split_list(value) {
                if !allowed.contains(&item.as_str()) {
                    return Err(invalid(
                        def,
                        &item,
                        &format!("String must be one of: {}", allowed.join(", ")),
                    ));
                }
            }
            Ok(())
        }
        (Check::ThrottledReplicas, _) => {
            let items = split_list(value);
            let ok = (items.len() == 1 && items[0] == "*")
                || items.iter().all(|item| {
                    let mut parts = item.split(':');
                    matches!(
                        (parts.next(), parts.next(), parts.next()),
                        (Some(p), Some(b), None)
                            if p.trim().parse::<i32>().is_ok() && b.trim().parse::<i32>().is_ok()
                    )
                });
            if ok {
                Ok(())
            } else {
                Err(invalid(
                    def,
                    value,
                    &format!(
                        "{} must be the literal '*' or a list of replicas in the following format: \
                         [partitionId]:[brokerId],[partitionId]:[brokerId],...",
                        def.name
                    ),
                ))
            }
        }
        _ => Ok(()),
    }
}

/// Kafka splits LIST values on commas with surrounding whitespace; an empty
/// string is the empty list.
pub fn split_list(value: &str) -> Vec<String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Vec::new();
    }
    trimmed.split(',').map(|s| s.trim().to_string()).collect()
}
