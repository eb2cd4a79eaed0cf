//! The clap tree: every command, flag and help text, and nothing else.
//!
//! Parsing helpers for values with a syntax of their own (durations, sizes,
//! `K=V`) live in `units` so that a bad value is a usage error (exit 2)
//! raised by clap, before any connection is attempted.

use std::path::PathBuf;
use std::time::Duration;

use clap::builder::PossibleValue;
use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

use crate::units::{parse_duration, parse_key_value, parse_retention_bytes, parse_retention_time};

const ROOT_EXAMPLES: &str = "\
Examples:
  mskctl -b localhost:9092 topic list
  mskctl config set-context prod -b b-1.prod:9096 --security-protocol SASL_SSL \\
      --sasl-mechanism SCRAM-SHA-512 --sasl-username ops --sasl-password-env PROD_KAFKA_PASSWORD
  mskctl --context prod topic describe orders -o json
  mskctl config set-context orders --msk-cluster orders --msk-auth tls --security-protocol SSL
  mskctl retention set orders --time 3d --yes

Exit codes:
  0 success, 1 runtime error, 2 usage error, 3 changes pending (plan --exit-code;
  partition reassign verify: partitions still moving), 4 a check failed (topic health
  found problems, group lag over --threshold, reassign verify: partitions not at target)";

#[derive(Debug, Parser)]
#[command(
    name = "mskctl",
    version,
    about = "Operate Apache Kafka and Amazon MSK: topics, configs, retention, brokers, consumer groups and ACLs",
    long_about = None,
    after_help = ROOT_EXAMPLES,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

pub use crate::context::{SaslMechanismName, SecurityProtocol};
pub use crate::msk::client::BootstrapAuth;
pub use crate::render::OutputFormat;

// The library's own enums are the flag values; clap learns their names here
// so that nothing below the command layer depends on it.

impl ValueEnum for OutputFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &OutputFormat::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.name()))
    }
}

impl ValueEnum for SecurityProtocol {
    fn value_variants<'a>() -> &'a [Self] {
        &SecurityProtocol::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.name()))
    }
}

impl ValueEnum for SaslMechanismName {
    fn value_variants<'a>() -> &'a [Self] {
        &SaslMechanismName::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let value = PossibleValue::new(self.name());
        Some(match self {
            SaslMechanismName::AwsMskIam => {
                value.help("SASL OAUTHBEARER with a token signed by the AWS credential chain")
            }
            _ => value,
        })
    }
}

// Which MSK listener to connect to (selects the bootstrap string).
impl ValueEnum for BootstrapAuth {
    fn value_variants<'a>() -> &'a [Self] {
        &BootstrapAuth::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.as_str()))
    }
}

/// Flags accepted by every command. Connection flags override the selected
/// context field by field.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Bootstrap servers, HOST:PORT[,HOST:PORT...]
    #[arg(
        short = 'b',
        long,
        global = true,
        env = "MSKCTL_BOOTSTRAP_SERVERS",
        value_name = "HOST:PORT,..."
    )]
    pub bootstrap_servers: Option<String>,

    /// Context (connection profile) to use instead of the current one; typed
    /// as a flag, it also wins over MSKCTL_* connection variables
    #[arg(long, global = true, env = "MSKCTL_CONTEXT", value_name = "NAME")]
    pub context: Option<String>,

    /// Output format
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,

    /// Answer yes to confirmations (needed for destructive changes without a terminal)
    #[arg(long, global = true)]
    pub yes: bool,

    /// More logging on stderr (-v info, -vv debug, -vvv trace); secrets are never logged
    #[arg(short = 'v', long = "verbose", global = true, action = ArgAction::Count)]
    pub verbose: u8,

    /// Bound on every network wait, e.g. 30s, 2m
    #[arg(long, global = true, value_parser = parse_duration, default_value = "30s", value_name = "DURATION")]
    pub timeout: Duration,

    /// Whether --timeout was given (set from the parsed matches, not a flag).
    #[arg(skip)]
    pub timeout_given: bool,

    /// Disable colours (also honoured: the NO_COLOR environment variable)
    #[arg(long, global = true)]
    pub no_color: bool,

    #[command(flatten)]
    pub connection: ConnectionArgs,

    #[command(flatten)]
    pub aws: AwsArgs,
}

/// Connection arguments that `MSKCTL_*` variables can supply, by clap id.
const CONNECTION_ENV: &[(&str, &str)] = &[
    ("bootstrap_servers", "MSKCTL_BOOTSTRAP_SERVERS"),
    ("security_protocol", "MSKCTL_SECURITY_PROTOCOL"),
    ("sasl_mechanism", "MSKCTL_SASL_MECHANISM"),
    ("sasl_username", "MSKCTL_SASL_USERNAME"),
    ("tls_ca_file", "MSKCTL_TLS_CA_FILE"),
    ("tls_cert_file", "MSKCTL_TLS_CERT_FILE"),
    ("tls_key_file", "MSKCTL_TLS_KEY_FILE"),
    ("msk_cluster", "MSKCTL_MSK_CLUSTER"),
    ("msk_auth", "MSKCTL_MSK_AUTH"),
];

