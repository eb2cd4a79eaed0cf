//! `broker`, and how reassignments are carried out (shared with
//! `partition` and `cluster`).

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum BrokerCommand {
    /// List brokers: id, address, rack, and which is the controller
    #[command(after_help = "Examples:\n  mskctl broker list\n  mskctl broker list -o yaml")]
    List,
    /// Move every replica off the given brokers (plan + execute), e.g. before removing them
    #[command(after_help = "\
Examples:
  mskctl broker drain 4 --throttle 50MB/s --wait
  mskctl broker drain 4,5,6 --yes --rollback-out drain-rollback.json
  mskctl broker drain 4 --balance bytes --capacity 2TiB --max-fill 80% --wait

The rollback plan (current assignment of every partition moved) is written first.")]
    Drain {
        /// Broker ids, comma-separated
        #[arg(value_name = "IDS", value_parser = parse_broker_ids)]
        brokers: BrokerIds,
        #[command(flatten)]
        balance: BalanceArgs,
        #[command(flatten)]
        exec: ExecuteArgs,
    },
}

/// Comma-separated broker ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokerIds(pub Vec<i32>);

pub fn parse_broker_ids(s: &str) -> Result<BrokerIds, String> {
    let mut ids = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let id: i32 = part
            .parse()
            .map_err(|_| format!("'{part}' is not a broker id (expected integers like 1,2,3)"))?;
        if id < 0 {
            return Err(format!("'{part}' is not a broker id (ids are >= 0)"));
        }
        ids.push(id);
    }
    if ids.is_empty() {
        return Err("expected at least one broker id".into());
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(BrokerIds(ids))
}

/// How a reassignment is carried out.
#[derive(Debug, Clone, Args)]
pub struct ExecuteArgs {
    /// Replication throttle while moving, bytes per second (e.g. 50MB/s, 100MiB)
    #[arg(long, value_name = "RATE", value_parser = crate::units::parse_rate, allow_negative_numbers = true)]
    pub throttle: Option<i64>,
    /// Submit this many partition moves at a time, waiting for each batch
    #[arg(long, value_name = "N", value_parser = super::at_least_one_u32, allow_negative_numbers = true)]
    pub batch: Option<u32>,
    /// Where to write the rollback plan (default: reassign-rollback-<time>.json)
    #[arg(long, value_name = "FILE")]
    pub rollback_out: Option<PathBuf>,
    /// Wait for completion with progress, then verify and remove throttles
    #[arg(long)]
    pub wait: bool,
    /// Start even while other reassignments are in progress (their throttled replicas are kept)
    #[arg(long)]
    pub additional: bool,
    /// At most N replicas arriving on one broker per batch (each batch waited for)
    #[arg(long, value_name = "N", default_value_t = 2, value_parser = super::at_least_one_usize, allow_negative_numbers = true)]
    pub max_concurrent_per_broker: usize,
    /// On an MSK Express cluster with intelligent rebalancing ACTIVE: pause it
    /// for this move and resume it afterwards (needs --wait)
    #[arg(long, requires = "wait")]
    pub pause_rebalancing: bool,
}

/// What a plan balances, and its limits (shared by `partition reassign
/// plan`, `broker drain` and `cluster scale --rebalance`).
#[derive(Debug, Clone, Args)]
pub struct BalanceArgs {
    /// Primary goal (default: bytes when every partition's size is known, else replicas)
    #[arg(long, value_enum, value_name = "GOAL")]
    pub balance: Option<BalanceArg>,
    /// At most this many bytes moved (e.g. 500GiB); whole partitions, like --max-moves
    #[arg(long, value_name = "SIZE", value_parser = crate::units::parse_positive_size)]
    pub max_bytes: Option<u64>,
    /// Disk capacity of each broker (a snapshot's capacity_bytes wins), e.g. 1TiB
    #[arg(long, value_name = "SIZE", value_parser = crate::units::parse_positive_size)]
    pub capacity: Option<u64>,
    /// Refuse plans that fill a broker's capacity above this
    #[arg(long, value_name = "PERCENT", default_value = "85%", value_parser = crate::units::parse_percent)]
    pub max_fill: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BalanceArg {
    /// Bytes per broker within 5% of the mean, replica counts within 10%, fewest bytes moved
    Bytes,
    /// Replica counts and leaders, fewest replicas moved
    Replicas,
}
