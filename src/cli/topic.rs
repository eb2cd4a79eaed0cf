//! `topic`: topics, their configs and their records.

use clap_complete::engine::ArgValueCompleter;

use super::complete;
use clap::{Args, Subcommand};

use crate::units::parse_key_value;

#[derive(Debug, Subcommand)]
pub enum TopicCommand {
    /// List topics
    #[command(
        after_help = "Examples:\n  mskctl topic list\n  mskctl topic list --pattern '^orders\\.' -o json\n  mskctl --msk-cluster orders --via aws topic list   # through the MSK API, no broker access"
    )]
    List {
        /// Only topics whose name matches this regular expression
        #[arg(long, value_name = "REGEX")]
        pattern: Option<String>,
        /// Include internal topics (__consumer_offsets, ...)
        #[arg(long)]
        internal: bool,
    },
    /// Show a topic's partitions (leader, replicas, ISR) and its non-default configs
    #[command(
        after_help = "Examples:\n  mskctl topic describe orders\n  mskctl topic describe orders -o json"
    )]
    Describe {
        #[arg(add = ArgValueCompleter::new(complete::topics))]
        name: String,
    },
    /// Create a topic
    #[command(
        after_help = "Examples:\n  mskctl topic create orders --partitions 12 --replication-factor 3 --config retention.ms=604800000\n  mskctl topic create orders --partitions 12 --replication-factor 3 --if-not-exists"
    )]
    Create {
        name: String,
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..), allow_negative_numbers = true)]
        partitions: i32,
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i16).range(1..), allow_negative_numbers = true)]
        replication_factor: i16,
        /// Topic config, repeatable
        #[arg(long = "config", value_name = "K=V", value_parser = parse_key_value)]
        configs: Vec<(String, String)>,
        /// Succeed without changes when the topic already exists
        #[arg(long)]
        if_not_exists: bool,
        /// Ask the cluster to validate the request without creating anything
        #[arg(long)]
        validate_only: bool,
    },
    /// Delete topics (destructive: asks on a terminal, needs --yes otherwise)
    #[command(
        after_help = "Examples:\n  mskctl topic delete orders.tmp\n  mskctl topic delete a b c --yes\n  mskctl topic delete old.events --allow-data-loss --yes   # it still holds records"
    )]
    Delete {
        #[arg(required = true, num_args = 1.., add = ArgValueCompleter::new(complete::topics))]
        names: Vec<String>,
        /// Delete topics that hold records or are consumed by a group (otherwise refused)
        #[arg(long)]
        allow_data_loss: bool,
    },
    /// Increase a topic's partition count (partitions can never be removed; keys move, so it asks or needs --yes)
    #[command(after_help = "Examples:\n  mskctl topic alter orders --partitions 24 --yes")]
    Alter {
        #[arg(add = ArgValueCompleter::new(complete::topics))]
        name: String,
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..), allow_negative_numbers = true)]
        partitions: i32,
    },
    /// Read and change topic configs (incrementally: other keys are never touched)
    #[command(subcommand)]
    Config(TopicConfigCommand),
    /// Print records from a topic (key, value, partition, offset, timestamp, headers)
    #[command(after_help = "\
Examples:
  mskctl topic tail orders                          # the last 10 records of each partition
  mskctl topic tail orders --from-beginning --max 100 -o json
  mskctl topic tail orders --since 15m --follow
  mskctl topic tail orders --partition 3 --offset 1200
  mskctl topic tail orders --since 2026-11-25T08:00:00Z --group debugging   # commits what it read

Values that are not UTF-8 are shown base64-encoded (marked as such in -o json, one
JSON object per line). Without --group nothing is committed.

