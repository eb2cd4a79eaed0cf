//! `partition`: partition counts, reassignment and leader election.

use std::path::PathBuf;

use clap::Subcommand;

use super::broker::{parse_broker_ids, BalanceArgs, BrokerIds, ExecuteArgs};

#[derive(Debug, Subcommand)]
pub enum PartitionCommand {
    /// Write a cluster snapshot (brokers with racks, partitions with replicas and sizes) as JSON
    #[command(
        after_help = "Examples:\n  mskctl partition snapshot > snapshot.json\n  mskctl partition snapshot --topics '^orders' --out snapshot.json"
    )]
    Snapshot {
        /// Only topics matching this regular expression
        #[arg(long, value_name = "REGEX")]
        topics: Option<String>,
        /// Write to this file instead of stdout
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Plan, execute, watch, verify and cancel partition reassignments
    #[command(subcommand)]
    Reassign(ReassignCommand),
    /// List or clear replication throttles (broker rates, topic replica lists)
    #[command(subcommand)]
    Throttle(ThrottleCommand),
    /// Elect leaders: preferred (safe) or unclean (may lose data)
    #[command(after_help = "\
Examples:
  mskctl partition elect-leaders --preferred --all
  mskctl partition elect-leaders --preferred --topic orders --partition 3
  mskctl partition elect-leaders --unclean --topic orders --partition 3 --yes")]
    #[command(group(clap::ArgGroup::new("kind").required(true).args(["preferred", "unclean"])))]
    #[command(group(clap::ArgGroup::new("scope").required(true).args(["topic", "all"])))]
    ElectLeaders {
        /// Move leadership back to each partition's first (preferred) replica
        #[arg(long)]
        preferred: bool,
        /// Elect an out-of-sync replica when no in-sync one is available (destructive)
        #[arg(long)]
        unclean: bool,
        #[arg(long, value_name = "TOPIC")]
        topic: Option<String>,
        #[arg(
            long,
            value_name = "P",
            requires = "topic",
            allow_negative_numbers = true
        )]
        partition: Option<i32>,
        /// Every partition of the cluster
        #[arg(long)]
        all: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ThrottleCommand {
    /// Replication throttles set on brokers (rates) and topics (throttled replicas)
    #[command(after_help = "\
Examples:
  mskctl partition throttle list
  mskctl partition throttle list --broker 1,2 -o json
  mskctl partition throttle list --topic '^orders'

With --broker only brokers are shown, with --topic only topics; with neither, both.")]
    List(ThrottleScopeArgs),
    /// Remove replication throttles (shown first; asks, or --yes)
    #[command(after_help = "\
Examples:
  mskctl partition throttle clear
  mskctl partition throttle clear --topic '^orders' --yes

With --broker only those brokers' rates are removed, with --topic only those topics'
replica lists; with neither, every throttle. Removing throttles while a reassignment
is in progress lets it use the whole network: it is warned about and asked as usual.")]
    Clear(ThrottleScopeArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct ThrottleScopeArgs {
    /// Only these brokers' rates (comma-separated ids)
    #[arg(long, value_name = "IDS", value_parser = parse_broker_ids)]
    pub broker: Option<BrokerIds>,
    /// Only the replica lists of topics matching this regular expression
    #[arg(long, value_name = "REGEX")]
    pub topic: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ReassignCommand {
    /// Plan a minimal-movement reassignment (Kafka's reassignment JSON with -o json)
    #[command(after_help = "\
Examples:
  mskctl partition reassign plan live -o json > plan.json          # balance onto new brokers
  mskctl partition reassign plan --drain-brokers 4 -o json > plan.json
  mskctl partition reassign plan --snapshot snap.json --topics '^orders' --replication-factor 3 -o json
  mskctl partition reassign plan --balance bytes --max-bytes 500GiB --capacity 2TiB --max-fill 80%

--balance bytes (the default when every partition's size is known) brings every
broker within 5% of the mean bytes where sizes allow, replica counts within 10%,
moving as few bytes as it can; --balance replicas balances replica counts only.
The JSON is the format of kafka-reassign-partitions.sh; the table summarises moves,
bytes moved against the planner's lower bound, and per-broker bytes, replica and
leader counts before and after.")]
    Plan {
        /// `live` (the default) reads the connected cluster
        #[arg(value_name = "live", value_parser = ["live"], conflicts_with = "snapshot")]
        live: Option<String>,
        /// Plan from a snapshot file instead of the live cluster
        #[arg(long, value_name = "FILE")]
        snapshot: Option<PathBuf>,
        /// Brokers to empty
        #[arg(long, value_name = "IDS", value_parser = parse_broker_ids)]
        drain_brokers: Option<BrokerIds>,
        /// Only these brokers may hold replicas (default: all but drained)
        #[arg(long, value_name = "IDS", value_parser = parse_broker_ids)]
        brokers: Option<BrokerIds>,
        /// Only move partitions of topics matching this regular expression
        #[arg(long, value_name = "REGEX")]
        topics: Option<String>,
        /// Change the replication factor of the selected topics
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..), allow_negative_numbers = true)]
        replication_factor: Option<u16>,
        /// At most this many replica moves
        #[arg(long, value_name = "N", value_parser = super::at_least_one_usize, allow_negative_numbers = true)]
        max_moves: Option<usize>,
        #[command(flatten)]
        balance: BalanceArgs,
    },
    /// Execute a reassignment plan: rollback file first, throttles, batches, progress
    #[command(after_help = "\
Examples:
  mskctl partition reassign execute --plan plan.json --throttle 50MB/s --wait
  mskctl partition reassign execute --plan plan.json --batch 100 --rollback-out rollback.json --yes

Plans written by kafka-reassign-partitions.sh are accepted.")]
    Execute {
        #[arg(long, value_name = "FILE")]
        plan: PathBuf,
        /// Accept a plan that changes replication factors
        #[arg(long)]
        allow_replication_factor_change: bool,
        #[command(flatten)]
        exec: ExecuteArgs,
    },
    /// Reassignments in progress, with target and current replicas
    Status,
    /// Compare the cluster with a plan; remove the throttles once nothing is moving
    #[command(after_help = "\
Examples:
  mskctl partition reassign verify --plan plan.json

Exit codes: 0 every partition done, 3 partitions still moving, 4 partitions not at
their target with no reassignment in progress (cancelled, reverted or failed).
Throttles are removed only when no reassignment is in progress in the cluster.")]
    Verify {
        #[arg(long, value_name = "FILE")]
        plan: PathBuf,
        /// Leave the replication throttles in place
        #[arg(long)]
        preserve_throttles: bool,
    },
    /// Cancel the plan's reassignments in progress (replicas return to where they were)
    #[command(after_help = "\
Examples:
  mskctl partition reassign cancel --plan plan.json
  mskctl partition reassign cancel --all --yes

Throttles are removed afterwards when no reassignment is left in the cluster.")]
    Cancel {
        /// Cancel only this plan's partitions
        #[arg(
            long,
            value_name = "FILE",
            required_unless_present = "all",
            conflicts_with = "all"
        )]
        plan: Option<PathBuf>,
        /// Cancel every reassignment in progress in the cluster
        #[arg(long)]
        all: bool,
        /// Leave the replication throttles in place
        #[arg(long)]
        preserve_throttles: bool,
    },
}