impl GlobalArgs {
    /// A `--context` typed on the command line names the cluster to act on;
    /// connection settings left in `MSKCTL_*` variables (a forgotten
    /// `MSKCTL_BOOTSTRAP_SERVERS`) must not redirect it to another one. So
    /// those values are dropped and the context's own are used; flags still
    /// override the context. Returns the note to print, if any was dropped.
    pub fn prefer_explicit_context(&mut self, matches: &clap::ArgMatches) -> Option<String> {
        use clap::parser::ValueSource;
        if matches.value_source("context") != Some(ValueSource::CommandLine) {
            return None;
        }
        let mut dropped = Vec::new();
        for (id, var) in CONNECTION_ENV {
            if matches.value_source(id) != Some(ValueSource::EnvVariable) {
                continue;
            }
            dropped.push(*var);
            let c = &mut self.connection;
            match *id {
                "bootstrap_servers" => self.bootstrap_servers = None,
                "security_protocol" => c.security_protocol = None,
                "sasl_mechanism" => c.sasl_mechanism = None,
                "sasl_username" => c.sasl_username = None,
                "tls_ca_file" => c.tls_ca_file = None,
                "tls_cert_file" => c.tls_cert_file = None,
                "tls_key_file" => c.tls_key_file = None,
                "msk_cluster" => c.msk_cluster = None,
                _ => c.msk_auth = None,
            }
        }
        let context = self.context.as_deref().unwrap_or_default();
        (!dropped.is_empty()).then(|| {
            format!(
                "note: using context '{context}' (--context); ignoring {} from the environment",
                dropped.join(", ")
            )
        })
    }
}

/// AWS overrides for MSK commands and IAM authentication; everything else
/// (credentials, endpoints) comes from the SDK's standard chain.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "AWS")]
pub struct AwsArgs {
    /// AWS profile (default: AWS_PROFILE, then "default")
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// AWS region (default: AWS_REGION, then the profile's region)
    #[arg(long, global = true, value_name = "REGION")]
    pub region: Option<String>,
}

/// Connection settings that override (or, with `config set-context`, are
/// stored into) a context. Passwords are never taken from argv: only the name
/// of an environment variable or a file holding one.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Connection")]
pub struct ConnectionArgs {
    /// Security protocol
    #[arg(long, global = true, value_enum, env = "MSKCTL_SECURITY_PROTOCOL")]
    pub security_protocol: Option<SecurityProtocol>,

    /// SASL mechanism
    #[arg(long, global = true, value_enum, env = "MSKCTL_SASL_MECHANISM")]
    pub sasl_mechanism: Option<SaslMechanismName>,

    /// SASL username
    #[arg(long, global = true, env = "MSKCTL_SASL_USERNAME", value_name = "USER")]
    pub sasl_username: Option<String>,

    /// Name of the environment variable that holds the SASL password
    #[arg(long, global = true, value_name = "VAR")]
    pub sasl_password_env: Option<String>,

    /// File whose first line is the SASL password
    #[arg(long, global = true, value_name = "PATH")]
    pub sasl_password_file: Option<PathBuf>,

    /// PEM file of CA certificates to trust (in addition to the system roots)
    #[arg(long, global = true, env = "MSKCTL_TLS_CA_FILE", value_name = "PATH")]
    pub tls_ca_file: Option<PathBuf>,

    /// PEM client certificate for mutual TLS
    #[arg(long, global = true, env = "MSKCTL_TLS_CERT_FILE", value_name = "PATH")]
    pub tls_cert_file: Option<PathBuf>,

    /// PEM private key of the client certificate
    #[arg(long, global = true, env = "MSKCTL_TLS_KEY_FILE", value_name = "PATH")]
    pub tls_key_file: Option<PathBuf>,

    /// Do not verify the brokers' TLS certificates (never in production)
    #[arg(long, global = true)]
    pub tls_insecure_skip_verify: bool,

