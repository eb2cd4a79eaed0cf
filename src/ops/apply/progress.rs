//! What the apply workflow reports as it goes, to a callback of the
//! caller's: the workflow itself never writes to the terminal.

use crate::msk::apply::ApplyProgress;
use crate::msk::plan::ClusterPlan;
use crate::plan::Plan;

/// What the workflow has to show, as it goes.
#[derive(Debug)]
pub enum ApplyEvent<'a> {
    /// A problem or warning found in the manifests (`file:line:col: ...`).
    Manifest(&'a str),
    /// The plan `apply` is about to confirm and carry out: cluster plans
    /// first, as they are applied first.
    Review {
        plan: &'a Plan,
        clusters: &'a [ClusterPlan],
    },
    /// The topic and ACL plan of a cluster just created, which has
    /// refusals: it is not applied.
    Refused { plan: &'a Plan },
    /// A step of a cluster plan.
    Cluster {
        cluster: &'a str,
        progress: &'a ApplyProgress,
    },
    /// One topic or ACL action was carried out, or failed.
    Action {
        label: &'a str,
        error: Option<&'a str>,
    },
    /// Something worth knowing about the run.
    Note(&'a str),
}

/// The progress callback: an error (say, output that cannot be written)
/// stops the run.
pub type Progress<'p> = dyn FnMut(ApplyEvent<'_>) -> anyhow::Result<()> + Send + 'p;
