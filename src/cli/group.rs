//! `group`: consumer groups and their offsets.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

use super::complete;

use crate::units::parse_duration;

/// Consumer group states as Kafka reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupStateArg {
    Stable,
    PreparingRebalance,
    CompletingRebalance,
    Empty,
    Dead,
    Assigning,
    Reconciling,
}

impl GroupStateArg {
    /// Kafka's spelling of the state.
    pub fn kafka_name(self) -> &'static str {
        match self {
            GroupStateArg::Stable => "Stable",
            GroupStateArg::PreparingRebalance => "PreparingRebalance",
            GroupStateArg::CompletingRebalance => "CompletingRebalance",
            GroupStateArg::Empty => "Empty",
            GroupStateArg::Dead => "Dead",
            GroupStateArg::Assigning => "Assigning",
            GroupStateArg::Reconciling => "Reconciling",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// List consumer groups: id, state, protocol type, member count
    #[command(
        after_help = "Examples:\n  mskctl group list\n  mskctl group list --state empty -o json"
    )]
    List {
        /// Only groups in this state
        #[arg(long, value_enum, ignore_case = true, value_name = "STATE")]
        state: Option<GroupStateArg>,
    },
    /// Show a group's members and assignments, and committed offset, log end and lag per partition
    #[command(
        after_help = "Examples:\n  mskctl group describe payments-service\n  mskctl group describe payments-service -o json"
    )]
    Describe {
        #[arg(add = ArgValueCompleter::new(complete::groups))]
        group: String,
    },
    /// Total and maximum lag and time lag per group (exit 4 when over --threshold or --max-time-lag)
    #[command(after_help = "\
Examples:
  mskctl group lag                                  # every group
  mskctl group lag payments-service audit-sink --topic '^payments\\.'
  mskctl group lag --threshold 10000                # in monitoring: exit 4 when over
  mskctl group lag --max-time-lag 5m                # exit 4 when a record waits longer

Time lag is the age of the oldest unconsumed record: now minus the timestamp of
the record at the committed offset, read with one small Fetch per partition
leader.")]
    Lag {
        /// Groups to check (default: every group of the cluster)
        #[arg(add = ArgValueCompleter::new(complete::groups))]
        groups: Vec<String>,
        /// Only partitions of topics matching this regular expression
        #[arg(long, value_name = "REGEX")]
        topic: Option<String>,
        /// Exit 4 when any group's total lag is above N messages
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        threshold: Option<u64>,
        /// Exit 4 when any group's oldest unconsumed record is older than this, e.g. 30s, 5m, 1h
        #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
        max_time_lag: Option<Duration>,
    },
    /// Move a group's committed offsets (dry run unless --execute; the group must have no members)
    #[command(after_help = "\
Examples:
  mskctl group reset-offsets billing --topic orders --to-earliest
  mskctl group reset-offsets billing --topic orders:0,1 --to-offset 1200 --execute
  mskctl group reset-offsets billing --all-topics --to-datetime 2026-01-31T12:00:00Z --execute
  mskctl group reset-offsets billing --all-topics --by-duration 2h --execute
  mskctl group reset-offsets billing --topic orders --shift-by -500
  mskctl group reset-offsets billing --all-topics --to-latest --export > plan.csv
  mskctl group reset-offsets billing --from-file plan.csv --execute

Before committing, --execute saves the group's committed offsets to a backup
file ($XDG_STATE_HOME/mskctl/offsets/GROUP-UTCSTAMP.csv, else
~/.local/state/mskctl/offsets/, or --backup FILE) and prints the command that
puts them back; nothing is changed when the backup cannot be written.