    /// MSK cluster (name or ARN) whose bootstrap brokers to connect to, looked up
    /// through the AWS API, instead of --bootstrap-servers
    #[arg(
        long,
        global = true,
        env = "MSKCTL_MSK_CLUSTER",
        value_name = "NAME|ARN"
    )]
    pub msk_cluster: Option<String>,

    /// Which MSK listener to use with --msk-cluster (default: iam)
    #[arg(long, global = true, value_enum, env = "MSKCTL_MSK_AUTH")]
    pub msk_auth: Option<BootstrapAuth>,

    /// Use the MSK cluster's public endpoints (public access must be on)
    #[arg(long, global = true)]
    pub msk_public: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage contexts (connection profiles) in $XDG_CONFIG_HOME/mskctl/config.yaml
    #[command(subcommand)]
    Config(ConfigCommand),
    /// List, describe, create, alter, delete and check topics
    #[command(subcommand)]
    Topic(TopicCommand),
    /// Read and change topic retention; purge old records
    #[command(subcommand)]
    Retention(RetentionCommand),
    /// Inspect and drain brokers
    #[command(subcommand)]
    Broker(BrokerCommand),
    /// Partition snapshots, reassignment (plan, execute, verify) and leader election
    #[command(subcommand)]
    Partition(PartitionCommand),
    /// Consumer groups: list, describe, lag, reset offsets, delete
    #[command(subcommand)]
    Group(GroupCommand),
    /// List, create and delete ACLs
    #[command(subcommand)]
    Acl(AclCommand),
    /// Amazon MSK clusters: describe, bootstrap brokers, scale, storage, broker type, configurations
    #[command(subcommand)]
    Cluster(ClusterCommand),
    /// Check manifests offline (no cluster contacted): schema, types, duplicates
    #[command(
        after_help = "Examples:\n  mskctl validate -f topics/\n  cat topic.yaml | mskctl validate -f -\n\nEvery problem is reported as file:line:col: message; exit 1 when any."
    )]
    Validate(ManifestArgs),
    /// Show what `apply` would change to make the cluster match the manifests
    #[command(
        visible_alias = "diff",
        after_help = "\
Examples:
  mskctl plan -f topics/
  mskctl plan -f topics/ --prune --exit-code -o markdown   # in CI, on pull requests
  mskctl plan -f topics/ --out plan.json                   # review, then: mskctl apply --plan plan.json

Each action is marked safe, risky or destructive. With --exit-code: 0 no changes,
3 changes pending, 1 error. --prune deletes only what a kind: Ownership document
owns; topics holding records or read by a group also need --allow-data-loss."
    )]
    Plan(PlanArgs),
    /// Make the cluster match the manifests (or apply a saved plan exactly)
    #[command(after_help = "\
Examples:
  mskctl apply -f topics/
  mskctl apply -f topics/ --prune --yes      # in CI, on main
  mskctl apply --plan plan.json              # exactly what was reviewed; refused if the cluster moved

Without a terminal, --yes is required. On failure apply stops and lists what was
done and what was not; running it again converges. --prune deletes only what a
kind: Ownership document owns; topics holding records or read by a group also
need --allow-data-loss.")]
    Apply(ApplyArgs),
    /// Print live topics as manifests (only non-default configs)
    #[command(
        after_help = "Examples:\n  mskctl export > topics.yaml\n  mskctl export --pattern '^payments\\.' > payments.yaml"
    )]
    Export {
        /// Only topics whose name matches this regular expression
        #[arg(long, value_name = "REGEX")]
        pattern: Option<String>,
        /// Include internal topics
        #[arg(long)]
        internal: bool,
    },
    /// Print the JSON Schema of every manifest kind (for editors)
    #[command(
        after_help = "Examples:\n  mskctl schema > mskctl.schema.json\n  # then, first line of a manifest:\n  # yaml-language-server: $schema=./mskctl.schema.json"
    )]
    Schema,
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  mskctl completions bash > /etc/bash_completion.d/mskctl\n  mskctl completions zsh > \"${fpath[1]}/_mskctl\""
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

// ---------------------------------------------------------------- manifests

#[derive(Debug, Clone, Args)]
pub struct ManifestArgs {
    /// Manifest files or directories (recursive, *.yaml / *.yml); - for stdin
    #[arg(short = 'f', long = "filename", value_name = "PATH", required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub manifests: ManifestArgs,
    /// Also plan deleting what an Ownership document owns and no manifest declares
    #[arg(long)]
    pub prune: bool,
    /// Plan deleting topics that hold records or are consumed (otherwise refused)
    #[arg(long)]
    pub allow_data_loss: bool,
    /// Exit 3 when changes are pending, 0 when there are none
    #[arg(long)]
    pub exit_code: bool,
    /// Save the plan for `apply --plan FILE`
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["files", "plan"])))]
pub struct ApplyArgs {
    /// Manifest files or directories (recursive, *.yaml / *.yml); - for stdin
    #[arg(short = 'f', long = "filename", value_name = "PATH", num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// Apply a plan saved with `plan --out`, exactly
    #[arg(long, value_name = "FILE", conflicts_with_all = ["files", "prune"])]
    pub plan: Option<PathBuf>,
    /// Also delete what an Ownership document owns and no manifest declares
    #[arg(long)]
    pub prune: bool,
    /// Delete topics that hold records or are consumed (otherwise refused)
    #[arg(long)]
    pub allow_data_loss: bool,
}

// ---------------------------------------------------------------- config

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// List the contexts; the current one is marked with *
    GetContexts,
    /// Print the name of the current context
    CurrentContext,
    /// Make NAME the current context
    UseContext { name: String },
    /// Create or update a context from the connection flags
    #[command(after_help = "\
