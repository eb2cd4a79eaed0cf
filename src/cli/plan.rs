//! `validate`, `plan` and `apply`: the manifest arguments.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Clone, Args)]
pub struct ManifestArgs {
    /// Manifest files or directories (recursive, *.yaml / *.yml); - for stdin
    #[arg(short = 'f', long = "filename", value_name = "PATH", required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub vars: VarArgs,
}

/// Values for `${NAME}` placeholders in manifests. Precedence: --set, then
/// --values (later files win), then MSKCTL_VAR_NAME, then the context's vars.
#[derive(Debug, Clone, Default, Args)]
pub struct VarArgs {
    /// Value of a manifest variable ${NAME}; repeatable, wins over every other source
    #[arg(long = "set", value_name = "NAME=VALUE", value_parser = crate::manifest::vars::parse_set)]
    pub set: Vec<(String, String)>,
    /// YAML file mapping variable names to values; repeatable, later files win
    #[arg(long = "values", value_name = "FILE")]
    pub values: Vec<PathBuf>,
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
    #[arg(long, value_name = "FILE", conflicts_with_all = ["files", "prune", "set", "values"])]
    pub plan: Option<PathBuf>,
    #[command(flatten)]
    pub vars: VarArgs,
    /// Also delete what an Ownership document owns and no manifest declares
    #[arg(long)]
    pub prune: bool,
    /// Delete topics that hold records or are consumed (otherwise refused)
    #[arg(long)]
    pub allow_data_loss: bool,
}
