//! The clap tree: every command, flag and help text, and nothing else.
//!
//! Parsing helpers for values with a syntax of their own (durations, sizes,
//! `K=V`) live in `units` so that a bad value is a usage error (exit 2)
//! raised by clap, before any connection is attempted.

use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

use crate::units::{parse_duration, parse_key_value, parse_retention_bytes, parse_retention_time};

const ROOT_EXAMPLES: &str = "\
Examples:
  mskctl -b localhost:9092 topic list
  mskctl config set-context prod -b b-1.prod:9096 --security-protocol SASL_SSL \\
      --sasl-mechanism SCRAM-SHA-512 --sasl-username ops --sasl-password-env PROD_KAFKA_PASSWORD
  mskctl --context prod topic describe orders -o json
  mskctl retention set orders --time 3d --yes

Exit codes:
  0 success, 1 runtime error, 2 usage error, 3 changes pending (plan --exit-code),
  4 a check failed (topic health found problems)";

#[derive(Debug, Parser)]
#[command(
    name = "mskctl",
    version,
    about = "Operate Apache Kafka and Amazon MSK: topics, configs, retention and brokers",
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum OutputFormat {
    #[default]
    Table,
    Json,
    Yaml,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SecurityProtocolArg {
    Plaintext,
    Ssl,
    SaslPlaintext,
    SaslSsl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SaslMechanismArg {
    #[value(name = "PLAIN")]
    Plain,
    #[value(name = "SCRAM-SHA-256")]
    ScramSha256,
    #[value(name = "SCRAM-SHA-512")]
    ScramSha512,
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

    /// Context (connection profile) to use instead of the current one
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

    /// Disable colours (also honoured: the NO_COLOR environment variable)
    #[arg(long, global = true)]
    pub no_color: bool,

    #[command(flatten)]
    pub connection: ConnectionArgs,
}

/// Connection settings that override (or, with `config set-context`, are
/// stored into) a context. Passwords are never taken from argv: only the name
/// of an environment variable or a file holding one.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Connection")]
pub struct ConnectionArgs {
    /// Security protocol
    #[arg(long, global = true, value_enum, env = "MSKCTL_SECURITY_PROTOCOL")]
    pub security_protocol: Option<SecurityProtocolArg>,

    /// SASL mechanism
    #[arg(long, global = true, value_enum, env = "MSKCTL_SASL_MECHANISM")]
    pub sasl_mechanism: Option<SaslMechanismArg>,

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
    /// Inspect brokers
    #[command(subcommand)]
    Broker(BrokerCommand),
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
3 changes pending, 1 error."
    )]
    Plan(PlanArgs),
    /// Make the cluster match the manifests (or apply a saved plan exactly)
    #[command(after_help = "\
Examples:
  mskctl apply -f topics/
  mskctl apply -f topics/ --prune --yes      # in CI, on main
  mskctl apply --plan plan.json              # exactly what was reviewed; refused if the cluster moved

Without a terminal, --yes is required. On failure apply stops and lists what was
done and what was not; running it again converges.")]
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
    /// Also plan deleting topics that no manifest declares
    #[arg(long)]
    pub prune: bool,
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
    /// Also delete topics that no manifest declares
    #[arg(long)]
    pub prune: bool,
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
        after_help = "Examples:\n  mskctl topic delete orders.tmp\n  mskctl topic delete a b c --yes"
    )]
    Delete {
        #[arg(required = true, num_args = 1..)]
        names: Vec<String>,
    },
    /// Increase a topic's partition count (partitions can never be removed)
    #[command(after_help = "Examples:\n  mskctl topic alter orders --partitions 24")]
    Alter {
        name: String,
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
        partitions: i32,
    },
    /// Read and change topic configs (incrementally: other keys are never touched)
    #[command(subcommand)]
    Config(TopicConfigCommand),
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
    /// Set topic configs
    #[command(
        after_help = "Examples:\n  mskctl topic config set orders retention.ms=86400000 cleanup.policy=compact"
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
}