Examples:
  mskctl config set-context local -b localhost:9092
  mskctl config set-context prod -b b-1.prod:9096,b-2.prod:9096 --security-protocol SASL_SSL \\
      --sasl-mechanism SCRAM-SHA-512 --sasl-username ops --sasl-password-env PROD_KAFKA_PASSWORD
  mskctl config set-context mtls -b kafka:9093 --security-protocol SSL \\
      --tls-ca-file ca.pem --tls-cert-file client.pem --tls-key-file client.key

Only the flags given are changed; the rest of an existing context is kept.")]
    SetContext {
        name: String,
        /// Also make it the current context
        #[arg(long)]
        current: bool,
    },
    /// Delete a context
    DeleteContext { name: String },
    /// Print the configuration file with secrets redacted
    View,
}

// ---------------------------------------------------------------- topic

#[derive(Debug, Subcommand)]
pub enum TopicCommand {
    /// List topics
    #[command(
        after_help = "Examples:\n  mskctl topic list\n  mskctl topic list --pattern '^orders\\.' -o json"
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
    Describe { name: String },
    /// Create a topic
    #[command(
        after_help = "Examples:\n  mskctl topic create orders --partitions 12 --replication-factor 3 --config retention.ms=604800000\n  mskctl topic create orders --partitions 12 --replication-factor 3 --if-not-exists"
    )]
    Create {
        name: String,
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
        partitions: i32,
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i16).range(1..))]
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
        #[arg(required = true, num_args = 1..)]
        names: Vec<String>,
        /// Delete topics that hold records or are consumed by a group (otherwise refused)
        #[arg(long)]
        allow_data_loss: bool,
    },
    /// Increase a topic's partition count (partitions can never be removed; keys move, so it asks or needs --yes)
    #[command(after_help = "Examples:\n  mskctl topic alter orders --partitions 24 --yes")]
    Alter {
        name: String,
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
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
JSON object per line). Without --group nothing is committed.")]
    Tail(TailArgs),
    /// Write records to a topic: one per stdin line, or --value
    #[command(after_help = "\
Examples:
  echo '{\"id\":1}' | mskctl topic produce orders --key order-1
  mskctl topic produce orders --value hello --header source=cli --partition 0
  mskctl topic produce orders < records.txt -o json

Each record is acknowledged by all in-sync replicas unless --acks says otherwise;
the partition and offset of every record are reported.")]
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
    pub topic: String,
    /// Only this partition
    #[arg(long, value_name = "P", value_parser = clap::value_parser!(i32).range(0..))]
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
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max: Option<u64>,
    /// Keep waiting for new records (until Ctrl-C or --max)
    #[arg(long)]
    pub follow: bool,
    /// Consumer group to commit the read positions to (nothing is committed without it)
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
}

#[derive(Debug, Args)]
pub struct ProduceArgs {
    pub topic: String,
    /// Record key (the same for every record)
    #[arg(long, value_name = "K")]
    pub key: Option<String>,
    /// Write to this partition instead of the key's (or a random) one
    #[arg(long, value_name = "P", value_parser = clap::value_parser!(i32).range(0..))]
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
}

#[derive(Debug, Subcommand)]
pub enum TopicConfigCommand {
    /// Show a topic's non-default configs (all configs with --all)
    #[command(
        after_help = "Examples:\n  mskctl topic config get orders\n  mskctl topic config get orders --all -o json"
    )]
    Get {
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
        name: String,
        #[arg(required = true, num_args = 1.., value_name = "K=V", value_parser = parse_key_value)]
        configs: Vec<(String, String)>,
    },
    /// Remove topic configs (they return to the cluster default)
    #[command(after_help = "Examples:\n  mskctl topic config delete orders retention.ms")]
    Delete {
        name: String,
        #[arg(required = true, num_args = 1.., value_name = "K")]
        keys: Vec<String>,
    },
}

// ---------------------------------------------------------------- retention

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Show retention by time and size, in human units and raw
    #[command(after_help = "Examples:\n  mskctl retention get orders payments")]
    Get {
        #[arg(required = true, num_args = 1..)]
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
    Set {
        #[arg(required = true, num_args = 1..)]
        topics: Vec<String>,
        /// retention.ms, e.g. 7d, 36h, infinite
        #[arg(long, value_name = "DURATION", value_parser = parse_retention_time, required_unless_present = "bytes")]
        time: Option<i64>,
        /// retention.bytes (per partition), e.g. 50GiB, infinite
        #[arg(long, value_name = "SIZE", value_parser = parse_retention_bytes)]
        bytes: Option<i64>,
    },
    /// Delete records before an offset or a time (destructive) with DeleteRecords
    #[command(after_help = "\
Examples:
  mskctl retention purge orders --before 2026-01-01T00:00:00Z
  mskctl retention purge orders --partition 3 --before-offset 120000 --yes")]
    Purge {
        topic: String,
        /// Only this partition (default: all)
        #[arg(long, value_name = "P")]
        partition: Option<i32>,
        /// Delete records below this offset
        #[arg(
            long,
            value_name = "N",
            conflicts_with = "before",
            required_unless_present = "before"
        )]
        before_offset: Option<i64>,
        /// Delete records older than this time (RFC 3339)
        #[arg(long, value_name = "RFC3339", value_parser = crate::units::parse_rfc3339_ms)]
        before: Option<i64>,
    },
}

