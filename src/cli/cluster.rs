//! `cluster`: MSK clusters and configurations.

use std::path::PathBuf;
use std::time::Duration;

use clap_complete::engine::ArgValueCompleter;

use super::complete;
use clap::{Args, Subcommand, ValueEnum};

use super::plan::ManifestArgs;
use crate::msk::client::{BootstrapAuth, Network};

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
        #[arg(value_name = "NAME|ARN", add = ArgValueCompleter::new(complete::msk_clusters))]
        cluster: String,
    },
    /// Print the bootstrap servers for one kind of client authentication
    #[command(after_help = "\
Examples:
  mskctl cluster bootstrap orders                      # IAM, inside the VPC
  mskctl cluster bootstrap orders --auth scram --public
  mskctl cluster bootstrap orders --network vpc-connectivity   # from another VPC
  mskctl -b \"$(mskctl cluster bootstrap orders --auth tls)\" --security-protocol SSL topic list")]
    Bootstrap {
        #[arg(value_name = "NAME|ARN", add = ArgValueCompleter::new(complete::msk_clusters))]
        cluster: String,
        /// Client authentication whose listener to use
        #[arg(long, value_enum, default_value_t = BootstrapAuth::Iam)]
        auth: BootstrapAuth,
        /// The public endpoints (public access must be on); the same as
        /// --network public
        #[arg(long, conflicts_with = "network")]
        public: bool,
        /// Which network's listeners: private (the cluster's VPC, IPv4),
        /// public, vpc-connectivity (multi-VPC private connectivity) or ipv6
        #[arg(long, value_enum, value_name = "NETWORK")]
        network: Option<Network>,
    },
    /// List the broker nodes: id, instance type, subnet, endpoints
    #[command(after_help = "Examples:\n  mskctl cluster nodes orders")]
    Nodes {
        #[arg(value_name = "NAME|ARN", add = ArgValueCompleter::new(complete::msk_clusters))]
        cluster: String,
    },
    /// List the cluster's operations (updates, creation, reboots), newest first
    #[command(
        after_help = "Examples:\n  mskctl cluster operations orders\n  mskctl cluster operations orders -o json"
    )]
    Operations {
        #[arg(value_name = "NAME|ARN", add = ArgValueCompleter::new(complete::msk_clusters))]
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
        #[arg(value_name = "NAME|ARN", add = ArgValueCompleter::new(complete::msk_clusters))]
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
        #[arg(value_name = "NAME|ARN", add = ArgValueCompleter::new(complete::msk_clusters))]
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
a re-run picks up where an interrupted one stopped. --rebalance balances bytes per
broker when every partition's size is known (--balance replicas for counts only),
and never fills a broker's EBS volume above --max-fill (85%).")]
    Scale {
        #[arg(value_name = "NAME|ARN", add = ArgValueCompleter::new(complete::msk_clusters))]
        cluster: String,
        /// The new total number of brokers
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..), allow_negative_numbers = true)]
        brokers: i32,
        #[command(flatten)]
        wait: ClusterWaitArgs,
        /// Move partitions too: onto the new brokers after adding them, or off
        /// the brokers to remove (one per zone) before removing them
        #[arg(long)]
        rebalance: bool,
        /// Replication throttle for --rebalance, bytes per second (e.g. 50MB/s)
        #[arg(long, value_name = "RATE", requires = "rebalance", value_parser = crate::units::parse_rate, allow_negative_numbers = true)]
        throttle: Option<i64>,
        #[command(flatten)]
        balance: super::BalanceArgs,
        /// With --rebalance: at most N replicas arriving on one broker at a time
        #[arg(long, value_name = "N", default_value_t = 2, requires = "rebalance", value_parser = super::at_least_one_usize, allow_negative_numbers = true)]
        max_concurrent_per_broker: usize,
        /// On an Express cluster with intelligent rebalancing ACTIVE: pause it
        /// while --rebalance moves partitions, resume it afterwards
        #[arg(long, requires = "rebalance")]
        pause_rebalancing: bool,
    },
    /// Grow every broker's storage (it can never shrink)
    #[command(after_help = "\
Examples:
  mskctl cluster storage orders --size-gib 2000 --wait

Storage only grows, up to 16384 GiB per broker, and MSK allows one storage update
every 6 hours.")]
    Storage {
        #[arg(value_name = "NAME|ARN", add = ArgValueCompleter::new(complete::msk_clusters))]
        cluster: String,
        /// The new EBS volume size of each broker, in GiB
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..), allow_negative_numbers = true)]
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
        #[arg(value_name = "NAME|ARN", add = ArgValueCompleter::new(complete::msk_clusters))]
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
    /// SASL/SCRAM users: the Secrets Manager secrets associated with a cluster
    #[command(subcommand)]
    Scram(ClusterScramCommand),
    /// Intelligent rebalancing of an Express cluster: pause or resume it
    #[command(subcommand)]
    Rebalancing(ClusterRebalancingCommand),
    /// Reboot one broker (RebootBroker; its partitions lose a replica meanwhile)
    #[command(
        name = "reboot-broker",
        after_help = "\
Examples:
  mskctl cluster reboot-broker orders --broker 2 --wait

