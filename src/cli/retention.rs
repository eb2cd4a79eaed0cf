//! `retention`: retention by time and size.

use clap_complete::engine::ArgValueCompleter;

use super::complete;
use clap::Subcommand;

use crate::units::{parse_retention_bytes, parse_retention_time};

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Show retention by time and size, in human units and raw
    #[command(after_help = "Examples:\n  mskctl retention get orders payments")]
    Get {
        #[arg(required = true, num_args = 1.., add = ArgValueCompleter::new(complete::topics))]
        topics: Vec<String>,
    },
    /// Change retention; lowering it deletes data, so it is confirmed (or --yes)
    #[command(after_help = "\
Examples:
  mskctl retention set orders --time 7d
  mskctl retention set orders payments --bytes 50GiB --yes
  mskctl retention set audit --time infinite

Units: time ms, s, m, h, d, w (combinable: 1d12h), or 'infinite';
size B, KB, MB, GB, TB (powers of 1000), KiB, MiB, GiB, TiB (powers of 1024), or 'infinite'.")]
    #[command(group(clap::ArgGroup::new("limit").args(["time", "bytes"]).required(true).multiple(true)))]
    Set {
        #[arg(required = true, num_args = 1.., add = ArgValueCompleter::new(complete::topics))]
        topics: Vec<String>,
        /// retention.ms, e.g. 7d, 36h, infinite
        #[arg(long, value_name = "DURATION", value_parser = parse_retention_time, allow_negative_numbers = true)]
        time: Option<i64>,
        /// retention.bytes (per partition), e.g. 50GiB, infinite
        #[arg(long, value_name = "SIZE", value_parser = parse_retention_bytes, allow_negative_numbers = true)]
        bytes: Option<i64>,
    },
    /// Delete records before an offset or a time (destructive) with DeleteRecords
    #[command(after_help = "\
Examples:
  mskctl retention purge orders --before 2026-01-01T00:00:00Z
  mskctl retention purge orders --partition 3 --before-offset 120000 --yes")]
    #[command(group(clap::ArgGroup::new("cutoff").args(["before_offset", "before"]).required(true)))]
    Purge {
        #[arg(add = ArgValueCompleter::new(complete::topics))]
        topic: String,
        /// Only this partition (default: all)
        #[arg(long, value_name = "P", allow_negative_numbers = true)]
        partition: Option<i32>,
        /// Delete records below this offset
        #[arg(long, value_name = "N")]
        before_offset: Option<i64>,
        /// Delete records older than this time (RFC 3339)
        #[arg(long, value_name = "RFC3339", value_parser = crate::units::parse_rfc3339_ms, allow_negative_numbers = true)]
        before: Option<i64>,
    },
}