With a schema registry (--schema-registry URL, --glue-registry NAME or the context's
schemaRegistry), Confluent- and Glue-framed Avro, Protobuf and JSON Schema keys and
values are shown as JSON with the schema that wrote them (\"value_schema\" in -o json);
a record that cannot be decoded is shown base64 with a note. --decode none turns it off.")]
    Tail(TailArgs),
    /// Write records to a topic: one per stdin line, or --value
    #[command(after_help = "\
Examples:
  echo '{\"id\":1}' | mskctl topic produce orders --key order-1
  mskctl topic produce orders --value hello --header source=cli --partition 0
  mskctl topic produce orders < records.txt -o json

  echo '{\"id\":1,\"state\":\"NEW\"}' | mskctl topic produce orders --value-subject orders-value \\
      --schema-registry http://localhost:8081

Each record is acknowledged by all in-sync replicas unless --acks says otherwise;
the partition and offset of every record are reported. With --value-subject each
line is a JSON value encoded with the subject's schema (Avro, Protobuf or JSON Schema)
and registry-framed; a line that does not match is reported with its line number and
nothing from it on is sent.")]
    Produce(ProduceArgs),
    /// Report under-replicated, offline and under-min-ISR partitions (exit 4 when any)
    #[command(
        after_help = "Examples:\n  mskctl topic health\n  mskctl topic health --topic '^payments\\.'"
    )]
    Health {
        /// Only topics whose name matches this regular expression
        #[arg(long, value_name = "REGEX")]
        topic: Option<String>,
    },
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("position").args(["from_beginning", "offset", "since"])))]
pub struct TailArgs {
    #[arg(add = ArgValueCompleter::new(complete::topics))]
    pub topic: String,
    /// Only this partition
    #[arg(long, value_name = "P", value_parser = clap::value_parser!(i32).range(0..), allow_negative_numbers = true)]
    pub partition: Option<i32>,
    /// Start at each partition's earliest record
    #[arg(long)]
    pub from_beginning: bool,
    /// Start at this offset; negative counts back from the end (-10: the last 10)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub offset: Option<i64>,
    /// Start at the first record at or after this time: RFC 3339 or a duration ago (15m, 2h, 7d)
    #[arg(long, value_name = "TIME|DURATION")]
    pub since: Option<String>,
    /// Stop after this many records in total
    #[arg(long, value_name = "N", value_parser = super::at_least_one, allow_negative_numbers = true)]
    pub max: Option<u64>,
    /// Keep waiting for new records (until Ctrl-C or --max)
    #[arg(long)]
    pub follow: bool,
    /// Consumer group to commit the read positions to (nothing is committed without it)
    #[arg(long, value_name = "GROUP", add = ArgValueCompleter::new(complete::groups))]
    pub group: Option<String>,
    /// Decode registry-framed keys and values to JSON (default: auto when a schema registry is configured)
    #[arg(long, value_enum, value_name = "MODE")]
    pub decode: Option<super::DecodeMode>,
}

#[derive(Debug, Args)]
pub struct ProduceArgs {
    #[arg(add = ArgValueCompleter::new(complete::topics))]
    pub topic: String,
    /// Record key (the same for every record)
    #[arg(long, value_name = "K")]
    pub key: Option<String>,
    /// Write to this partition instead of the key's (or a random) one
    #[arg(long, value_name = "P", value_parser = clap::value_parser!(i32).range(0..), allow_negative_numbers = true)]
    pub partition: Option<i32>,
    /// Record header, repeatable
    #[arg(long = "header", value_name = "K=V", value_parser = parse_key_value)]
    pub headers: Vec<(String, String)>,
    /// Write this one record instead of reading stdin
    #[arg(long, value_name = "V")]
    pub value: Option<String>,
    /// Acknowledgement required: all (every in-sync replica), 1 (the leader) or 0 (none)
    #[arg(long, value_name = "ACKS", default_value = "all", value_parser = ["all", "1", "0"])]
    pub acks: String,
    /// Encode each line (a JSON value) with this subject's schema, registry-framed
    #[arg(long, value_name = "SUBJECT")]
    pub value_subject: Option<String>,
    /// Encode --key (a JSON value) with this subject's schema, registry-framed
    #[arg(long, value_name = "SUBJECT", requires = "key")]
    pub key_subject: Option<String>,
    /// Which version of the subjects' schemas to write with
    #[arg(long, value_name = "N|latest", value_parser = super::parse_version, default_value = "latest")]
    pub schema_version: super::SubjectVersionArg,
}

#[derive(Debug, Subcommand)]
pub enum TopicConfigCommand {
    /// Show a topic's non-default configs (all configs with --all)
    #[command(
        after_help = "Examples:\n  mskctl topic config get orders\n  mskctl topic config get orders --all -o json"
    )]
    Get {
        #[arg(add = ArgValueCompleter::new(complete::topics))]
        name: String,
        /// Include configs at their default value
        #[arg(long)]
        all: bool,
    },
    /// Set topic configs (a change that can lose data asks, or needs --yes)
    #[command(
        after_help = "Examples:\n  mskctl topic config set orders max.message.bytes=2097152\n  mskctl topic config set orders retention.ms=86400000 cleanup.policy=compact --yes"
    )]
    Set {
        #[arg(add = ArgValueCompleter::new(complete::topics))]
        name: String,
        #[arg(required = true, num_args = 1.., value_name = "K=V", value_parser = parse_key_value)]
        configs: Vec<(String, String)>,
    },
    /// Remove topic configs (they return to the cluster default)
    #[command(after_help = "Examples:\n  mskctl topic config delete orders retention.ms")]
    Delete {
        #[arg(add = ArgValueCompleter::new(complete::topics))]
        name: String,
        #[arg(required = true, num_args = 1.., value_name = "K")]
        keys: Vec<String>,
    },
}