// ---------------------------------------------------------------- broker

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

The rollback plan (current assignment of every partition moved) is written first.")]
    Drain {
        /// Broker ids, comma-separated
        #[arg(value_name = "IDS", value_parser = parse_broker_ids)]
        brokers: BrokerIds,
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
    #[arg(long, value_name = "RATE", value_parser = crate::units::parse_rate)]
    pub throttle: Option<i64>,
    /// Submit this many partition moves at a time, waiting for each batch
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
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
}

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
        #[arg(long, value_name = "P", requires = "topic")]
        partition: Option<i32>,
        /// Every partition of the cluster
        #[arg(long)]
        all: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReassignCommand {
    /// Plan a minimal-movement reassignment (Kafka's reassignment JSON with -o json)
    #[command(after_help = "\
Examples:
  mskctl partition reassign plan live -o json > plan.json          # balance onto new brokers
  mskctl partition reassign plan --drain-brokers 4 -o json > plan.json
  mskctl partition reassign plan --snapshot snap.json --topics '^orders' --replication-factor 3 -o json

The JSON is the format of kafka-reassign-partitions.sh; the table summarises moves,
bytes and per-broker replica and leader counts before and after.")]
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
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        replication_factor: Option<u16>,
        /// At most this many replica moves
        #[arg(long, value_name = "N")]
        max_moves: Option<usize>,
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

// ---------------------------------------------------------------- group

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
    Describe { group: String },
    /// Total and maximum lag per group (exit 4 when a group's total lag exceeds --threshold)
    #[command(after_help = "\
Examples:
  mskctl group lag                                  # every group
  mskctl group lag payments-service audit-sink --topic '^payments\\.'
  mskctl group lag --threshold 10000                # in monitoring: exit 4 when over")]
    Lag {
        /// Groups to check (default: every group of the cluster)
        groups: Vec<String>,
        /// Only partitions of topics matching this regular expression
        #[arg(long, value_name = "REGEX")]
        topic: Option<String>,
        /// Exit 4 when any group's total lag is above N messages
        #[arg(long, value_name = "N")]
        threshold: Option<u64>,
    },
    /// Move a group's committed offsets (dry run unless --execute; the group must have no members)
    #[command(after_help = "\
Examples:
  mskctl group reset-offsets billing --topic orders --to-earliest
  mskctl group reset-offsets billing --topic orders:0,1 --to-offset 1200 --execute
  mskctl group reset-offsets billing --all-topics --to-datetime 2026-01-31T12:00:00Z --execute
  mskctl group reset-offsets billing --all-topics --by-duration 2h --execute
  mskctl group reset-offsets billing --topic orders --shift-by -500

Kafka only accepts a reset while the group has no active members: stop its
consumers first. New offsets are kept within each partition's earliest and
latest offsets; the table says where a value was clamped.")]
    ResetOffsets(ResetOffsetsArgs),
    /// Delete consumer groups and their committed offsets (destructive; groups must have no members)
    #[command(
        after_help = "Examples:\n  mskctl group delete old-service\n  mskctl group delete a b c --yes"
    )]
    Delete {
        #[arg(required = true, num_args = 1..)]
        groups: Vec<String>,
    },
    /// Delete a group's committed offsets for topics it no longer consumes (destructive)
    #[command(
        after_help = "Examples:\n  mskctl group delete-offsets billing --topic retired-topic\n  mskctl group delete-offsets billing --topic orders:3 --yes"
    )]
    DeleteOffsets {
        group: String,
        /// Topic, optionally with partitions (orders:0,1); repeatable
        #[arg(long, required = true, value_name = "TOPIC[:P,P...]", value_parser = parse_topic_partitions)]
        topic: Vec<TopicSelection>,
    },
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("scope").required(true).args(["topic", "all_topics"])))]
#[command(group(
    clap::ArgGroup::new("target")
        .required(true)
        .args(["to_earliest", "to_latest", "to_datetime", "to_offset", "shift_by", "by_duration"])
))]
pub struct ResetOffsetsArgs {
    pub group: String,
    /// Topic, optionally with partitions (orders:0,1); repeatable
    #[arg(long, value_name = "TOPIC[:P,P...]", value_parser = parse_topic_partitions)]
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
    #[arg(long, value_name = "RFC3339", value_parser = crate::units::parse_rfc3339_ms)]
    pub to_datetime: Option<i64>,
    /// This offset on every selected partition
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..))]
    pub to_offset: Option<i64>,
    /// The committed offset plus N (negative: back)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub shift_by: Option<i64>,
    /// The first offset at or after this long ago, e.g. 30m, 2h, 1d
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub by_duration: Option<Duration>,
    /// Commit the new offsets (without it, only show them)
    #[arg(long)]
    pub execute: bool,
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

