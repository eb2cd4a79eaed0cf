//! `acl`: access control lists.

use clap::{Args, Subcommand, ValueEnum};

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
  mskctl acl list --topic orders --operation read --allow

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
  mskctl acl delete --principal User:alice --topic orders --operation read --allow

The bindings the filter matches are listed before anything is deleted, and only
those are deleted.")]
    Delete(AclFilterArgs),
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("filter_resource").multiple(false)))]
pub struct AclFilterArgs {
    /// Only bindings for this principal, TYPE:NAME (e.g. User:alice)
    #[arg(long, value_name = "TYPE:NAME", value_parser = parse_principal)]
    pub principal: Option<String>,
    /// Only bindings on this kind of resource
    #[arg(long, value_enum, ignore_case = true, value_name = "TYPE", conflicts_with_all = ["topic", "group", "cluster", "transactional_id", "user"])]
    pub resource_type: Option<AclResourceTypeArg>,
    /// Only bindings on this resource name
    #[arg(long, value_name = "NAME", conflicts_with_all = ["topic", "group", "cluster", "transactional_id", "user"])]
    pub resource_name: Option<String>,
    /// Only bindings on this topic (same as --resource-type topic --resource-name NAME)
    #[arg(long, value_name = "NAME", group = "filter_resource")]
    pub topic: Option<String>,
    /// Only bindings on this consumer group
    #[arg(long, value_name = "NAME", group = "filter_resource")]
    pub group: Option<String>,
    /// Only bindings on the cluster itself
    #[arg(long, group = "filter_resource")]
    pub cluster: bool,
    /// Only bindings on this transactional id
    #[arg(long, value_name = "NAME", group = "filter_resource")]
    pub transactional_id: Option<String>,
    /// Only bindings on this user (delegation-token operations on its behalf)
    #[arg(long, value_name = "NAME", group = "filter_resource")]
    pub user: Option<String>,
    /// How the resource name is matched against bindings
    #[arg(long, value_enum, ignore_case = true, default_value_t = AclPatternFilterArg::Any, value_name = "TYPE")]
    pub pattern_type: AclPatternFilterArg,
    /// Only bindings for this operation
    #[arg(long, value_enum, ignore_case = true, value_name = "OP")]
    pub operation: Option<AclOperationArg>,
    /// Only bindings that allow
    #[arg(long, conflicts_with = "deny")]
    pub allow: bool,
    /// Only bindings that deny
    #[arg(long)]
    pub deny: bool,
    /// Only bindings for this client host (* matches only bindings for any host)
    #[arg(long, value_name = "HOST")]
    pub host: Option<String>,
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