MSK reboots one broker at a time and only while the cluster is ACTIVE. For every
broker in turn, use `mskctl cluster restart NAME --rolling`."
    )]
    RebootBroker {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        /// The broker id to reboot (see `mskctl cluster nodes`)
        #[arg(long, value_name = "ID", value_parser = clap::value_parser!(i32).range(0..), allow_negative_numbers = true)]
        broker: i32,
        #[command(flatten)]
        wait: ClusterWaitArgs,
    },
    /// Restart every broker, one at a time, waiting for the ISRs in between
    #[command(after_help = "\
Examples:
  mskctl cluster restart orders --rolling --wait
  mskctl cluster restart orders --rolling --from-broker 3 --yes   # resume after Ctrl-C

Each broker is rebooted (RebootBroker) and its operation waited for; then, when the
brokers are reachable through the connection (-b, --context, or the cluster's own
bootstrap brokers), the next broker waits until no partition is under-replicated.
When they are not reachable, this is said and only MSK's operation is waited for.
Ctrl-C stops between brokers and prints the command that resumes. Without --wait the
last broker's reboot is started, not waited for.")]
    Restart {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        /// One broker at a time (the only kind of restart MSK offers)
        #[arg(long, required = true)]
        rolling: bool,
        /// Start at this broker id (and go on in id order), e.g. to resume
        #[arg(long, value_name = "ID", value_parser = clap::value_parser!(i32).range(0..), allow_negative_numbers = true)]
        from_broker: Option<i32>,
        #[command(flatten)]
        wait: ClusterWaitArgs,
    },
    /// List the Kafka versions the cluster can be upgraded to
    #[command(after_help = "\
Examples:
  mskctl cluster versions orders
  mskctl cluster versions orders -o json

Upgrade by setting spec.kafkaVersion in the Cluster manifest to one of these and
running `mskctl apply -f`; MSK never downgrades.")]
    Versions {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ClusterRebalancingCommand {
    /// Pause intelligent rebalancing (risky: MSK stops balancing partitions)
    #[command(after_help = "\
Examples:
  mskctl cluster rebalancing pause orders --wait

Express clusters only. While paused, third-party reassignments (`partition reassign
execute`, `broker drain`) may run; resume it afterwards.")]
    Pause {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        #[command(flatten)]
        wait: ClusterWaitArgs,
    },
    /// Resume intelligent rebalancing (safe: MSK's default)
    #[command(after_help = "Examples:\n  mskctl cluster rebalancing resume orders --wait")]
    Resume {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        #[command(flatten)]
        wait: ClusterWaitArgs,
    },
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
        #[arg(long, value_name = "R", value_parser = clap::value_parser!(i64).range(1..), allow_negative_numbers = true)]
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
        #[arg(value_name = "NAME|ARN", add = ArgValueCompleter::new(complete::msk_clusters))]
        cluster: String,
        /// Configuration ARN
        #[arg(long, value_name = "ARN")]
        configuration: String,
        #[arg(long, value_name = "R", value_parser = clap::value_parser!(i64).range(1..), allow_negative_numbers = true)]
        revision: i64,
        #[command(flatten)]
        wait: ClusterWaitArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum ClusterScramCommand {
    /// List the secrets associated with a cluster (-o json: their ARNs)
    #[command(
        after_help = "Examples:\n  mskctl cluster scram list orders\n  mskctl cluster scram list orders -o json"
    )]
    List {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
    },
    /// Associate secrets: each one's user can then log in with SCRAM-SHA-512
    #[command(after_help = "\
Examples:
  mskctl cluster scram associate orders --secret-arn arn:aws:secretsmanager:eu-west-1:123456789012:secret:AmazonMSK_alice-AbCdEf

MSK requires SCRAM client authentication on the cluster, secret names starting with
AmazonMSK_, a customer-managed KMS key, and the cluster's account and region.")]
    Associate {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        /// A Secrets Manager secret ARN (repeatable)
        #[arg(long = "secret-arn", value_name = "ARN", required = true, num_args = 1..)]
        secret_arns: Vec<String>,
    },
    /// Disassociate secrets: their users can no longer log in (asks, or --yes)
    #[command(
        after_help = "Examples:\n  mskctl cluster scram disassociate orders --secret-arn ARN --yes"
    )]
    Disassociate {
        #[arg(value_name = "NAME|ARN")]
        cluster: String,
        /// A Secrets Manager secret ARN (repeatable)
        #[arg(long = "secret-arn", value_name = "ARN", required = true, num_args = 1..)]
        secret_arns: Vec<String>,
    },
}