// ---------------------------------------------------------------- acl

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AclResourceTypeArg {
    Topic,
    Group,
    Cluster,
    TransactionalId,
    DelegationToken,
    /// A user principal's name, for delegation tokens created or described on its behalf
    User,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AclPatternFilterArg {
    /// Literal bindings with exactly this name
    Literal,
    /// Prefixed bindings with exactly this prefix
    Prefixed,
    /// Every binding that applies to a resource of this name: literal, wildcard (*) and matching prefixes
    Match,
    /// Literal or prefixed bindings with exactly this name
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AclPatternArg {
    Literal,
    Prefixed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AclOperationArg {
    All,
    Read,
    Write,
    Create,
    Delete,
    Alter,
    Describe,
    ClusterAction,
    DescribeConfigs,
    AlterConfigs,
    IdempotentWrite,
    CreateTokens,
    DescribeTokens,
}

#[derive(Debug, Subcommand)]
pub enum AclCommand {
    /// List ACL bindings, optionally filtered
    #[command(after_help = "\
Examples:
  mskctl acl list
  mskctl acl list --principal User:alice
  mskctl acl list --resource-type topic --resource-name orders --pattern-type match -o json

--pattern-type match lists every binding that applies to the named resource,
including prefixed and wildcard (*) ones.")]
    List(AclFilterArgs),
    /// Allow or deny operations on a resource to a principal
    #[command(after_help = "\
Examples:
  mskctl acl create --principal User:alice --allow --operation read describe --topic orders
  mskctl acl create --principal User:etl --allow --operation write --topic 'etl.' --pattern-type prefixed
  mskctl acl create --principal User:alice --allow --operation read --group billing
  mskctl acl create --principal User:ops --allow --operation describe-configs --cluster
  mskctl acl create --principal User:mallory --deny --operation all --topic '*' --host 10.0.0.9")]
    Create(AclCreateArgs),
    /// Delete the ACL bindings a filter matches (shown first; destructive)
    #[command(after_help = "\
Examples:
  mskctl acl delete --principal User:alice --resource-type topic --resource-name orders
  mskctl acl delete --principal User:contractor --yes

The bindings the filter matches are listed before anything is deleted, and only
those are deleted.")]
    Delete(AclFilterArgs),
}

#[derive(Debug, Clone, Args)]
pub struct AclFilterArgs {
    /// Only bindings for this principal, TYPE:NAME (e.g. User:alice)
    #[arg(long, value_name = "TYPE:NAME", value_parser = parse_principal)]
    pub principal: Option<String>,
    /// Only bindings on this kind of resource
    #[arg(long, value_enum, ignore_case = true, value_name = "TYPE")]
    pub resource_type: Option<AclResourceTypeArg>,
    /// Only bindings on this resource name
    #[arg(long, value_name = "NAME")]
    pub resource_name: Option<String>,
    /// How --resource-name is matched against bindings
    #[arg(long, value_enum, ignore_case = true, default_value_t = AclPatternFilterArg::Any, value_name = "TYPE")]
    pub pattern_type: AclPatternFilterArg,
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("permission").required(true).args(["allow", "deny"])))]
#[command(group(
    clap::ArgGroup::new("resource")
        .required(true)
        .args(["topic", "group", "cluster", "transactional_id", "user"])
))]
pub struct AclCreateArgs {
    /// Who the binding is for, TYPE:NAME (e.g. User:alice, User:* for everyone); repeatable
    #[arg(long, required = true, value_name = "TYPE:NAME", value_parser = parse_principal)]
    pub principal: Vec<String>,
    /// Grant the operations
    #[arg(long)]
    pub allow: bool,
    /// Forbid the operations (a deny wins over any allow)
    #[arg(long)]
    pub deny: bool,
    /// Operations (space- or comma-separated)
    #[arg(long, required = true, num_args = 1.., value_delimiter = ',', value_enum, ignore_case = true, value_name = "OP")]
    pub operation: Vec<AclOperationArg>,
    /// A topic (or topic name prefix with --pattern-type prefixed; * for all)
    #[arg(long, value_name = "NAME")]
    pub topic: Option<String>,
    /// A consumer group (or prefix; * for all)
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,
    /// The cluster itself
    #[arg(long)]
    pub cluster: bool,
    /// A transactional id (or prefix; * for all)
    #[arg(long, value_name = "NAME")]
    pub transactional_id: Option<String>,
    /// A user (principal name, e.g. alice), for the delegation-token operations on its behalf
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// Whether the name is exact or a prefix
    #[arg(long, value_enum, ignore_case = true, default_value_t = AclPatternArg::Literal, value_name = "TYPE")]
    pub pattern_type: AclPatternArg,
    /// The client host the binding applies to (* for any)
    #[arg(long, default_value = "*", value_name = "HOST")]
    pub host: String,
}

