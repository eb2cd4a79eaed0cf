//! `config`: contexts in the config file.

use clap_complete::engine::ArgValueCompleter;

use super::complete;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// List the contexts; the current one is marked with *
    GetContexts,
    /// Print the name of the current context
    CurrentContext,
    /// Make NAME the current context
    UseContext {
        #[arg(add = ArgValueCompleter::new(complete::contexts))]
        name: String,
    },
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
        #[arg(add = ArgValueCompleter::new(complete::contexts))]
        name: String,
        /// Also make it the current context
        #[arg(long)]
        current: bool,
    },
    /// Delete a context
    DeleteContext {
        #[arg(add = ArgValueCompleter::new(complete::contexts))]
        name: String,
    },
    /// Print the configuration file with secrets redacted
    View,
}
