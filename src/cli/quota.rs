//! `quota` (client quotas) and `user` (SCRAM credentials).

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::units::parse_key_value;

#[derive(Debug, Subcommand)]
pub enum QuotaCommand {
    /// List client quotas (all, or those of an entity)
    #[command(after_help = "\
Examples:
  mskctl quota list
  mskctl quota list --user payments-svc -o json
  mskctl quota list --default-user
  mskctl quota list --user alice --client-id reporting

--user NAME also lists that user's per-client-id quotas; both flags name one
entity exactly. JSON: [{\"entity\": {\"user\": \"alice\"}, \"values\": {\"producer_byte_rate\": 1048576}}],
with \"user\": null for the default user.")]
    List(QuotaEntityArgs),
    /// Set quota values of an entity (lowering a limit is risky: confirmed, or --yes)
    #[command(after_help = "\
Examples:
  mskctl quota set --user payments-svc producer_byte_rate=10MB/s consumer_byte_rate=20MB/s
  mskctl quota set --default-user request_percentage=50%
  mskctl quota set --user etl --client-id loader controller_mutation_rate=10 --yes

Keys: producer_byte_rate, consumer_byte_rate (bytes per second: 10MB/s, 1MiB/s,
1048576), request_percentage (of one request thread: 50%, 200%),
controller_mutation_rate (partition mutations per second: 10).")]
    Set {
        #[command(flatten)]
        entity: QuotaEntityArgs,
        /// KEY=VALUE pairs
        #[arg(required = true, num_args = 1.., value_name = "KEY=VALUE", value_parser = parse_key_value)]
        values: Vec<(String, String)>,
    },
    /// Remove quota keys from an entity (destructive: confirmed, or --yes)
    #[command(after_help = "\
Examples:
  mskctl quota delete --user payments-svc producer_byte_rate consumer_byte_rate
  mskctl quota delete --default-client-id request_percentage --yes

The entity's clients fall back to the quota that applies next (a default
entity's), or to none.")]
    Delete {
        #[command(flatten)]
        entity: QuotaEntityArgs,
        /// Keys to remove
        #[arg(required = true, num_args = 1.., value_name = "KEY")]
        keys: Vec<String>,
    },
}

/// Which quota entity: a user or the default user, a client id or the
/// default client id, or one of each.
#[derive(Debug, Clone, Args)]
pub struct QuotaEntityArgs {
    /// A user (principal name, e.g. alice)
    #[arg(long, value_name = "NAME", conflicts_with = "default_user")]
    pub user: Option<String>,
    /// Kafka's default user entity (applies to users without their own quota)
    #[arg(long)]
    pub default_user: bool,
    /// A client id
    #[arg(long, value_name = "ID", conflicts_with = "default_client_id")]
    pub client_id: Option<String>,
    /// Kafka's default client-id entity
    #[arg(long)]
    pub default_client_id: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScramMechanismArg {
    #[value(name = "SCRAM-SHA-256", alias = "scram-sha-256")]
    ScramSha256,
    #[value(name = "SCRAM-SHA-512", alias = "scram-sha-512")]
    ScramSha512,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// List SCRAM users: user, mechanisms, iterations
    #[command(after_help = "\
Examples:
  mskctl user list
  mskctl user list -o json

Self-managed Kafka only: MSK keeps SCRAM secrets in AWS Secrets Manager.")]
    List,
    /// Create or replace a user's SCRAM credential (replacing is risky: confirmed, or --yes)
    #[command(after_help = "\
Examples:
  PAYMENTS_PW=... mskctl user set payments-svc --mechanism SCRAM-SHA-512 --password-env PAYMENTS_PW
  mskctl user set etl --mechanism SCRAM-SHA-256 --password-file ./etl.pw --iterations 8192

The password is read from the environment variable or the file's first line,
never from the command line; it is salted here and never printed or logged.")]
    #[command(group(clap::ArgGroup::new("password").args(["password_env", "password_file"]).required(true)))]
    Set {
        /// The user name
        user: String,
        /// SCRAM mechanism
        #[arg(long, value_enum, ignore_case = true, value_name = "MECHANISM")]
        mechanism: ScramMechanismArg,
        /// Name of the environment variable holding the password
        #[arg(long, value_name = "VAR")]
        password_env: Option<String>,
        /// File whose first line is the password
        #[arg(long, value_name = "PATH")]
        password_file: Option<PathBuf>,
        /// PBKDF2 iterations (Kafka accepts 4096 to 16384)
        #[arg(long, default_value_t = 4096, value_name = "N")]
        iterations: u32,
    },
    /// Delete a user's SCRAM credentials (destructive: confirmed, or --yes)
    #[command(after_help = "\
Examples:
  mskctl user delete contractor --yes
  mskctl user delete etl --mechanism SCRAM-SHA-256")]
    Delete {
        /// The user name
        user: String,
        /// Only this mechanism (default: every mechanism the user has)
        #[arg(long, value_enum, ignore_case = true, value_name = "MECHANISM")]
        mechanism: Option<ScramMechanismArg>,
    },
}