/// A Kafka principal, `TYPE:NAME` (User:alice, User:*, Group:admins).
pub fn parse_principal(s: &str) -> Result<String, String> {
    let valid = match s.split_once(':') {
        Some((kind, name)) => {
            !kind.is_empty()
                && !name.is_empty()
                && !s.chars().any(char::is_whitespace)
                && kind.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        }
        None => false,
    };
    if valid {
        Ok(s.to_string())
    } else {
        Err(format!(
            "invalid principal '{s}': expected TYPE:NAME, e.g. User:alice (User:* for every user)"
        ))
    }
}

// ---------------------------------------------------------------- cluster

/// Cluster states `cluster wait --state` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum WaitStateArg {
    Active,
    Creating,
    Updating,
    Deleting,
    Maintenance,
    RebootingBroker,
}

impl From<WaitStateArg> for crate::msk::model::ClusterState {
    fn from(s: WaitStateArg) -> Self {
        use crate::msk::model::ClusterState;
        match s {
            WaitStateArg::Active => ClusterState::Active,
            WaitStateArg::Creating => ClusterState::Creating,
            WaitStateArg::Updating => ClusterState::Updating,
            WaitStateArg::Deleting => ClusterState::Deleting,
            WaitStateArg::Maintenance => ClusterState::Maintenance,
            WaitStateArg::RebootingBroker => ClusterState::RebootingBroker,
        }
    }
}

/// How long `--wait` and `cluster wait` wait when `--timeout` is not given:
/// MSK updates take from minutes (storage) to hours (broker type on large
/// clusters), far beyond the 30s default bound of a single network call.
pub const DEFAULT_CLUSTER_WAIT: Duration = Duration::from_secs(2 * 60 * 60);

#[derive(Debug, Clone, Args)]
pub struct ClusterWaitArgs {
    /// Wait until the operation is over, up to --timeout (default here: 2h); Ctrl-C
    /// stops waiting, never the operation
    #[arg(long)]
    pub wait: bool,
}

#[derive(Debug, Subcommand)]
pub enum ClusterCommand {
    /// List MSK clusters in the account and region
    #[command(
        after_help = "Examples:\n  mskctl cluster list\n  mskctl cluster list --name-prefix orders- -o json --region eu-west-1"
    )]
    List {
        /// Only clusters whose name starts with this
        #[arg(long, value_name = "PREFIX")]
        name_prefix: Option<String>,
    },
    /// Show a cluster: state, Kafka version, brokers, storage, auth, endpoints
    #[command(
        after_help = "Examples:\n  mskctl cluster describe orders\n  mskctl cluster describe arn:aws:kafka:eu-west-1:123456789012:cluster/orders/1a2b -o yaml"
    )]
    Describe {
        /// Cluster name or ARN
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
    },
    /// Print the bootstrap servers for one kind of client authentication
    #[command(after_help = "\
Examples:
  mskctl cluster bootstrap orders                      # IAM, inside the VPC
  mskctl cluster bootstrap orders --auth scram --public
  mskctl -b \"$(mskctl cluster bootstrap orders --auth tls)\" --security-protocol SSL topic list")]
    Bootstrap {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        /// Client authentication whose listener to use
        #[arg(long, value_enum, default_value_t = BootstrapAuth::Iam)]
        auth: BootstrapAuth,
        /// The public endpoints (public access must be on)
        #[arg(long)]
        public: bool,
    },
    /// List the broker nodes: id, instance type, subnet, endpoints
    #[command(after_help = "Examples:\n  mskctl cluster nodes orders")]
    Nodes {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
    },
    /// List the cluster's operations (updates, creation, reboots), newest first
    #[command(
        after_help = "Examples:\n  mskctl cluster operations orders\n  mskctl cluster operations orders -o json"
    )]
    Operations {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
    },
    /// Create the cluster a Cluster manifest describes
    #[command(after_help = "\
Examples:
  mskctl cluster create -f cluster.yaml --dry-run
  mskctl cluster create -f cluster.yaml --wait

The manifest is validated offline first (see `mskctl schema`). To change an existing
cluster to match its manifest, use `mskctl plan -f` and `mskctl apply -f`.")]
    Create {
        /// The manifests must hold exactly one Cluster
        #[command(flatten)]
        manifests: ManifestArgs,
        /// Show what would be created, change nothing
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        wait: ClusterWaitArgs,
    },
    /// Delete a cluster (destructive: asks on a terminal, needs --yes otherwise)
    #[command(
        after_help = "Examples:\n  mskctl cluster delete orders-test\n  mskctl cluster delete orders-test --yes --wait"
    )]
    Delete {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        #[command(flatten)]
        wait: ClusterWaitArgs,
    },
    /// Wait until a cluster reaches a state (ACTIVE by default)
    #[command(after_help = "\
Examples:
  mskctl cluster wait orders
  mskctl cluster wait orders --timeout 3h

