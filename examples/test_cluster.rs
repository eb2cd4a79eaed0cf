//! Runs the fake Kafka cluster from the integration tests as a standalone
//! process, for manual poking and benchmarks:
//!
//! ```text
//! cargo run --example test_cluster -- --brokers 3 --racks a,b,c --topics 10
//! ```
//!
//! `--partition-bytes` gives every created partition that size, so that
//! reassignments take time to copy (at most `--unthrottled-rate` bytes per
//! second per replica, less under replication throttles).
//!
//! `--kafka-version X.Y.Z` (default 3.6.0) makes the brokers impersonate
//! that Apache Kafka release: they advertise exactly its API version ranges
//! and close connections that use others; 2.8-3.9 run as ZooKeeper clusters
//! (controller requests only on the controller) unless `--kraft` is given,
//! 4.x always as KRaft (Metadata names a random broker as controller).
//! `--broker-config K=V` (repeatable) sets a static broker config, as in
//! every broker's `server.properties`.
//!
//! `--records N` appends N records to every created partition. `--groups N`
//! creates consumer groups `g-00000`... for lag benchmarks: group i consumes
//! topic `t-(i mod topics)` and has committed an offset on each of its
//! partitions, 0 to 99 records behind the end; even-numbered groups have one
//! member owning every partition (Stable), odd-numbered ones are Empty.
//! `--topics 100 --partitions 10 --groups 1000` makes 1,000 groups of 10
//! partitions each.
//!
//! Prints `bootstrap: 127.0.0.1:...` on stdout once every broker listens, then
//! serves until stdin reaches end-of-file or the process is interrupted.
//! With `--forever` it ignores stdin (for `&` in scripts, where stdin is
//! /dev/null).

use kafka_fake::{ClusterConfig, GroupMember, TestCluster};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: test_cluster [--brokers N] [--racks a,b,c] [--topics N] \
[--partitions N] [--partition-bytes N] [--unthrottled-rate BYTES_PER_SEC] \
[--records N] [--groups N] [--sasl-user USER:PASSWORD]... [--sasl-mechanism NAME]... \
[--kafka-version X.Y.Z] [--kraft] [--broker-config KEY=VALUE]... [--forever]";

struct Options {
    cluster: ClusterConfig,
    topics: usize,
    partitions: i32,
    partition_bytes: Option<u64>,
    records: i64,
    groups: usize,
    forever: bool,
}

fn parse(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut opts = Options {
        cluster: ClusterConfig::default(),
        topics: 0,
        partitions: 3,
        partition_bytes: None,
        records: 0,
        groups: 0,
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
            "--partition-bytes" => {
                opts.partition_bytes = Some(
                    value("--partition-bytes")?
                        .parse()
                        .map_err(|e| format!("--partition-bytes: {e}"))?,
                )
            }
            "--records" => {
                opts.records = value("--records")?
                    .parse()
                    .map_err(|e| format!("--records: {e}"))?
            }
            "--groups" => {
                opts.groups = value("--groups")?
                    .parse()
                    .map_err(|e| format!("--groups: {e}"))?
            }
            "--unthrottled-rate" => {
                opts.cluster.unthrottled_bytes_per_sec = value("--unthrottled-rate")?
                    .parse()
                    .map_err(|e| format!("--unthrottled-rate: {e}"))?
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
            "--kafka-version" => opts.cluster.kafka_version = value("--kafka-version")?,
            "--kraft" => opts.cluster.kraft = Some(true),
            "--broker-config" => {
                let v = value("--broker-config")?;
                let (key, val) = v.split_once('=').ok_or("--broker-config takes KEY=VALUE")?;
                opts.cluster
                    .broker_configs
                    .push((key.to_string(), val.to_string()));
            }
            "--forever" => opts.forever = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if opts.groups > 0 && opts.topics == 0 {
        return Err("--groups needs --topics".to_string());
    }
    if opts.records < 0 {
        return Err("--records cannot be negative".to_string());
    }
    Ok(opts)
}

/// Group i consumes topic i mod `topics`, lagging by a few records that vary
/// with the group and partition.
fn create_groups(cluster: &TestCluster, opts: &Options) {
    for i in 0..opts.groups {
        let group = format!("g-{i:05}");
        let topic = format!("t-{:05}", i % opts.topics);
        let members = if i % 2 == 0 {
            vec![GroupMember {
                member_id: format!("{group}-member-1"),
                client_id: format!("{group}-client"),
                client_host: "/127.0.0.1".to_string(),
                assignment: vec![(topic.clone(), (0..opts.partitions).collect())],
            }]
        } else {
            Vec::new()
        };
        cluster.add_group(&group, members);
        for p in 0..opts.partitions {
            let behind = ((i as i64) * 7 + i64::from(p) * 3) % 100;
            cluster.commit_offset(&group, &topic, p, (opts.records - behind).max(0));
        }
    }
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
    let cluster = match TestCluster::start(opts.cluster.clone()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("test_cluster: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Replication factor is capped by the broker count, as Kafka requires.
    let rf = cluster.broker_ids().len().min(3) as i16;
    for i in 0..opts.topics {
        let name = format!("t-{i:05}");
        cluster.create_topic(&name, opts.partitions, rf, &[]);
        for p in 0..opts.partitions {
            if let Some(bytes) = opts.partition_bytes {
                cluster.set_partition_size(&name, p, bytes);
            }
            if opts.records > 0 {
                cluster.append_records(&name, p, opts.records, 1_700_000_000_000, 1000);
            }
        }
    }
    create_groups(&cluster, &opts);
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