Kafka only accepts a reset while the group has no active members: stop its
consumers first. New offsets are kept within each partition's earliest and
latest offsets; the table says where a value was clamped.")]
    ResetOffsets(ResetOffsetsArgs),
    /// Delete consumer groups and their committed offsets (destructive; groups must have no members)
    #[command(
        after_help = "Examples:\n  mskctl group delete old-service\n  mskctl group delete a b c --yes"
    )]
    Delete {
        #[arg(required = true, num_args = 1.., add = ArgValueCompleter::new(complete::groups))]
        groups: Vec<String>,
    },
    /// Delete a group's committed offsets for topics it no longer consumes (destructive)
    #[command(
        after_help = "Examples:\n  mskctl group delete-offsets billing --topic retired-topic\n  mskctl group delete-offsets billing --topic orders:3 --yes\n\nThe group's committed offsets are first saved to a backup file (see reset-offsets);\nthe printed reset-offsets --from-file command puts them back."
    )]
    DeleteOffsets {
        #[arg(add = ArgValueCompleter::new(complete::groups))]
        group: String,
        /// Topic, optionally with partitions (orders:0,1); repeatable
        #[arg(long, required = true, value_name = "TOPIC[:P,P...]", value_parser = parse_topic_partitions, add = ArgValueCompleter::new(complete::topics))]
        topic: Vec<TopicSelection>,
        /// Back up the group's committed offsets to this new file first
        /// (default: $XDG_STATE_HOME/mskctl/offsets/GROUP-UTCSTAMP.csv)
        #[arg(long, value_name = "FILE")]
        backup: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("scope").required(true).args(["topic", "all_topics", "from_file"])))]
#[command(group(
    clap::ArgGroup::new("target")
        .required(true)
        .args(["to_earliest", "to_latest", "to_datetime", "to_offset", "shift_by", "by_duration", "from_file"])
))]
pub struct ResetOffsetsArgs {
    #[arg(add = ArgValueCompleter::new(complete::groups))]
    pub group: String,
    /// Topic, optionally with partitions (orders:0,1); repeatable
    #[arg(long, value_name = "TOPIC[:P,P...]", value_parser = parse_topic_partitions, add = ArgValueCompleter::new(complete::topics))]
    pub topic: Vec<TopicSelection>,
    /// Every partition the group has committed offsets for
    #[arg(long)]
    pub all_topics: bool,
    /// The earliest offset still in the log
    #[arg(long)]
    pub to_earliest: bool,
    /// The log end (skip everything not yet read)
    #[arg(long)]
    pub to_latest: bool,
    /// The first offset at or after this time (RFC 3339)
    #[arg(long, value_name = "RFC3339", value_parser = crate::units::parse_rfc3339_ms, allow_negative_numbers = true)]
    pub to_datetime: Option<i64>,
    /// This offset on every selected partition
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..), allow_negative_numbers = true)]
    pub to_offset: Option<i64>,
    /// The committed offset plus N (negative: back)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub shift_by: Option<i64>,
    /// The first offset at or after this long ago, e.g. 30m, 2h, 1d
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub by_duration: Option<Duration>,
    /// Exactly the offsets in this CSV file: topic,partition,offset (as
    /// kafka-consumer-groups --export writes) or a backup
    /// (group,topic,partition,offset)
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,
    /// Commit the new offsets (without it, only show them)
    #[arg(long)]
    pub execute: bool,
    /// Print the planned offsets as topic,partition,offset CSV (dry run only)
    #[arg(long, conflicts_with = "execute")]
    pub export: bool,
    /// Back up the group's committed offsets to this new file before
    /// committing (default: $XDG_STATE_HOME/mskctl/offsets/GROUP-UTCSTAMP.csv)
    #[arg(long, value_name = "FILE", requires = "execute")]
    pub backup: Option<PathBuf>,
}

/// `--topic orders` or `--topic orders:0,1,2`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicSelection {
    pub topic: String,
    /// Empty means every partition.
    pub partitions: Vec<i32>,
}

pub fn parse_topic_partitions(s: &str) -> Result<TopicSelection, String> {
    let (topic, parts) = match s.rsplit_once(':') {
        Some((t, p)) => (t, Some(p)),
        None => (s, None),
    };
    if topic.is_empty() {
        return Err(format!("'{s}': expected TOPIC or TOPIC:P,P,..."));
    }
    let mut partitions = Vec::new();
    if let Some(parts) = parts {
        for p in parts.split(',').map(str::trim) {
            let n: i32 = p.parse().ok().filter(|n| *n >= 0).ok_or_else(|| {
                format!("'{s}': '{p}' is not a partition number (expected TOPIC:0,1,2)")
            })?;
            partitions.push(n);
        }
        partitions.sort_unstable();
        partitions.dedup();
    }
    Ok(TopicSelection {
        topic: topic.to_string(),
        partitions,
    })
}