--timeout bounds the whole wait here (default 2h). Polls with backoff (1s growing
to 15s). Ctrl-C stops waiting, never the operation. Exit 1 when the cluster goes
FAILED or the timeout passes.")]
    Wait {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        /// The state to wait for
        #[arg(long, value_enum, default_value_t = WaitStateArg::Active)]
        state: WaitStateArg,
    },
    /// Change the number of brokers (a multiple of the Availability Zone count)
    #[command(after_help = "\
Examples:
  mskctl cluster scale orders --brokers 6 --wait
  mskctl cluster scale orders --brokers 6 --rebalance --throttle 50MB/s   # then move partitions onto the new brokers
  mskctl cluster scale orders --brokers 3 --rebalance --yes               # drain one broker per zone, then remove them

The count must be a multiple of the cluster's Availability Zones. Lowering it is
possible only on M5/M7g (and Express) clusters on Kafka 2.8.1+, and MSK removes
only brokers that hold no partitions: drain them first (`mskctl broker drain`), or
let --rebalance pick and drain them. With --rebalance the command always waits, and
a re-run picks up where an interrupted one stopped.")]
    Scale {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        /// The new total number of brokers
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
        brokers: i32,
        #[command(flatten)]
        wait: ClusterWaitArgs,
        /// Move partitions too: onto the new brokers after adding them, or off
        /// the brokers to remove (one per zone) before removing them
        #[arg(long)]
        rebalance: bool,
        /// Replication throttle for --rebalance, bytes per second (e.g. 50MB/s)
        #[arg(long, value_name = "RATE", requires = "rebalance", value_parser = crate::units::parse_rate)]
        throttle: Option<i64>,
    },
    /// Grow every broker's storage (it can never shrink)
    #[command(after_help = "\
Examples:
  mskctl cluster storage orders --size-gib 2000 --wait

Storage only grows, up to 16384 GiB per broker, and MSK allows one storage update
every 6 hours.")]
    Storage {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        /// The new EBS volume size of each broker, in GiB
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
        size_gib: i32,
        #[command(flatten)]
        wait: ClusterWaitArgs,
    },
    /// Change the broker instance type (a rolling update, one broker at a time)
    #[command(
        name = "broker-type",
        after_help = "\
Examples:
  mskctl cluster broker-type orders --type kafka.m7g.xlarge --wait

MSK moves Standard brokers from T3 to M5 or M7g and between M5 and M7g, never back
to T3; Express brokers only between express.m7g sizes; never Standard <-> Express."
    )]
    BrokerType {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        /// The new instance type, e.g. kafka.m7g.large
        #[arg(long = "type", value_name = "TYPE")]
        instance_type: String,
        #[command(flatten)]
        wait: ClusterWaitArgs,
    },
    /// MSK configurations (server.properties with revisions)
    #[command(subcommand)]
    Configuration(ClusterConfigurationCommand),
}

#[derive(Debug, Subcommand)]
pub enum ClusterConfigurationCommand {
    /// List configurations
    #[command(after_help = "Examples:\n  mskctl cluster configuration list")]
    List,
    /// Show a configuration revision with its server.properties
    #[command(after_help = "\
Examples:
  mskctl cluster configuration describe arn:aws:kafka:eu-west-1:123456789012:configuration/base/1a2b
  mskctl cluster configuration describe ARN --revision 2 -o json")]
    Describe {
        #[arg(value_name = "ARN")]
        arn: String,
        /// The revision (default: the latest)
        #[arg(long, value_name = "R", value_parser = clap::value_parser!(i64).range(1..))]
        revision: Option<i64>,
    },
    /// Create a configuration from a server.properties file
    #[command(after_help = "\
Examples:
  mskctl cluster configuration create --name base --kafka-versions 3.6.0 3.7.x -f server.properties")]
    Create {
        #[arg(long, value_name = "NAME")]
        name: String,
        /// Kafka versions the configuration is for
        #[arg(long, value_name = "VERSION", required = true, num_args = 1..)]
        kafka_versions: Vec<String>,
        /// server.properties file; - for stdin
        #[arg(short = 'f', long = "filename", value_name = "PATH")]
        file: PathBuf,
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
    },
    /// Add a revision to a configuration from a server.properties file
    #[command(after_help = "\
Examples:
  mskctl cluster configuration update ARN -f server.properties --description 'more partitions'")]
    Update {
        #[arg(value_name = "ARN")]
        arn: String,
        /// server.properties file; - for stdin
        #[arg(short = 'f', long = "filename", value_name = "PATH")]
        file: PathBuf,
        /// What changed in this revision
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
    },
    /// Make a cluster use a configuration revision (a rolling restart)
    #[command(after_help = "\
Examples:
  mskctl cluster configuration attach orders --configuration ARN --revision 2 --wait")]
    Attach {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        /// Configuration ARN
        #[arg(long, value_name = "ARN")]
        configuration: String,
        #[arg(long, value_name = "R", value_parser = clap::value_parser!(i64).range(1..))]
        revision: i64,
        #[command(flatten)]
        wait: ClusterWaitArgs,
    },
}
