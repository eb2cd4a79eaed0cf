//! Runs the fake Kafka cluster from the integration tests as a standalone
//! process, for manual poking and benchmarks:
//!
//! ```text
//! cargo run --example test_cluster -- --brokers 3 --racks a,b,c --topics 10
//! ```
//!
//! Prints `bootstrap: 127.0.0.1:...` on stdout once every broker listens, then
//! serves until stdin reaches end-of-file or the process is interrupted.
//! With `--forever` it ignores stdin (for `&` in scripts, where stdin is
//! /dev/null).

#[allow(dead_code)]
#[path = "../tests/support/cluster.rs"]
mod cluster;

use cluster::{ClusterConfig, TestCluster};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: test_cluster [--brokers N] [--racks a,b,c] [--topics N] \
[--partitions N] [--sasl-user USER:PASSWORD]... [--sasl-mechanism NAME]... [--forever]";

struct Options {
    cluster: ClusterConfig,
    topics: usize,
    partitions: i32,
    forever: bool,
}

fn parse(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut opts = Options {
        cluster: ClusterConfig::default(),
        topics: 0,
        partitions: 3,
        forever: false,
    };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--brokers" => {
                opts.cluster.brokers = value("--brokers")?
                    .parse()
                    .map_err(|e| format!("--brokers: {e}"))?
            }
            "--racks" => {
                opts.cluster.racks = value("--racks")?
                    .split(',')
                    .filter(|r| !r.is_empty())
                    .map(str::to_string)
                    .collect()
            }
            "--topics" => {
                opts.topics = value("--topics")?
                    .parse()
                    .map_err(|e| format!("--topics: {e}"))?
            }
            "--partitions" => {
                opts.partitions = value("--partitions")?
                    .parse()
                    .map_err(|e| format!("--partitions: {e}"))?
            }
            "--sasl-user" => {
                let v = value("--sasl-user")?;
                let (user, password) =
                    v.split_once(':').ok_or("--sasl-user takes USER:PASSWORD")?;
                opts.cluster
                    .sasl_users
                    .push((user.to_string(), password.to_string()));
            }
            "--sasl-mechanism" => opts
                .cluster
                .sasl_mechanisms
                .push(value("--sasl-mechanism")?),
            "--forever" => opts.forever = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(opts)
}

fn main() -> ExitCode {
    let opts = match parse(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("test_cluster: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let cluster = match TestCluster::start(opts.cluster) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("test_cluster: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Replication factor is capped by the broker count, as Kafka requires.
    let rf = cluster.broker_ids().len().min(3) as i16;
    for i in 0..opts.topics {
        cluster.create_topic(&format!("t-{i:05}"), opts.partitions, rf, &[]);
    }
    println!("bootstrap: {}", cluster.bootstrap());
    let _ = std::io::stdout().flush();
    if opts.forever {
        loop {
            std::thread::park();
        }
    }
    let mut sink = [0u8; 4096];
    let mut stdin = std::io::stdin();
    while matches!(stdin.read(&mut sink), Ok(n) if n > 0) {}
    ExitCode::SUCCESS
}
