//! The clap tree: every command, flag and help text, and nothing else.
//!
//! Parsing helpers for values with a syntax of their own (durations, sizes,
//! `K=V`) live in `units` so that a bad value is a usage error (exit 2)
//! raised by clap, before any connection is attempted.

use std::path::PathBuf;
use std::time::Duration;

use clap::builder::PossibleValue;
use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

use crate::units::parse_duration;

mod acl;
mod broker;
mod cluster;
pub mod complete;
mod config;
mod group;
mod partition;
mod plan;
mod quota;
mod retention;
mod schema_registry;
mod topic;

pub use acl::*;
pub use broker::*;
pub use cluster::*;
pub use config::*;
pub use group::*;
pub use partition::*;
pub use plan::*;
pub use quota::*;
pub use retention::*;
pub use schema_registry::*;
pub use topic::*;

const ROOT_EXAMPLES: &str = "\
Examples:
  mskctl -b localhost:9092 topic list
  mskctl config set-context prod -b b-1.prod:9096 --security-protocol SASL_SSL \\
      --sasl-mechanism SCRAM-SHA-512 --sasl-username ops --sasl-password-env PROD_KAFKA_PASSWORD
  mskctl --context prod topic describe orders -o json
  mskctl config set-context orders --msk-cluster orders --msk-auth tls --security-protocol SSL
  mskctl retention set orders --time 3d --yes
  mskctl --msk-cluster orders --via aws apply -f topics/ --yes   # topics through the MSK API

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

pub use crate::context::{SaslMechanismName, SecurityProtocol, Via};
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

impl ValueEnum for Via {
    fn value_variants<'a>() -> &'a [Self] {
        &Via::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.as_str()))
    }
}

impl ValueEnum for crate::msk::client::Network {
    fn value_variants<'a>() -> &'a [Self] {
        &crate::msk::client::Network::ALL
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
    #[arg(long, global = true, env = "MSKCTL_CONTEXT", value_name = "NAME", add = ArgValueCompleter::new(complete::contexts))]
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

    /// Deadline of the whole command's network work, retries included (waits with a bound of their own take it as that bound only when given), e.g. 30s, 2m
    #[arg(long, global = true, value_parser = parse_duration, default_value = "30s", value_name = "DURATION")]
    pub timeout: Duration,

    /// Whether --timeout was given (set from the parsed matches, not a flag).
    #[arg(skip)]
    pub timeout_given: bool,

    /// Whether -o was given (set from the parsed matches, not a flag): a
    /// command refuses an explicit format it cannot write.
    #[arg(skip)]
    pub output_given: bool,

    /// Disable colours (also honoured: the NO_COLOR environment variable)
    #[arg(long, global = true)]
    pub no_color: bool,

    #[command(flatten)]
    pub connection: ConnectionArgs,

    #[command(flatten)]
    pub aws: AwsArgs,

    #[command(flatten)]
    pub registry: RegistryArgs,
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
    /// The connection flags as the library takes them.
    pub fn overrides(&self) -> crate::context::Overrides {
        let c = &self.connection;
        crate::context::Overrides {
            context: self.context.clone(),
            bootstrap_servers: self.bootstrap_servers.clone(),
            security_protocol: c.security_protocol,
            sasl_mechanism: c.sasl_mechanism,
            sasl_username: c.sasl_username.clone(),
            sasl_password_env: c.sasl_password_env.clone(),
            sasl_password_file: c.sasl_password_file.clone(),
            tls_ca_file: c.tls_ca_file.clone(),
            tls_cert_file: c.tls_cert_file.clone(),
            tls_key_file: c.tls_key_file.clone(),
            tls_insecure_skip_verify: c.tls_insecure_skip_verify,
            msk_cluster: c.msk_cluster.clone(),
            msk_auth: c.msk_auth,
            msk_public: c.msk_public,
            via: c.via,
            aws: crate::msk::aws::AwsSettings {
                profile: self.aws.profile.clone(),
                region: self.aws.region.clone(),
            },
            schema_registry: self.registry.schema_registry.clone(),
            glue_registry: self.registry.glue_registry.clone(),
        }
    }

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
        value_name = "NAME|ARN",
        add = ArgValueCompleter::new(complete::msk_clusters)
    )]
    pub msk_cluster: Option<String>,

    /// Which MSK listener to use with --msk-cluster (default: iam)
    #[arg(long, global = true, value_enum, env = "MSKCTL_MSK_AUTH")]
    pub msk_auth: Option<BootstrapAuth>,

    /// Use the MSK cluster's public endpoints (public access must be on)
    #[arg(long, global = true)]
    pub msk_public: bool,

    /// Where topic commands and topic manifests go: kafka (the brokers) or aws (the MSK
    /// API's topic calls with IAM, no network path to the brokers needed; needs an MSK cluster)
    #[arg(
        long,
        global = true,
        value_enum,
        env = "MSKCTL_VIA",
        value_name = "API"
    )]
    pub via: Option<Via>,
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
    /// Client quotas: list, set, delete (per user, client id, or both)
    #[command(subcommand)]
    Quota(QuotaCommand),
    /// SCRAM users of self-managed Kafka: list, set, delete
    #[command(subcommand)]
    User(UserCommand),
    /// Amazon MSK clusters: describe, bootstrap brokers, scale, storage, broker type, configurations
    #[command(subcommand)]
    Cluster(ClusterCommand),
    /// Schema registry subjects: list, get, check compatibility (CI gate), register
    #[command(subcommand)]
    SchemaRegistry(SchemaRegistryCommand),
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
        after_help = "Examples:\n  mskctl completions bash > /etc/bash_completion.d/mskctl\n  mskctl completions zsh > \"${fpath[1]}/_mskctl\"\n\nThese scripts complete commands and flags. To also complete live topic names,\ngroup ids, contexts and MSK clusters, load mskctl's own completer instead:\n  source <(MSKCTL_COMPLETE=bash mskctl)       # zsh: MSKCTL_COMPLETE=zsh\n  MSKCTL_COMPLETE=fish mskctl | source"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// A count that must be at least 1: `0` and negative numbers get a range
/// error instead of a parse error about digits.
pub fn at_least_one(s: &str) -> Result<u64, String> {
    match s.trim().parse::<i128>() {
        Ok(n) if n >= 1 => u64::try_from(n).map_err(|_| format!("{s} is too large")),
        Ok(_) => Err(format!("{s} is not allowed: it must be at least 1")),
        Err(_) => Err(format!("'{s}' is not a whole number")),
    }
}

/// [`at_least_one`] for counts held as `usize`.
pub fn at_least_one_usize(s: &str) -> Result<usize, String> {
    at_least_one(s).and_then(|n| usize::try_from(n).map_err(|_| format!("{s} is too large")))
}

/// [`at_least_one`] for counts held as `u32`.
pub fn at_least_one_u32(s: &str) -> Result<u32, String> {
    at_least_one(s).and_then(|n| u32::try_from(n).map_err(|_| format!("{s} is too large")))
}
